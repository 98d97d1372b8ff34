// What committees and justice offices watch: statistics and early warnings.
import { graphql } from '../gql';

export const StatisticsQuery = graphql(`
  query Statistics($committeeId: ID, $regionCode: String, $from: String!, $to: String!) {
    statistics(committeeId: $committeeId, regionCode: $regionCode, from: $from, to: $to) {
      accepted
      successful
      successRate
      amountInvolved
      judicialConfirmations
      fulfilmentRate
      satisfactionRate
      averageDaysToClose
      overdue
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
      caseIds
      resolution
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
