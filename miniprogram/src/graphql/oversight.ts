// What committees and justice offices watch: statistics and early warnings.
import { graphql } from '../gql';

/** The figures a dashboard compares across periods. */
export const HeadlineFiguresFragment = graphql(`
  fragment HeadlineFigures on Statistics {
    accepted
    successful
    successRate
    amountInvolved
    judicialConfirmations
    fulfilmentRate
    satisfactionRate
    averageDaysToClose
    overdue
  }
`);

/** A period's figures with its breakdowns, and the headline figures of the period before (环比) and the same period a year earlier (同比). */
export const StatisticsQuery = graphql(`
  query Statistics(
    $committeeId: ID
    $regionCode: String
    $from: String!
    $to: String!
    $previousFrom: String!
    $previousTo: String!
    $lastYearFrom: String!
    $lastYearTo: String!
  ) {
    statistics(committeeId: $committeeId, regionCode: $regionCode, from: $from, to: $to) {
      ...HeadlineFigures
      byDisputeType {
        code
        label
        count
        share
      }
      byChannel {
        code
        label
        count
        share
      }
      byMediator(first: 20) {
        mediatorId
        name
        cases
        successful
        successRate
      }
      byMonth {
        month
        accepted
        successful
      }
      byArea {
        regionCode
        name
        accepted
        successful
        successRate
        overdue
        amountInvolved
      }
    }
    previous: statistics(committeeId: $committeeId, regionCode: $regionCode, from: $previousFrom, to: $previousTo) {
      ...HeadlineFigures
    }
    lastYear: statistics(committeeId: $committeeId, regionCode: $regionCode, from: $lastYearFrom, to: $lastYearTo) {
      ...HeadlineFigures
    }
  }
`);

export const WarningsQuery = graphql(`
  query Warnings($regionCode: String!, $includeResolved: Boolean!) {
    warnings(regionCode: $regionCode, includeResolved: $includeResolved) {
      id
      kind
      status
      summary
      raisedAt
      resolution
      committee {
        id
        name
      }
      cases {
        id
        number
      }
    }
  }
`);

export const AcknowledgeWarningMutation = graphql(`
  mutation AcknowledgeWarning($id: ID!) {
    acknowledgeWarning(id: $id) {
      id
      status
    }
  }
`);

export const ResolveWarningMutation = graphql(`
  mutation ResolveWarning($id: ID!, $resolution: String!) {
    resolveWarning(id: $id, resolution: $resolution) {
      id
      status
    }
  }
`);

/** 以案定补 for a region and period: every case line with whether it is paid and why. */
export const SubsidiesQuery = graphql(`
  query Subsidies($regionCode: String!, $from: String!, $to: String!) {
    subsidies(regionCode: $regionCode, from: $from, to: $to) {
      total
      byMediator {
        mediatorId
        name
        cases
        amount
      }
      lines {
        caseId
        number
        mediatorName
        difficulty
        level
        eligible
        amount
        reasons
      }
    }
  }
`);

/** 半年考核: each mediator's score with its breakdown. */
export const MediatorAssessmentQuery = graphql(`
  query MediatorAssessment($regionCode: String!, $half: String!) {
    mediatorAssessment(regionCode: $regionCode, half: $half) {
      mediatorId
      name
      score
      cases
      closed
      successful
      successRate
      overdue
      completeFiles
      satisfaction
      breakdown
      removalReason
    }
  }
`);
