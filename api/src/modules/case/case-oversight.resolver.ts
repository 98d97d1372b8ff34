import type { FilterQuery } from '@mikro-orm/core';
import { IsOptional, Matches } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth-checker';
import type { Context } from '../../context';
import { UserInputError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { resolveScope } from '../statistics/scope';
import { CaseStatus } from './case-enums';
import { casePage } from './case-list';
import { caseBacklog, committeesInScope } from './case-oversight.queries';
import { MediationCase } from './case.entity';
import { CaseConnection } from './case.views';

@InputType({ description: '辖区案件筛选：一个调委会（可含下级调委会）或一个行政区划（含下级），二选一' })
export class CaseOversightFilter {
  @Field(() => ID, { nullable: true, description: '调委会' })
  committeeId?: string | null;

  @Field(() => String, { nullable: true, description: '行政区划代码（司法所、司法局）' })
  regionCode?: string | null;

  @Field({ defaultValue: false, description: '含下级调委会的案件（乡镇调委会看所辖村居）' })
  includeSubordinates!: boolean;

  @Field(() => [CaseStatus], { nullable: true, description: '案件状态，可多选' })
  statuses?: CaseStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: '只看超期：超过受理期限未受理，或超过办结期限未办结' })
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: '纠纷类型代码' })
  @IsOptional()
  @Matches(/^[A-Z_]{2,32}$/, { message: '纠纷类型代码无效' })
  disputeType?: string | null;

  @Field(() => ID, { nullable: true, description: '承办调委会（在范围内再筛选）' })
  handlingCommitteeId?: string | null;
}

@ArgsType()
class OversightCasesArgs {
  @Field(() => CaseOversightFilter)
  filter!: CaseOversightFilter;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType('CaseBacklog', { description: '积压情况：待受理（其中超过受理期限的）、待选定调解员、调解中、超过办结期限' })
export class CaseBacklogView {
  @Field(() => Int, { description: '待受理' })
  awaitingAcceptance!: number;

  @Field(() => Int, { description: '其中超过受理期限' })
  acceptanceOverdue!: number;

  @Field(() => Int, { description: '已受理、待选定调解员' })
  arranging!: number;

  @Field(() => Int, { description: '调解中' })
  inMediation!: number;

  @Field(() => Int, { description: '超过办结期限未办结' })
  overdue!: number;
}

/**
 * Every case has an owner above it: a township committee sees what waits at its villages, a
 * justice office its region's cases, filtered — not only the dashboard's totals.
 */
@Resolver()
export class CaseOversightResolver {
  @Authorized(Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN)
  @Query(() => CaseConnection, { description: '辖区案件列表（调委会含下级、司法所、司法局），新的在前' })
  async oversightCases(@Args() { filter, first, after }: OversightCasesArgs, @Ctx() ctx: Context) {
    const scope = await resolveScope(ctx, filter);
    if (filter.includeSubordinates && scope.committeeId === null) throw new UserInputError({ field: 'filter.includeSubordinates', reason: '按行政区划查询时已含全部下级' });
    let committees = await committeesInScope(ctx.db, scope, filter.includeSubordinates);
    if (filter.handlingCommitteeId) {
      const handling = parseId(filter.handlingCommitteeId, 'filter.handlingCommitteeId');
      if (!committees.includes(handling)) throw new UserInputError({ field: 'filter.handlingCommitteeId', reason: '该调委会不在查询范围内' });
      committees = [handling];
    }
    const now = new Date();
    const where: FilterQuery<MediationCase>[] = [{ committee: { $in: committees } }];
    if (filter.statuses?.length) where.push({ status: { $in: filter.statuses } });
    if (filter.disputeType) where.push({ disputeType: filter.disputeType });
    if (filter.overdue) {
      where.push({ $or: [{ status: CaseStatus.PENDING_ACCEPTANCE, acceptanceDueAt: { $lt: now } }, { closedAt: null, dueAt: { $lt: now } }] });
    }
    return casePage(ctx, { $and: where }, first, after);
  }

  @Authorized(Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN)
  @Query(() => CaseBacklogView, { description: '积压情况：一个调委会（可含下级）或一个行政区划（含下级）' })
  async caseBacklog(
    @Arg('committeeId', () => ID, { nullable: true }) committeeId: string | null,
    @Arg('regionCode', () => String, { nullable: true }) regionCode: string | null,
    @Arg('includeSubordinates', { defaultValue: false }) includeSubordinates: boolean,
    @Ctx() ctx: Context,
  ) {
    const scope = await resolveScope(ctx, { committeeId, regionCode });
    return caseBacklog(ctx.db, await committeesInScope(ctx.db, scope, includeSubordinates), new Date());
  }
}
