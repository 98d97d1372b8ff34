import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth-checker';
import type { Context } from '../../context';
import { CommitteeView } from '../committee/committee.view';
import { MediatorView } from '../mediator/mediator.view';
import { AddMembershipInput } from './membership.inputs';
import { MembershipRole } from './membership-role';
import { MembershipService } from './membership.service';
import { MembershipView } from './membership.view';

@Resolver(() => MembershipView)
export class MembershipResolver {
  @FieldResolver(() => CommitteeView)
  async committee(@Root() membership: MembershipView, @Ctx() { loaders }: Context) {
    return loaders.committeeById.load(membership.committeeId);
  }

  @FieldResolver(() => MediatorView)
  async mediator(@Root() membership: MembershipView, @Ctx() { loaders }: Context) {
    return loaders.mediatorById.load(membership.mediatorId);
  }

  @Authorized(Role.NETWORK_ADMIN)
  @Mutation(() => MembershipView, { description: '聘任调解员到调委会' })
  addMembership(@Arg('input') input: AddMembershipInput, @Ctx() ctx: Context) {
    return new MembershipService(ctx).add(input);
  }

  @Authorized(Role.NETWORK_ADMIN)
  @Mutation(() => MembershipView, { description: '调整职务' })
  setMembershipRole(@Arg('id', () => ID) id: string, @Arg('role', () => MembershipRole) role: MembershipRole, @Ctx() ctx: Context) {
    return new MembershipService(ctx).setRole(id, role);
  }

  @Authorized(Role.NETWORK_ADMIN)
  @Mutation(() => MembershipView, { description: '解除任职' })
  endMembership(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new MembershipService(ctx).end(id);
  }
}
