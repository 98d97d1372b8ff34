import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { OversightScope } from './scope';
import type { StatisticsPeriod, StatisticsSource } from './statistics.queries';

@ObjectType('AreaStatistics', { description: '下一级区划（如各乡镇、各村）的同期统计，并列比较', simpleResolvers: true })
export class AreaStatisticsView {
  @Field()
  regionCode!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: '受理数' })
  accepted!: number;

  @Field(() => Int, { description: '调解成功数' })
  successful!: number;

  @Field(() => Float, { nullable: true, description: '调解成功率；无受理时为空' })
  successRate!: number | null;

  @Field(() => Int, { description: '超期案件数' })
  overdue!: number;

  @Field({ description: '调解成功案件的涉及金额合计（元）' })
  amountInvolved!: string;
}

@ObjectType('StatisticsShare', { description: '按类型或来源的件数和占比（占受理数）', simpleResolvers: true })
export class ShareView {
  @Field()
  code!: string;

  @Field()
  label!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { description: '占比，0–1，保留四位小数' })
  share!: number;
}

@ObjectType('MediatorStatistics', { simpleResolvers: true })
export class MediatorStatisticsView {
  @Field(() => ID)
  mediatorId!: number;

  @Field()
  name!: string;

  @Field(() => Int)
  cases!: number;

  @Field(() => Int)
  successful!: number;

  @Field(() => Float, { nullable: true })
  successRate!: number | null;
}

@ObjectType('MonthlyStatistics', { simpleResolvers: true })
export class MonthlyView {
  @Field({ description: 'YYYY-MM（北京时间）' })
  month!: string;

  @Field(() => Int)
  accepted!: number;

  @Field(() => Int)
  successful!: number;
}

@ObjectType('Statistics', { description: '统计：口径为期间内受理的案件（domain §7）', simpleResolvers: true })
export class StatisticsView {
  @Field(() => Int, { description: '受理数' })
  accepted!: number;

  @Field(() => Int, { description: '调解成功数' })
  successful!: number;

  @Field(() => Float, { nullable: true, description: '调解成功率 = 调解成功数 / 受理数；无受理时为空' })
  successRate!: number | null;

  @Field(() => [ShareView], { description: '按纠纷类型' })
  byDisputeType!: ShareView[];

  @Field(() => [ShareView], { description: '按案件来源' })
  byChannel!: ShareView[];

  @Field({ description: '调解成功案件的涉及金额合计（元）' })
  amountInvolved!: string;

  @Field(() => Int, { description: '司法确认数' })
  judicialConfirmations!: number;

  @Field(() => Float, { nullable: true, description: '协议履行率 = 已履行条款 / 已核实条款' })
  fulfilmentRate!: number | null;

  @Field(() => Float, { nullable: true, description: '回访满意率 = 满意度 4 分以上的回访 / 已完成回访' })
  satisfactionRate!: number | null;

  @Field(() => Float, { nullable: true, description: '平均办结天数（受理至办结）' })
  averageDaysToClose!: number | null;

  @Field(() => Int, { description: '超期案件数' })
  overdue!: number;

  /** What the figures were computed for: the per-mediator table (a field resolver) runs on it. */
  query!: { scope: OversightScope; period: StatisticsPeriod; source: StatisticsSource };

  @Field(() => [MonthlyView], { description: '按月（用于图表）' })
  byMonth!: MonthlyView[];
}
