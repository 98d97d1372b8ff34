import { LockMode } from '@mikro-orm/core';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth-checker';
import type { Context } from '../../context';
import { ConflictError, NotFoundError, UserInputError } from '../../shared/errors';
import { inTransaction } from '../../shared/transaction';
import { parseId } from '../../shared/ids';
import type { MediationCase } from '../case/case.entity';
import { CaseView } from '../case/case.views';
import { isStaffOnCase } from '../case/case-event.audience';
import { CommitteeView } from '../committee/committee.view';
import { Policy } from '../staff/policy';
import { StaffRole } from '../staff/staff-role';
import { Warning, WarningCase, WarningKind, WarningStatus } from './warning.entity';

@ObjectType('Warning', { description: '纠纷预警' })
export class WarningView {
  @Field(() => ID)
  id!: number;

  @Field(() => WarningKind)
  kind!: WarningKind;

  @Field()
  summary!: string;

  @Field(() => WarningStatus)
  status!: WarningStatus;

  @Field()
  raisedAt!: Date;

  @Field(() => String, { nullable: true })
  resolution?: string | null;
}

@ObjectType('WarnedCase', { description: '预警涉及的一件案件', simpleResolvers: true })
export class WarnedCaseView {
  @Field(() => ID)
  id!: number;

  @Field({ description: '案号' })
  number!: string;
}

@Resolver(() => WarningView)
export class WarningResolver {
  @Authorized(Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN)
  @Query(() => [WarningView], { description: '一个区划（含下级）内未化解的预警，新的在前（最多 100 条）' })
  async warnings(@Arg('regionCode') regionCode: string, @Arg('includeResolved', { defaultValue: false }) includeResolved: boolean, @Ctx() ctx: Context) {
    const policy = await Policy.of(ctx);
    // A justice office (or system admin) sees its whole subtree; a committee admin its own committee's.
    const ownCommittees = policy.viewer.scopes(StaffRole.COMMITTEE_ADMIN).map((s) => s.committeeId as number);
    const wholeRegion = policy.coversRegion(regionCode);
    if (!wholeRegion && ownCommittees.length === 0) policy.assertRegion(regionCode);
    return ctx.em.find(
      Warning,
      {
        committee: { region: { code: { $like: `${regionCode}%` } }, ...(wholeRegion ? {} : { id: { $in: ownCommittees } }) },
        ...(includeResolved ? {} : { status: { $ne: WarningStatus.RESOLVED } }),
      },
      { orderBy: { id: 'desc' }, limit: 100 },
    );
  }

  @FieldResolver(() => [ID], { description: '涉及的案件' })
  async caseIds(@Root() warning: Warning, @Ctx() ctx: Context) {
    return (await ctx.loaders.casesOfWarning.load(warning.id)).map((c) => String(c.id));
  }

  @FieldResolver(() => [WarnedCaseView], { description: '涉及的案件及案号，先立案的在前' })
  cases(@Root() warning: Warning, @Ctx() ctx: Context) {
    return ctx.loaders.casesOfWarning.load(warning.id);
  }

  @FieldResolver(() => CommitteeView, { nullable: true, description: '预警所在的调委会（首件案件的承办调委会）' })
  committee(@Root() warning: Warning, @Ctx() ctx: Context) {
    return ctx.loaders.committeeById.load(warning.committee.id);
  }

  @Authorized(Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN)
  @Mutation(() => WarningView, { description: '签收预警' })
  acknowledgeWarning(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.handle(ctx, id, null);
  }

  @Authorized(Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN)
  @Mutation(() => WarningView, { description: '预警已化解：记录处置情况' })
  resolveWarning(@Arg('id', () => ID) id: string, @Arg('resolution') resolution: string, @Ctx() ctx: Context) {
    if (resolution.trim().length < 2) throw new UserInputError({ field: 'resolution', reason: '请填写处置情况' });
    return this.handle(ctx, id, resolution.trim());
  }

  /** With the warning row locked: acknowledging twice is one acknowledgement, resolving twice a CONFLICT. */
  private async handle(ctx: Context, id: string, resolution: string | null) {
    const warningId = parseId(id, 'id');
    return inTransaction(ctx.em, async () => {
      const warning = await ctx.em.findOne(Warning, warningId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!warning) throw new NotFoundError('预警', warningId);
      const policy = await Policy.of(ctx);
      await policy.assertCommittee(warning.committee.id, { structural: false });
      if (warning.status === WarningStatus.RESOLVED) throw new ConflictError('预警已化解', 'id');
      if (resolution === null) {
        if (warning.status === WarningStatus.ACKNOWLEDGED) return warning;
        warning.status = WarningStatus.ACKNOWLEDGED;
        warning.acknowledgedAt = new Date();
      } else {
        warning.status = WarningStatus.RESOLVED;
        warning.resolvedAt = new Date();
        warning.resolution = resolution;
      }
      warning.handledBy = policy.viewer.userId;
      await ctx.em.flush();
      return warning;
    });
  }
}

@Resolver(() => CaseView)
export class CaseWarningsResolver {
  @FieldResolver(() => [WarningView], { description: '本案涉及的预警（只对工作人员；当事人看到的是空列表）' })
  async warnings(@Root() c: MediationCase, @Ctx() ctx: Context) {
    // A warning names other people's cases (a cluster against one respondent): staff only, as on the timeline.
    if (!isStaffOnCase(await ctx.caseAccess.actorsFor(await ctx.requireViewer(), c))) return [];
    const links = await ctx.em.find(WarningCase, { mediationCase: c.id }, { populate: ['warning'], orderBy: { id: 'asc' } });
    return links.map((l) => l.warning.getEntity());
  }
}
