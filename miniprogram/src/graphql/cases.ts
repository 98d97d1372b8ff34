// Cases as residents, respondents, mediators and committee staff work on them.
import { graphql } from '../gql';

export const FileCaseMutation = graphql(`
  mutation FileCase($input: CaseInput!) {
    fileCase(input: $input) {
      id
      number
      status
    }
  }
`);

export const MyCasesQuery = graphql(`
  query MyCases($first: Int, $after: String) {
    myCases(first: $first, after: $after) {
      ...CasePage
    }
  }
`);

/** Cases I registered or reported (网格上报、来访登记…), with what became of them. */
export const MyRegisteredCasesQuery = graphql(`
  query MyRegisteredCases($first: Int, $after: String) {
    myRegisteredCases(first: $first, after: $after) {
      ...CasePage
    }
  }
`);

/** Staff register a case: a walk-in, a grid report, a referral. */
export const RegisterCaseMutation = graphql(`
  mutation RegisterCase($input: RegisterCaseInput!) {
    registerCase(input: $input) {
      id
      number
    }
  }
`);

/** One page of a case list, as every list screen shows it. */
export const CasePageFragment = graphql(`
  fragment CasePage on CaseConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...CaseListItem
    }
  }
`);

export const CaseListItemFragment = graphql(`
  fragment CaseListItem on MediationCase {
    id
    number
    status
    createdAt
    deadlineState
    acceptanceDueAt
    acceptanceState
    disputeType {
      label
    }
    committee {
      name
    }
    parties {
      role
      name
    }
  }
`);

export const AssignedCasesQuery = graphql(`
  query AssignedCases($statuses: [CaseStatus!], $first: Int, $after: String) {
    assignedCases(statuses: $statuses, first: $first, after: $after) {
      ...CasePage
    }
  }
`);

export const CommitteeCasesQuery = graphql(`
  query CommitteeCases($committeeId: ID!, $statuses: [CaseStatus!], $first: Int, $after: String) {
    committeeCases(committeeId: $committeeId, statuses: $statuses, first: $first, after: $after) {
      ...CasePage
    }
  }
`);

export const CaseDetailQuery = graphql(`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      id
      number
      status
      version
      allowedActions
      facts
      claims
      amountInvolved
      place
      createdAt
      acceptedAt
      closedAt
      closingNote
      dueAt
      deadlineState
      acceptanceDueAt
      acceptanceState
      canSupervise
      backfilledAt
      ledgerNumber
      mediatorRequests {
        id
        status
        statusLabel
        reason
        answer
        requestedBy
        mediator {
          id
          name
        }
      }
      nextSteps {
        title
        detail
        contact
      }
      myRanking
      roomUnreadCount
      disputeType {
        code
        label
      }
      committee {
        id
        name
        phone
        address
      }
      mediator {
        id
        name
        photoUrl
        grade
        contactPhone
        rating
        ratingCount
      }
      parties {
        id
        role
        name
        phone
        isMe
        statement
        statementAt
        agentName
      }
      timeline {
        id
        action
        actorRole
        at
        note
        toStatus
        audience
      }
      sessions {
        id
        mode
        place
        scheduledAt
        participants
        meetingUrl
        record
        recordedAt
      }
      agreement {
        id
        version
        contentHash
        kind
        factsAndResponsibilities
        confirmedBy
        status {
          state
          label
          awaitingConfirmationFrom
        }
        confirmations {
          partyName
          version
          confirmedAt
          current
        }
        sealedAt
        judicialCourt
        judicialAppliedOn
        judicialDeadline
        judicialResult
        judicialReference
        terms {
          id
          seq
          content
          method
          performBy
          performance
          performanceNote
        }
      }
      evidence {
        id
        fileName
        contentType
        size
        url
      }
      followUps {
        id
        kind
        status
        dueAt
        termSeq
        satisfaction
      }
      ratings {
        partyRole
      }
    }
  }
`);

export const CaseInvitationQuery = graphql(`
  query CaseInvitation($code: String!) {
    caseInvitation(code: $code) {
      number
      committeeName
      disputeTypeLabel
      applicantNames
      guidance
      claims
      identityProblem
    }
  }
`);

export const RespondToInvitationMutation = graphql(`
  mutation RespondToInvitation($code: String!, $consent: Boolean!, $reason: String) {
    respondToInvitation(code: $code, consent: $consent, reason: $reason) {
      id
      status
    }
  }
`);

export const RankMediatorsMutation = graphql(`
  mutation RankMediators($caseId: ID!, $mediatorIds: [ID!]!, $leaveToCommittee: Boolean!) {
    rankMediators(caseId: $caseId, mediatorIds: $mediatorIds, leaveToCommittee: $leaveToCommittee) {
      id
      status
      myRanking
    }
  }
`);

export const PerformCaseActionMutation = graphql(`
  mutation PerformCaseAction($caseId: ID!, $action: CaseAction!, $expectedVersion: Int!, $input: CaseActionInput) {
    performCaseAction(caseId: $caseId, action: $action, expectedVersion: $expectedVersion, input: $input) {
      invitationCode
      case {
        id
        status
        version
      }
    }
  }
`);

export const CaseInvitationLinkQuery = graphql(`
  query CaseInvitationLink($id: ID!, $weChat: Boolean!) {
    case(id: $id) {
      id
      invitationState
      invitation {
        code
        path
        h5Url
        weChatUrlLink @include(if: $weChat)
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($caseId: ID!) {
    revokeInvitation(caseId: $caseId) {
      id
      version
    }
  }
`);

export const ReissueInvitationMutation = graphql(`
  mutation ReissueInvitation($caseId: ID!, $identityCheck: String) {
    reissueInvitation(caseId: $caseId, identityCheck: $identityCheck) {
      invitationCode
    }
  }
`);

export const ScheduleSessionMutation = graphql(`
  mutation ScheduleSession($caseId: ID!, $input: SessionInput!) {
    scheduleSession(caseId: $caseId, input: $input) {
      id
    }
  }
`);

export const RecordSessionMutation = graphql(`
  mutation RecordSession($sessionId: ID!, $record: String!) {
    recordSession(sessionId: $sessionId, record: $record) {
      id
      recordedAt
    }
  }
`);

export const DraftAgreementMutation = graphql(`
  mutation DraftAgreement($caseId: ID!, $input: AgreementInput!) {
    draftAgreement(caseId: $caseId, input: $input) {
      id
    }
  }
`);

export const ConfirmAgreementMutation = graphql(`
  mutation ConfirmAgreement($caseId: ID!, $agreementId: ID!, $contentHash: String!) {
    confirmAgreement(caseId: $caseId, agreementId: $agreementId, contentHash: $contentHash) {
      id
      confirmedBy
    }
  }
`);

export const RecordTermPerformanceMutation = graphql(`
  mutation RecordTermPerformance($termId: ID!, $performance: TermPerformance!, $note: String) {
    recordTermPerformance(termId: $termId, performance: $performance, note: $note) {
      id
      performance
    }
  }
`);

export const ApplyForJudicialConfirmationMutation = graphql(`
  mutation ApplyForJudicialConfirmation($caseId: ID!, $input: JudicialApplicationInput!) {
    applyForJudicialConfirmation(caseId: $caseId, input: $input) {
      id
      judicialAppliedOn
    }
  }
`);

export const RateCaseMutation = graphql(`
  mutation RateCase($caseId: ID!, $input: RatingInput!) {
    rateCase(caseId: $caseId, input: $input) {
      outcomeScore
    }
  }
`);

export const AnswerFollowUpMutation = graphql(`
  mutation AnswerFollowUp($followUpId: ID!, $input: FollowUpAnswerInput!) {
    answerFollowUp(followUpId: $followUpId, input: $input) {
      id
      status
    }
  }
`);

export const CaseMediatorMenuQuery = graphql(`
  query CaseMediatorMenu($id: ID!) {
    case(id: $id) {
      id
      status
      myRanking
      committee {
        id
        name
      }
      mediatorRequests {
        id
        status
        statusLabel
        answer
        mediator {
          id
          name
        }
      }
      mediatorMenu {
        note
        fittingCount
        entries {
          tierLabel
          offeredBy
          fitsDisputeType
          speaksPartyLanguage
          openCases
          mediator {
            id
            name
            photoUrl
            grade
            languages
            rating
            ratingCount
            specialties {
              code
              label
            }
          }
        }
      }
    }
  }
`);

export const OversightCasesQuery = graphql(`
  query OversightCases($filter: CaseOversightFilter!, $first: Int, $after: String) {
    oversightCases(filter: $filter, first: $first, after: $after) {
      ...CasePage
    }
  }
`);

export const CaseBacklogQuery = graphql(`
  query CaseBacklog($committeeId: ID, $regionCode: String, $includeSubordinates: Boolean) {
    caseBacklog(committeeId: $committeeId, regionCode: $regionCode, includeSubordinates: $includeSubordinates) {
      awaitingAcceptance
      acceptanceOverdue
      arranging
      inMediation
      overdue
    }
  }
`);

export const SuperviseCaseMutation = graphql(`
  mutation SuperviseCase($caseId: ID!, $note: String!) {
    superviseCase(caseId: $caseId, note: $note) {
      id
    }
  }
`);

export const MyOpenCaseAgainstQuery = graphql(`
  query MyOpenCaseAgainst($respondentName: String!) {
    myOpenCaseAgainst(respondentName: $respondentName) {
      id
      number
      status
    }
  }
`);

export const RequestMediatorMutation = graphql(`
  mutation RequestMediator($caseId: ID!, $mediatorId: ID!, $reason: String) {
    requestMediator(caseId: $caseId, mediatorId: $mediatorId, reason: $reason) {
      id
    }
  }
`);

export const AnswerMediatorRequestMutation = graphql(`
  mutation AnswerMediatorRequest($requestId: ID!, $arrange: Boolean!, $answer: String) {
    answerMediatorRequest(requestId: $requestId, arrange: $arrange, answer: $answer) {
      id
      status
    }
  }
`);

export const SubmitStatementMutation = graphql(`
  mutation SubmitStatement($caseId: ID!, $statement: String!) {
    submitStatement(caseId: $caseId, statement: $statement) {
      id
    }
  }
`);
