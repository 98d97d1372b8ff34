/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation LoginWithWeChat($code: String!) {\n    loginWithWeChat(code: $code) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      me {\n        id\n        needsPrivacyConsent\n        currentPrivacyPolicyVersion\n      }\n    }\n  }\n": typeof types.LoginWithWeChatDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  query Me {\n    me {\n      id\n      realName\n      phone\n      idNumber\n      acceptedPrivacyPolicyVersion\n      currentPrivacyPolicyVersion\n      needsPrivacyConsent\n      staffRoles {\n        id\n        role\n        displayName\n        committeeId\n        regionCode\n        mediatorId\n        gridUnitId\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation AcceptPrivacyPolicy($version: String!) {\n    acceptPrivacyPolicy(version: $version) {\n      id\n      needsPrivacyConsent\n    }\n  }\n": typeof types.AcceptPrivacyPolicyDocument,
    "\n  mutation BindPhoneNumber($code: String!) {\n    bindPhoneNumber(code: $code) {\n      id\n      phone\n    }\n  }\n": typeof types.BindPhoneNumberDocument,
    "\n  mutation RedeemStaffInvitation($code: String!) {\n    redeemStaffInvitation(code: $code) {\n      id\n      staffRoles {\n        role\n        displayName\n      }\n    }\n  }\n": typeof types.RedeemStaffInvitationDocument,
    "\n  query MediatorMenu($filter: MediatorFilter, $sort: MediatorSortOrder, $first: Int, $after: String) {\n    mediators(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        photoUrl\n        sex\n        ethnicity\n        grade\n        employment\n        languages\n        inExpertPool\n        specialties {\n          code\n          label\n        }\n        memberships {\n          role\n          committee {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MediatorMenuDocument,
    "\n  query MediatorProfile($id: ID!) {\n    mediator(id: $id) {\n      id\n      name\n      photoUrl\n      sex\n      ethnicity\n      background\n      backgroundNote\n      grade\n      employment\n      languages\n      certificateNo\n      bio\n      inExpertPool\n      contactPhone\n      specialties {\n        code\n        label\n      }\n      memberships {\n        role\n        committee {\n          id\n          name\n          phone\n          address\n        }\n      }\n    }\n  }\n": typeof types.MediatorProfileDocument,
    "\n  query Committees($filter: CommitteeFilter, $first: Int, $after: String) {\n    committees(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        address\n        phone\n        serviceHours\n        latitude\n        longitude\n        memberCount\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.CommitteesDocument,
    "\n  query CommitteeDetail($id: ID!) {\n    committee(id: $id) {\n      id\n      name\n      kind\n      hostInstitution\n      hostName\n      address\n      phone\n      serviceHours\n      introduction\n      latitude\n      longitude\n      region {\n        code\n        name\n        ancestors {\n          name\n        }\n      }\n      parent {\n        id\n        name\n      }\n      disputeTypes {\n        code\n        label\n      }\n      members(first: 50) {\n        role\n        mediator {\n          id\n          name\n          photoUrl\n          grade\n          specialties {\n            label\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommitteeDetailDocument,
    "\n  query RegionChildren($parentCode: String) {\n    regions(parentCode: $parentCode) {\n      code\n      name\n      level\n    }\n  }\n": typeof types.RegionChildrenDocument,
    "\n  query DisputeTypes {\n    disputeTypes {\n      code\n      label\n    }\n  }\n": typeof types.DisputeTypesDocument,
};
const documents: Documents = {
    "\n  mutation LoginWithWeChat($code: String!) {\n    loginWithWeChat(code: $code) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      me {\n        id\n        needsPrivacyConsent\n        currentPrivacyPolicyVersion\n      }\n    }\n  }\n": types.LoginWithWeChatDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  query Me {\n    me {\n      id\n      realName\n      phone\n      idNumber\n      acceptedPrivacyPolicyVersion\n      currentPrivacyPolicyVersion\n      needsPrivacyConsent\n      staffRoles {\n        id\n        role\n        displayName\n        committeeId\n        regionCode\n        mediatorId\n        gridUnitId\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation AcceptPrivacyPolicy($version: String!) {\n    acceptPrivacyPolicy(version: $version) {\n      id\n      needsPrivacyConsent\n    }\n  }\n": types.AcceptPrivacyPolicyDocument,
    "\n  mutation BindPhoneNumber($code: String!) {\n    bindPhoneNumber(code: $code) {\n      id\n      phone\n    }\n  }\n": types.BindPhoneNumberDocument,
    "\n  mutation RedeemStaffInvitation($code: String!) {\n    redeemStaffInvitation(code: $code) {\n      id\n      staffRoles {\n        role\n        displayName\n      }\n    }\n  }\n": types.RedeemStaffInvitationDocument,
    "\n  query MediatorMenu($filter: MediatorFilter, $sort: MediatorSortOrder, $first: Int, $after: String) {\n    mediators(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        photoUrl\n        sex\n        ethnicity\n        grade\n        employment\n        languages\n        inExpertPool\n        specialties {\n          code\n          label\n        }\n        memberships {\n          role\n          committee {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MediatorMenuDocument,
    "\n  query MediatorProfile($id: ID!) {\n    mediator(id: $id) {\n      id\n      name\n      photoUrl\n      sex\n      ethnicity\n      background\n      backgroundNote\n      grade\n      employment\n      languages\n      certificateNo\n      bio\n      inExpertPool\n      contactPhone\n      specialties {\n        code\n        label\n      }\n      memberships {\n        role\n        committee {\n          id\n          name\n          phone\n          address\n        }\n      }\n    }\n  }\n": types.MediatorProfileDocument,
    "\n  query Committees($filter: CommitteeFilter, $first: Int, $after: String) {\n    committees(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        address\n        phone\n        serviceHours\n        latitude\n        longitude\n        memberCount\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.CommitteesDocument,
    "\n  query CommitteeDetail($id: ID!) {\n    committee(id: $id) {\n      id\n      name\n      kind\n      hostInstitution\n      hostName\n      address\n      phone\n      serviceHours\n      introduction\n      latitude\n      longitude\n      region {\n        code\n        name\n        ancestors {\n          name\n        }\n      }\n      parent {\n        id\n        name\n      }\n      disputeTypes {\n        code\n        label\n      }\n      members(first: 50) {\n        role\n        mediator {\n          id\n          name\n          photoUrl\n          grade\n          specialties {\n            label\n          }\n        }\n      }\n    }\n  }\n": types.CommitteeDetailDocument,
    "\n  query RegionChildren($parentCode: String) {\n    regions(parentCode: $parentCode) {\n      code\n      name\n      level\n    }\n  }\n": types.RegionChildrenDocument,
    "\n  query DisputeTypes {\n    disputeTypes {\n      code\n      label\n    }\n  }\n": types.DisputeTypesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithWeChat($code: String!) {\n    loginWithWeChat(code: $code) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      me {\n        id\n        needsPrivacyConsent\n        currentPrivacyPolicyVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoginWithWeChat($code: String!) {\n    loginWithWeChat(code: $code) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      me {\n        id\n        needsPrivacyConsent\n        currentPrivacyPolicyVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      realName\n      phone\n      idNumber\n      acceptedPrivacyPolicyVersion\n      currentPrivacyPolicyVersion\n      needsPrivacyConsent\n      staffRoles {\n        id\n        role\n        displayName\n        committeeId\n        regionCode\n        mediatorId\n        gridUnitId\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      realName\n      phone\n      idNumber\n      acceptedPrivacyPolicyVersion\n      currentPrivacyPolicyVersion\n      needsPrivacyConsent\n      staffRoles {\n        id\n        role\n        displayName\n        committeeId\n        regionCode\n        mediatorId\n        gridUnitId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptPrivacyPolicy($version: String!) {\n    acceptPrivacyPolicy(version: $version) {\n      id\n      needsPrivacyConsent\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptPrivacyPolicy($version: String!) {\n    acceptPrivacyPolicy(version: $version) {\n      id\n      needsPrivacyConsent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BindPhoneNumber($code: String!) {\n    bindPhoneNumber(code: $code) {\n      id\n      phone\n    }\n  }\n"): (typeof documents)["\n  mutation BindPhoneNumber($code: String!) {\n    bindPhoneNumber(code: $code) {\n      id\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemStaffInvitation($code: String!) {\n    redeemStaffInvitation(code: $code) {\n      id\n      staffRoles {\n        role\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemStaffInvitation($code: String!) {\n    redeemStaffInvitation(code: $code) {\n      id\n      staffRoles {\n        role\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediatorMenu($filter: MediatorFilter, $sort: MediatorSortOrder, $first: Int, $after: String) {\n    mediators(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        photoUrl\n        sex\n        ethnicity\n        grade\n        employment\n        languages\n        inExpertPool\n        specialties {\n          code\n          label\n        }\n        memberships {\n          role\n          committee {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MediatorMenu($filter: MediatorFilter, $sort: MediatorSortOrder, $first: Int, $after: String) {\n    mediators(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        photoUrl\n        sex\n        ethnicity\n        grade\n        employment\n        languages\n        inExpertPool\n        specialties {\n          code\n          label\n        }\n        memberships {\n          role\n          committee {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediatorProfile($id: ID!) {\n    mediator(id: $id) {\n      id\n      name\n      photoUrl\n      sex\n      ethnicity\n      background\n      backgroundNote\n      grade\n      employment\n      languages\n      certificateNo\n      bio\n      inExpertPool\n      contactPhone\n      specialties {\n        code\n        label\n      }\n      memberships {\n        role\n        committee {\n          id\n          name\n          phone\n          address\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MediatorProfile($id: ID!) {\n    mediator(id: $id) {\n      id\n      name\n      photoUrl\n      sex\n      ethnicity\n      background\n      backgroundNote\n      grade\n      employment\n      languages\n      certificateNo\n      bio\n      inExpertPool\n      contactPhone\n      specialties {\n        code\n        label\n      }\n      memberships {\n        role\n        committee {\n          id\n          name\n          phone\n          address\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Committees($filter: CommitteeFilter, $first: Int, $after: String) {\n    committees(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        address\n        phone\n        serviceHours\n        latitude\n        longitude\n        memberCount\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Committees($filter: CommitteeFilter, $first: Int, $after: String) {\n    committees(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        address\n        phone\n        serviceHours\n        latitude\n        longitude\n        memberCount\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeDetail($id: ID!) {\n    committee(id: $id) {\n      id\n      name\n      kind\n      hostInstitution\n      hostName\n      address\n      phone\n      serviceHours\n      introduction\n      latitude\n      longitude\n      region {\n        code\n        name\n        ancestors {\n          name\n        }\n      }\n      parent {\n        id\n        name\n      }\n      disputeTypes {\n        code\n        label\n      }\n      members(first: 50) {\n        role\n        mediator {\n          id\n          name\n          photoUrl\n          grade\n          specialties {\n            label\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitteeDetail($id: ID!) {\n    committee(id: $id) {\n      id\n      name\n      kind\n      hostInstitution\n      hostName\n      address\n      phone\n      serviceHours\n      introduction\n      latitude\n      longitude\n      region {\n        code\n        name\n        ancestors {\n          name\n        }\n      }\n      parent {\n        id\n        name\n      }\n      disputeTypes {\n        code\n        label\n      }\n      members(first: 50) {\n        role\n        mediator {\n          id\n          name\n          photoUrl\n          grade\n          specialties {\n            label\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionChildren($parentCode: String) {\n    regions(parentCode: $parentCode) {\n      code\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  query RegionChildren($parentCode: String) {\n    regions(parentCode: $parentCode) {\n      code\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisputeTypes {\n    disputeTypes {\n      code\n      label\n    }\n  }\n"): (typeof documents)["\n  query DisputeTypes {\n    disputeTypes {\n      code\n      label\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;