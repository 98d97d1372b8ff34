import { graphql } from '../gql';

/** The committee's own menu (点单式名册) as its admin keeps it: every serving member with what the menu shows. */
export const CommitteeMembersQuery = graphql(`
  query CommitteeMembers($id: ID!) {
    committee(id: $id) {
      id
      name
      members(first: 100) {
        id
        role
        mediator {
          id
          name
          grade
          active
          languages
          specialties {
            label
          }
        }
      }
    }
  }
`);

/** One mediator's profile, every field the admin may change. */
export const MediatorForEditQuery = graphql(`
  query MediatorForEdit($id: ID!) {
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
      active
      specialties {
        code
      }
    }
  }
`);

export const CreateMediatorMutation = graphql(`
  mutation CreateMediator($input: CreateMediatorInput!) {
    createMediator(input: $input) {
      id
    }
  }
`);

export const UpdateMediatorMutation = graphql(`
  mutation UpdateMediator($id: ID!, $input: UpdateMediatorInput!) {
    updateMediator(id: $id, input: $input) {
      id
    }
  }
`);

export const SetMediatorActiveMutation = graphql(`
  mutation SetMediatorActive($id: ID!, $active: Boolean!) {
    setMediatorActive(id: $id, active: $active) {
      id
      active
    }
  }
`);

export const AddMembershipMutation = graphql(`
  mutation AddMembership($input: AddMembershipInput!) {
    addMembership(input: $input) {
      id
    }
  }
`);

export const SetMembershipRoleMutation = graphql(`
  mutation SetMembershipRole($id: ID!, $role: MembershipRole!) {
    setMembershipRole(id: $id, role: $role) {
      id
      role
    }
  }
`);

export const EndMembershipMutation = graphql(`
  mutation EndMembership($id: ID!) {
    endMembership(id: $id) {
      id
    }
  }
`);

/** Committees to invite staff to (a justice office's region). */
export const CommitteeChoicesQuery = graphql(`
  query CommitteeChoices($regionCode: String, $search: String) {
    committees(first: 30, filter: { regionCode: $regionCode, search: $search }) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);

/** A committee's grids, for inviting a grid officer. */
export const GridUnitChoicesQuery = graphql(`
  query GridUnitChoices($committeeId: ID) {
    gridUnits(committeeId: $committeeId, first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

/** A one-time code that binds a staff role to whoever enters it (shown once). */
export const CreateStaffInvitationMutation = graphql(`
  mutation CreateStaffInvitation($input: StaffInvitationInput!) {
    createStaffInvitation(input: $input) {
      code
      expiresAt
      assignment {
        role
        displayName
      }
    }
  }
`);
