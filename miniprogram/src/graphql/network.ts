// The mini-program's operations on the mediation network. Types come from `npm run codegen`.
import { graphql } from '../gql';

export const MediatorMenuQuery = graphql(`
  query MediatorMenu($filter: MediatorFilter, $sort: MediatorSortOrder, $first: Int, $after: String) {
    mediators(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        photoUrl
        sex
        ethnicity
        grade
        employment
        languages
        inExpertPool
        rating
        ratingCount
        specialties {
          code
          label
        }
        memberships {
          role
          committee {
            id
            name
          }
        }
      }
    }
  }
`);

export const MediatorProfileQuery = graphql(`
  query MediatorProfile($id: ID!) {
    mediator(id: $id) {
      id
      name
      photoUrl
      sex
      ethnicity
      background
      backgroundNote
      grade
      employment
      languages
      certificateNo
      bio
      inExpertPool
      contactPhone
      rating
      ratingCount
      closedCases
      successfulCases
      specialties {
        code
        label
      }
      memberships {
        role
        committee {
          id
          name
          phone
          address
        }
      }
    }
  }
`);

export const CommitteesQuery = graphql(`
  query Committees($filter: CommitteeFilter, $first: Int, $after: String) {
    committees(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        address
        phone
        serviceHours
        latitude
        longitude
        memberCount
        region {
          code
          name
        }
      }
    }
  }
`);

export const CommitteeDetailQuery = graphql(`
  query CommitteeDetail($id: ID!) {
    committee(id: $id) {
      id
      name
      kind
      hostInstitution
      hostName
      address
      phone
      serviceHours
      introduction
      latitude
      longitude
      region {
        code
        name
        ancestors {
          name
        }
      }
      parent {
        id
        name
      }
      disputeTypes {
        code
        label
      }
      members(first: 50) {
        role
        mediator {
          id
          name
          photoUrl
          grade
          specialties {
            label
          }
        }
      }
    }
  }
`);

export const RegionChildrenQuery = graphql(`
  query RegionChildren($parentCode: String) {
    regions(parentCode: $parentCode) {
      code
      name
      level
    }
  }
`);

export const DisputeTypesQuery = graphql(`
  query DisputeTypes {
    disputeTypes {
      code
      label
    }
  }
`);

export const RegionDetailQuery = graphql(`
  query RegionDetail($code: String!) {
    region(code: $code) {
      code
      name
      level
    }
  }
`);

export const MediatorLanguagesQuery = graphql(`
  query MediatorLanguages {
    mediatorLanguages {
      label
      kindLabel
      mediatorCount
    }
  }
`);

/** A region with the names above it, to show a preset place as the region picker does. */
export const RegionPathQuery = graphql(`
  query RegionPath($code: String!) {
    region(code: $code) {
      code
      name
      ancestors {
        name
      }
    }
  }
`);
