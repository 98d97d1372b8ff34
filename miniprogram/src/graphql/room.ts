// The mediation room (线上调解室): a joint thread and one private thread per party with the mediator.
import { graphql } from '../gql';

/**
 * The room page in one round trip: the room's state, the shown thread's newest messages and its
 * proposals. Older messages and new ones (polling) come through RoomMessagesQuery.
 */
export const RoomPageQuery = graphql(`
  query RoomPage($caseId: ID!, $partyId: ID, $first: Int) {
    caseRoom(caseId: $caseId) {
      ...RoomState
    }
    roomMessages(caseId: $caseId, partyId: $partyId, first: $first) {
      ...RoomMessagePage
    }
    roomProposals(caseId: $caseId, partyId: $partyId) {
      ...RoomProposalItem
    }
  }
`);

/** What the room page shows around the messages: threads with unread counts, what is closed or paused, and the staff's log. */
export const RoomStateFragment = graphql(`
  fragment RoomState on CaseRoom {
    caseId
    canWrite
    canPropose
    canModerate
    threads {
      partyId
      title
      partyName
      messageCount
      unreadCount
      closed
      closedReason
      canWrite
    }
    pauses {
      partyId
      partyName
      until
      reason
    }
    myPause {
      partyId
      until
      reason
    }
    moderationLog {
      action
      label
      subject
      reason
      until
      at
    }
  }
`);

export const MarkRoomReadMutation = graphql(`
  mutation MarkRoomRead($caseId: ID!, $partyId: ID, $cursor: String!) {
    markRoomRead(caseId: $caseId, partyId: $partyId, cursor: $cursor) {
      ...RoomState
    }
  }
`);

export const ModerateRoomMutation = graphql(`
  mutation ModerateRoom($caseId: ID!, $input: RoomModerationInput!) {
    moderateRoom(caseId: $caseId, input: $input) {
      ...RoomState
    }
  }
`);

export const MarkRoomMessageMutation = graphql(`
  mutation MarkRoomMessage($messageId: ID!, $forFile: Boolean!) {
    markRoomMessage(messageId: $messageId, forFile: $forFile) {
      ...RoomMessageItem
    }
  }
`);

export const RoomMessagesQuery = graphql(`
  query RoomMessages($caseId: ID!, $partyId: ID, $first: Int, $before: String, $after: String) {
    roomMessages(caseId: $caseId, partyId: $partyId, first: $first, before: $before, after: $after) {
      ...RoomMessagePage
    }
  }
`);

export const RoomMessagePageFragment = graphql(`
  fragment RoomMessagePage on RoomMessageConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    othersReadUpTo
    nodes {
      ...RoomMessageItem
    }
  }
`);

export const RoomMessageItemFragment = graphql(`
  fragment RoomMessageItem on RoomMessage {
    id
    cursor
    authorRole
    authorName
    isMine
    body
    createdAt
    markedForFile
    photoUrl
    voiceUrl
    voiceSeconds
  }
`);

export const PostRoomMessageMutation = graphql(`
  mutation PostRoomMessage($caseId: ID!, $partyId: ID, $text: String!, $clientKey: String!) {
    postRoomMessage(caseId: $caseId, partyId: $partyId, text: $text, clientKey: $clientKey) {
      ...RoomMessageItem
    }
  }
`);

export const RoomProposalItemFragment = graphql(`
  fragment RoomProposalItem on RoomProposal {
    id
    partyId
    note
    state
    canAnswer
    myAnswer
    createdAt
    terms {
      content
      method
      performBy
    }
    answers {
      partyId
      partyName
      accepted
      note
    }
  }
`);

export const PutProposalMutation = graphql(`
  mutation PutProposal($caseId: ID!, $partyId: ID, $terms: [AgreementTermInput!]!, $note: String, $clientKey: String!) {
    putProposal(caseId: $caseId, partyId: $partyId, terms: $terms, note: $note, clientKey: $clientKey) {
      ...RoomProposalItem
    }
  }
`);

export const AnswerProposalMutation = graphql(`
  mutation AnswerProposal($proposalId: ID!, $accept: Boolean!, $note: String) {
    answerProposal(proposalId: $proposalId, accept: $accept, note: $note) {
      ...RoomProposalItem
    }
  }
`);

export const DraftAgreementFromProposalMutation = graphql(`
  mutation DraftAgreementFromProposal($proposalId: ID!, $factsAndResponsibilities: String!) {
    draftAgreementFromProposal(proposalId: $proposalId, factsAndResponsibilities: $factsAndResponsibilities) {
      id
      version
    }
  }
`);
