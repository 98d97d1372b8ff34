import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { TermPerformance } from '../case/outcome-enums';
import { FollowUpChannel } from './follow-up-enums';

@InputType({ description: '回访答复' })
export class FollowUpAnswerInput {
  @Field(() => FollowUpChannel, { description: '当事人自己填写为 SELF；工作人员记录电话或上门回访' })
  channel!: FollowUpChannel;

  @Field(() => TermPerformance, { nullable: true, description: '协议履行情况（没有协议时不填）' })
  performed?: TermPerformance | null;

  @Field({ description: '纠纷是否出现反复' })
  flaredUp!: boolean;

  @Field(() => Int, { description: '满意度 1–5' })
  @IsInt()
  @Min(1, { message: '满意度须为 1 到 5' })
  @Max(5, { message: '满意度须为 1 到 5' })
  satisfaction!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: '说明不超过 2000 字' })
  note?: string | null;
}
