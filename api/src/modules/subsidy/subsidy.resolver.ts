import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth-checker';
import type { Context } from '../../context';
import { Difficulty, SubsidyLevel } from './subsidy.entity';
import { SubsidyService } from './subsidy.service';

@ObjectType('SubsidyLine', { description: '一件案件的补贴核算及理由', simpleResolvers: true })
export class SubsidyLineView {
  @Field(() => ID)
  caseId!: number;

  @Field()
  number!: string;

  @Field(() => ID, { nullable: true })
  mediatorId!: number | null;

  @Field(() => String, { nullable: true })
  mediatorName!: string | null;

  @Field(() => Difficulty)
  difficulty!: Difficulty;

  @Field(() => SubsidyLevel)
  level!: SubsidyLevel;

  @Field()
  eligible!: boolean;

  @Field(() => Int, { description: '补贴金额（元）' })
  amount!: number;

  @Field(() => [String])
  reasons!: string[];
}

@ObjectType('MediatorSubsidy', { simpleResolvers: true })
export class MediatorSubsidyView {
  @Field(() => ID)
  mediatorId!: number;

  @Field()
  name!: string;

  @Field(() => Int)
  cases!: number;

  @Field(() => Int, { description: '元' })
  amount!: number;
}

@ObjectType('SubsidyReport', { description: '以案定补核算', simpleResolvers: true })
export class SubsidyReportView {
  @Field(() => [SubsidyLineView])
  lines!: SubsidyLineView[];

  @Field(() => [MediatorSubsidyView])
  byMediator!: MediatorSubsidyView[];

  @Field(() => Int, { description: '合计（元）' })
  total!: number;
}

@Resolver()
export class SubsidyResolver {
  @Authorized(Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN)
  @Query(() => SubsidyReportView, { description: '以案定补：期间内办结（北京时间，含 from 不含 to）的成功案件逐件核算' })
  subsidies(
    @Arg('from') from: string,
    @Arg('to') to: string,
    @Arg('committeeId', () => ID, { nullable: true }) committeeId: string | null,
    @Arg('regionCode', () => String, { nullable: true }) regionCode: string | null,
    @Ctx() ctx: Context,
  ) {
    return new SubsidyService(ctx).compute({ committeeId, regionCode, from, to });
  }
}
