import { ArrayMaxSize, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: '对调解结果和调解员的评价（1–5 分）' })
export class RatingInput {
  @Field(() => Int, { description: '对调解结果的满意度' })
  @IsInt()
  @Min(1, { message: '评分须为 1 到 5' })
  @Max(5, { message: '评分须为 1 到 5' })
  outcomeScore!: number;

  @Field(() => Int, { description: '对调解员的满意度' })
  @IsInt()
  @Min(1, { message: '评分须为 1 到 5' })
  @Max(5, { message: '评分须为 1 到 5' })
  mediatorScore!: number;

  @Field(() => [String], { defaultValue: [], description: '标签，如 耐心细致、公正、专业' })
  @ArrayMaxSize(10, { message: '标签不超过 10 个' })
  @Length(1, 10, { each: true, message: '每个标签 1 到 10 字' })
  tags!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: '评价不超过 1000 字' })
  comment?: string | null;
}
