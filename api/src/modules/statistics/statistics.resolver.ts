import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth-checker';
import type { Context } from '../../context';
import { StatisticsService } from './statistics.service';
import { AreaStatisticsView, MediatorStatisticsView, StatisticsView } from './statistics.views';

@Resolver(() => StatisticsView)
export class StatisticsResolver {
  @Authorized(Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN)
  @Query(() => StatisticsView, { description: '一个调委会或一个区划（含下级）在一段时间内的统计；日期为北京时间，含 from 不含 to' })
  statistics(
    @Arg('from') from: string,
    @Arg('to') to: string,
    @Arg('committeeId', () => ID, { nullable: true }) committeeId: string | null,
    @Arg('regionCode', () => String, { nullable: true }) regionCode: string | null,
    @Ctx() ctx: Context,
  ) {
    return new StatisticsService(ctx).compute({ committeeId, regionCode, from, to });
  }

  @FieldResolver(() => [MediatorStatisticsView], { description: '按调解员：期间内受理案件最多的前 first 位（默认 50，最多 500）' })
  byMediator(@Root() view: StatisticsView, @Arg('first', () => Int, { defaultValue: 50 }) first: number, @Ctx() ctx: Context) {
    return new StatisticsService(ctx).byMediator(view, first);
  }

  @FieldResolver(() => [AreaStatisticsView], { description: '按下一级区划并列（县看各乡镇、乡镇看各村），受理多的在前；按调委会统计时为空' })
  byArea(@Root() view: StatisticsView, @Ctx() ctx: Context) {
    return new StatisticsService(ctx).byArea(view);
  }
}
