// The mediation room (线上调解室): a joint thread and one private thread per party with the mediator.
import { graphql } from '../gql';

export const CaseRoomQuery = graphql(`
  query CaseRoom($caseId: ID!) {
    caseRoom(caseId: $caseId) {
      caseId
      canWrite
      threads {
        partyId
        title
        messageCount
      }
    }
  }
`);

export const RoomMessagesQuery = graphql(`
  query RoomMessages($caseId: ID!, $partyId: ID, $first: Int, $before: String, $after: String) {
    roomMessages(caseId: $caseId, partyId: $partyId, first: $first, before: $before, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...RoomMessageItem
      }
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
  }
`);

export const PostRoomMessageMutation = graphql(`
  mutation PostRoomMessage($caseId: ID!, $partyId: ID, $text: String!, $clientKey: String!) {
    postRoomMessage(caseId: $caseId, partyId: $partyId, text: $text, clientKey: $clientKey) {
      ...RoomMessageItem
    }
  }
`);
