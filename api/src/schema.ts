import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth-checker';
import { AssessmentResolver } from './modules/assessment/assessment.resolver';
import { CaseResolver } from './modules/case/case.resolver';
import { CaseOversightResolver } from './modules/case/case-oversight.resolver';
import { CaseInvitationFieldsResolver, CaseInvitationLinkResolver } from './modules/case/case-invitation.resolver';
import { AgreementResolver, CaseOutcomeFieldsResolver } from './modules/case/outcome.resolver';
import { CommitteeResolver } from './modules/committee/committee.resolver';
import { FeedbackResolver } from './modules/feedback/feedback.resolver';
import { FollowUpResolver } from './modules/feedback/follow-up.resolver';
import { DisputeTypeResolver } from './modules/dispute-type/dispute-type.resolver';
import { GridOfficerResolver, GridUnitResolver } from './modules/grid/grid.resolver';
import { MediatorResolver } from './modules/mediator/mediator.resolver';
import { MembershipResolver } from './modules/membership/membership.resolver';
import { IdentityResolver } from './modules/identity/identity.resolver';
import { StaffRoleResolver } from './modules/identity/staff-role.resolver';
import { RegionResolver } from './modules/region/region.resolver';
import { CaseRoomFieldResolver, RoomProposalResolver, RoomResolver } from './modules/room/room.resolver';
import { StaffResolver } from './modules/staff/staff.resolver';
import { StatisticsResolver } from './modules/statistics/statistics.resolver';
import { SubsidyResolver } from './modules/subsidy/subsidy.resolver';
import { CaseWarningsResolver, WarningResolver } from './modules/warning/warning.resolver';
import { validateInput } from './validate';

export const resolvers = [
  DisputeTypeResolver,
  RegionResolver,
  CommitteeResolver,
  MediatorResolver,
  MembershipResolver,
  GridUnitResolver,
  GridOfficerResolver,
  IdentityResolver,
  StaffRoleResolver,
  StaffResolver,
  CaseResolver,
  CaseOversightResolver,
  CaseInvitationFieldsResolver,
  CaseInvitationLinkResolver,
  CaseOutcomeFieldsResolver,
  AgreementResolver,
  FeedbackResolver,
  FollowUpResolver,
  StatisticsResolver,
  WarningResolver,
  CaseWarningsResolver,
  SubsidyResolver,
  AssessmentResolver,
  RoomResolver,
  RoomProposalResolver,
  CaseRoomFieldResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The schema is built once per process; type-graphql's metadata is global anyway. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker,
    validateFn: validateInput,
  });
  return built;
}

/** The text committed as schema.graphql; sorted so it diffs cleanly. */
export async function printSchemaText(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
