import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth-checker';
import type { Context } from '../../context';
import { StatisticsService } from './statistics.service';
import { StatisticsView } from './statistics.views';

@Resolver()
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
}
