import { ValidateNested } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth-checker';
import type { Context } from '../../context';
import { DisputeTypeView } from '../dispute-type/dispute-type.view';
import { smoothedRating } from '../feedback/rating';
import { MembershipView } from '../membership/membership.view';
import { CreateMediatorInput, MediatorFilter, MediatorSortOrder, UpdateMediatorInput } from './mediator.inputs';
import { MediatorService } from './mediator.service';
import { MediatorConnection, MediatorLanguageView, MediatorView } from './mediator.view';
import { LANGUAGE_KIND_LABEL, LANGUAGE_VOCABULARY, LanguageKind } from './language-vocabulary';
import { mediatorLanguageCounts } from './mediator.queries';

@ArgsType()
class MediatorsArgs {
  @Field(() => MediatorFilter, { nullable: true })
  @ValidateNested()
  filter?: MediatorFilter;

  @Field(() => MediatorSortOrder, { defaultValue: MediatorSortOrder.RELEVANCE })
  sort!: MediatorSortOrder;

  @Field(() => Int, { nullable: true, description: '每页数量，默认 20，最多 100' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '上一页的 endCursor' })
  after?: string | null;
}

@Resolver(() => MediatorView)
export class MediatorResolver {
  @Query(() => MediatorConnection, { description: '调解员菜单（点单式调解）：在任调解员' })
  mediators(@Args() { filter, sort, first, after }: MediatorsArgs, @Ctx() ctx: Context) {
    return new MediatorService(ctx).menu(filter, sort, first, after);
  }

  @Query(() => [MediatorLanguageView], { description: '调解员菜单的语言筛选项：词表中的语言（汉语即普通话）及名册中另填的语言，附在任人数' })
  async mediatorLanguages(@Ctx() ctx: Context) {
    const counts = new Map((await ctx.db.rows<{ label: string; count: number }>(mediatorLanguageCounts())).map((r) => [r.label, r.count]));
    const known = LANGUAGE_VOCABULARY.map((l) => ({ ...l, kindLabel: LANGUAGE_KIND_LABEL[l.kind], mediatorCount: counts.get(l.label) ?? 0 }));
    const written = [...counts].filter(([label]) => !known.some((l) => l.label === label)).sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
      .map(([label, mediatorCount]) => ({ label, kind: LanguageKind.OTHER, kindLabel: LANGUAGE_KIND_LABEL.OTHER, aliases: [], mediatorCount }));
    return [...known, ...written];
  }

  @Query(() => MediatorView, { description: '一位调解员' })
  mediator(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new MediatorService(ctx).get(id);
  }

  @FieldResolver(() => Float, { nullable: true, description: '群众评价：平滑后的平均分（1–5），没有评价时为空' })
  rating(@Root() mediator: MediatorView) {
    return mediator.ratingCount > 0 ? smoothedRating(mediator.ratingSum, mediator.ratingCount) : null;
  }

  @FieldResolver(() => Int, { description: '已办结的调解案件数（调解成功或调解不成）' })
  async closedCases(@Root() mediator: MediatorView, @Ctx() { loaders }: Context) {
    return (await loaders.caseRecordOfMediator.load(mediator.id)).closed;
  }

  @FieldResolver(() => Int, { description: '其中调解成功的件数' })
  async successfulCases(@Root() mediator: MediatorView, @Ctx() { loaders }: Context) {
    return (await loaders.caseRecordOfMediator.load(mediator.id)).successful;
  }

  @FieldResolver(() => [DisputeTypeView], { description: '擅长领域' })
  specialties(@Root() mediator: MediatorView, @Ctx() { loaders }: Context) {
    return loaders.specialtiesOfMediator.load(mediator.id);
  }

  @FieldResolver(() => [MembershipView], { description: '所在调委会及职务' })
  memberships(@Root() mediator: MediatorView, @Ctx() { loaders }: Context) {
    return loaders.membershipsOfMediator.load(mediator.id);
  }

  @Authorized(Role.SYSTEM_ADMIN, Role.JUSTICE_OFFICE, Role.COMMITTEE_ADMIN)
  @Mutation(() => MediatorView, { description: '登记调解员' })
  createMediator(@Arg('input') input: CreateMediatorInput, @Ctx() ctx: Context) {
    return new MediatorService(ctx).create(input);
  }

  @Authorized(Role.SYSTEM_ADMIN, Role.JUSTICE_OFFICE, Role.COMMITTEE_ADMIN)
  @Mutation(() => MediatorView, { description: '修改调解员信息' })
  updateMediator(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateMediatorInput, @Ctx() ctx: Context) {
    return new MediatorService(ctx).update(id, input);
  }

  @Authorized(Role.SYSTEM_ADMIN, Role.JUSTICE_OFFICE, Role.COMMITTEE_ADMIN)
  @Mutation(() => MediatorView, { description: '停用（清退）或恢复调解员；停用后不再出现在菜单中' })
  setMediatorActive(@Arg('id', () => ID) id: string, @Arg('active') active: boolean, @Ctx() ctx: Context) {
    return new MediatorService(ctx).setActive(id, active);
  }
}
