import { Arg, Authorized, Ctx, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth-checker';
import type { Context } from '../../context';
import { AssessmentService } from './assessment.service';

@ObjectType('MediatorAssessment', { description: '调解员半年考核', simpleResolvers: true })
export class AssessmentView {
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

  @Field(() => Float, { nullable: true, description: '当事人对调解员的平均评分（1–5）' })
  satisfaction!: number | null;

  @Field(() => Int)
  overdue!: number;

  @Field(() => Int, { description: '已办结案件数' })
  closed!: number;

  @Field(() => Int, { description: '卷宗完整的已办结案件数' })
  completeFiles!: number;

  @Field(() => Float, { description: '综合得分（0–100）' })
  score!: number;

  @Field(() => [String], { description: '得分构成' })
  breakdown!: string[];

  @Field(() => String, { nullable: true, description: '已标记清退的理由' })
  removalReason!: string | null;
}

@Resolver()
export class AssessmentResolver {
  @Authorized(Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN)
  @Query(() => [AssessmentView], { description: '调解员半年考核，如 half: "2026H1"' })
  mediatorAssessment(
    @Arg('half') half: string,
    @Arg('committeeId', () => ID, { nullable: true }) committeeId: string | null,
    @Arg('regionCode', () => String, { nullable: true }) regionCode: string | null,
    @Ctx() ctx: Context,
  ) {
    return new AssessmentService(ctx).assess({ committeeId, regionCode, half });
  }

  @Authorized(Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN)
  @Mutation(() => Boolean, { description: '标记清退调解员（记录理由；停用由 setMediatorActive 完成）' })
  markMediatorForRemoval(@Arg('mediatorId', () => ID) mediatorId: string, @Arg('reason') reason: string, @Ctx() ctx: Context) {
    return new AssessmentService(ctx).markForRemoval(mediatorId, reason);
  }
}
