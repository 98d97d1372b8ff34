import { ValidateNested } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth-checker';
import type { Context } from '../../context';
import { checkPageSize } from '../../shared/pagination';
import { DisputeTypeView } from '../dispute-type/dispute-type.view';
import { MembershipView } from '../membership/membership.view';
import { RegionView } from '../region/region.view';
import { CommitteeFilter, CreateCommitteeInput, UpdateCommitteeInput } from './committee.inputs';
import { CommitteeService } from './committee.service';
import { CommitteeConnection, CommitteeView } from './committee.view';

@ArgsType()
class CommitteesArgs {
  @Field(() => CommitteeFilter, { nullable: true })
  @ValidateNested()
  filter?: CommitteeFilter;

  @Field(() => Int, { nullable: true, description: '每页数量，默认 20，最多 100' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '上一页的 endCursor' })
  after?: string | null;
}

@Resolver(() => CommitteeView)
export class CommitteeResolver {
  @Query(() => CommitteeConnection, { description: '调委会列表（按区划排序）' })
  committees(@Args() { filter, first, after }: CommitteesArgs, @Ctx() ctx: Context) {
    return new CommitteeService(ctx).list(filter, first, after);
  }

  @Query(() => CommitteeView, { description: '一个调委会' })
  committee(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new CommitteeService(ctx).get(id);
  }

  @FieldResolver(() => RegionView)
  region(@Root() committee: CommitteeView, @Ctx() { loaders }: Context) {
    return loaders.regionByCode.load(committee.regionCode);
  }

  @FieldResolver(() => CommitteeView, { nullable: true, description: '上级调委会' })
  parent(@Root() committee: CommitteeView, @Ctx() { loaders }: Context) {
    return committee.parentId ? loaders.committeeById.load(committee.parentId) : null;
  }

  @FieldResolver(() => [DisputeTypeView], { description: '受理的纠纷类型；为空表示不限' })
  disputeTypes(@Root() committee: CommitteeView, @Ctx() { loaders }: Context) {
    return loaders.disputeTypesOfCommittee.load(committee.id);
  }

  @FieldResolver(() => [MembershipView], { description: '在任调解员（主任在前，再按等级）' })
  members(
    @Root() committee: CommitteeView,
    @Arg('first', () => Int, { nullable: true, description: '最多返回几位，默认 20，最多 100' }) first: number | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.membersOfCommittee(checkPageSize(first)).load(committee.id);
  }

  @FieldResolver(() => Int, { description: '在任调解员人数' })
  memberCount(@Root() committee: CommitteeView, @Ctx() { loaders }: Context) {
    return loaders.memberCount.load(committee.id);
  }

  @Authorized(Role.SYSTEM_ADMIN, Role.JUSTICE_OFFICE)
  @Mutation(() => CommitteeView, { description: '新建调委会（司法行政机关，本辖区内）' })
  createCommittee(@Arg('input') input: CreateCommitteeInput, @Ctx() ctx: Context) {
    return new CommitteeService(ctx).create(input);
  }

  @Authorized(Role.SYSTEM_ADMIN, Role.JUSTICE_OFFICE, Role.COMMITTEE_ADMIN)
  @Mutation(() => CommitteeView, { description: '修改调委会信息（调委会管理员只能改本会的基本信息）' })
  updateCommittee(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateCommitteeInput, @Ctx() ctx: Context) {
    return new CommitteeService(ctx).update(id, input);
  }

  @Authorized(Role.SYSTEM_ADMIN, Role.JUSTICE_OFFICE)
  @Mutation(() => CommitteeView, { description: '停用或恢复调委会；停用后不再出现在列表和调解员菜单中' })
  setCommitteeActive(@Arg('id', () => ID) id: string, @Arg('active') active: boolean, @Ctx() ctx: Context) {
    return new CommitteeService(ctx).setActive(id, active);
  }
}
