import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth-checker';
import type { Context } from '../../context';
import { AddMembershipInput } from './membership.inputs';
import { MembershipRole } from './membership-role';
import { MembershipService } from './membership.service';
import { MembershipView } from './membership.view';

@Resolver(() => MembershipView)
export class MembershipResolver {
  @Authorized(Role.SYSTEM_ADMIN, Role.JUSTICE_OFFICE, Role.COMMITTEE_ADMIN)
  @Mutation(() => MembershipView, { description: '聘任调解员到调委会' })
  addMembership(@Arg('input') input: AddMembershipInput, @Ctx() ctx: Context) {
    return new MembershipService(ctx).add(input);
  }

  @Authorized(Role.SYSTEM_ADMIN, Role.JUSTICE_OFFICE, Role.COMMITTEE_ADMIN)
  @Mutation(() => MembershipView, { description: '调整职务' })
  setMembershipRole(@Arg('id', () => ID) id: string, @Arg('role', () => MembershipRole) role: MembershipRole, @Ctx() ctx: Context) {
    return new MembershipService(ctx).setRole(id, role);
  }

  @Authorized(Role.SYSTEM_ADMIN, Role.JUSTICE_OFFICE, Role.COMMITTEE_ADMIN)
  @Mutation(() => MembershipView, { description: '解除任职' })
  endMembership(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new MembershipService(ctx).end(id);
  }
}
