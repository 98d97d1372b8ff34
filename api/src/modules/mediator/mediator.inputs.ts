import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUrl, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { PHONE_PATTERN } from '../committee/committee.inputs';
import { Employment, MediatorBackground, Sex } from './mediator-enums';
import { IDEMPOTENCY_KEY_MESSAGE, IDEMPOTENCY_KEY_PATTERN } from '../idempotency/idempotency';

export enum MediatorSortOrder {
  RELEVANCE = 'RELEVANCE',
  GRADE = 'GRADE',
  RATING = 'RATING',
}

registerEnumType(MediatorSortOrder, {
  name: 'MediatorSortOrder',
  description: '调解员菜单排序',
  valuesConfig: {
    RELEVANCE: { description: '综合：有搜索词时按匹配程度，再按等级' },
    GRADE: { description: '按等级，一级在前' },
    RATING: { description: '按群众评价（平滑后的平均分），高分在前' },
  },
});

@InputType({ description: '调解员菜单筛选' })
export class MediatorFilter {
  @Field(() => String, { nullable: true, description: '行政区划代码，含其全部下级' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: '所在调委会' })
  committeeId?: string | null;

  @Field(() => String, { nullable: true, description: '擅长的纠纷类型代码' })
  specialty?: string | null;

  @Field(() => [Int], { nullable: true, description: '等级（1–4），可多选' })
  @IsOptional()
  @IsInt({ each: true })
  @Min(1, { each: true, message: '等级须在 1 到 4 之间' })
  @Max(4, { each: true, message: '等级须在 1 到 4 之间' })
  grades?: number[] | null;

  @Field(() => String, { nullable: true, description: '语言或方言，如 维吾尔语、凉州话；汉语即普通话（见 mediatorLanguages）' })
  language?: string | null;

  @Field(() => Employment, { nullable: true })
  employment?: Employment | null;

  @Field(() => Boolean, { nullable: true, description: '只看专家库成员' })
  inExpertPool?: boolean | null;

  @Field(() => String, { nullable: true, description: '搜索姓名、擅长领域、语言、背景、简介' })
  @IsOptional()
  @MaxLength(50, { message: '搜索词不超过 50 字' })
  search?: string | null;
}

@InputType()
export class CreateMediatorInput {
  @Field(() => String, { nullable: true, description: '防止重复提交：同一次提交使用同一个值（如 UUID），重复的请求得到第一次的结果' })
  @IsOptional()
  @Matches(IDEMPOTENCY_KEY_PATTERN, { message: IDEMPOTENCY_KEY_MESSAGE })
  idempotencyKey?: string | null;

  @Field()
  @Length(2, 50, { message: '姓名须为 2 到 50 个字' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_tld: false }, { message: '照片地址须为 http(s) 网址' })
  photoUrl?: string | null;

  @Field(() => Sex)
  sex!: Sex;

  @Field({ defaultValue: '汉族' })
  @Length(2, 20, { message: '民族须为 2 到 20 个字' })
  ethnicity!: string;

  @Field(() => MediatorBackground)
  background!: MediatorBackground;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: '背景说明不超过 100 字' })
  backgroundNote?: string | null;

  @Field(() => [String], { defaultValue: [], description: '擅长的纠纷类型代码' })
  specialtyCodes!: string[];

  @Field(() => [String], { defaultValue: ['普通话'] })
  @ArrayMaxSize(20, { message: '语言不超过 20 种' })
  @Length(1, 20, { each: true, message: '每种语言 1 到 20 字' })
  languages!: string[];

  @Field(() => Employment)
  employment!: Employment;

  @Field(() => Int, { description: '1（一级）至 4（四级）' })
  @IsIn([1, 2, 3, 4], { message: '等级须为 1 到 4' })
  grade!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{4,40}$/, { message: '证书编号须为 4 到 40 位字母、数字或连字符' })
  certificateNo?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: '简介不超过 2000 字' })
  bio?: string | null;

  @Field({ defaultValue: false })
  inExpertPool!: boolean;

  @Field(() => String, { nullable: true, description: '公开的工作电话' })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: '电话号码格式不正确' })
  contactPhone?: string | null;
}

@InputType({ description: '只修改提供的字段；可空字段传 null 表示清空' })
export class UpdateMediatorInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 50, { message: '姓名须为 2 到 50 个字' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_tld: false }, { message: '照片地址须为 http(s) 网址' })
  photoUrl?: string | null;

  @Field(() => Sex, { nullable: true })
  sex?: Sex | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 20, { message: '民族须为 2 到 20 个字' })
  ethnicity?: string | null;

  @Field(() => MediatorBackground, { nullable: true })
  background?: MediatorBackground | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: '背景说明不超过 100 字' })
  backgroundNote?: string | null;

  @Field(() => [String], { nullable: true })
  specialtyCodes?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, { message: '语言不超过 20 种' })
  @Length(1, 20, { each: true, message: '每种语言 1 到 20 字' })
  languages?: string[] | null;

  @Field(() => Employment, { nullable: true })
  employment?: Employment | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsIn([1, 2, 3, 4], { message: '等级须为 1 到 4' })
  grade?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{4,40}$/, { message: '证书编号须为 4 到 40 位字母、数字或连字符' })
  certificateNo?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: '简介不超过 2000 字' })
  bio?: string | null;

  @Field(() => Boolean, { nullable: true })
  inExpertPool?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: '电话号码格式不正确' })
  contactPhone?: string | null;
}
