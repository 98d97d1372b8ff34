import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsCalendarDate } from '../../shared/validators';
import { CaseChannel, CaseStatus, PartyKind } from './case-enums';

@InputType({ description: '当事人' })
export class PartyInput {
  @Field(() => PartyKind, { defaultValue: PartyKind.PERSON })
  kind!: PartyKind;

  @Field()
  @Length(2, 100, { message: '姓名或名称须为 2 到 100 个字' })
  name!: string;

  @Field(() => String, { nullable: true, description: '联系电话（加密保存，只对工作人员脱敏显示）' })
  @IsOptional()
  @Matches(/^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/, { message: '电话号码格式不正确' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '代理人姓名' })
  @IsOptional()
  @Length(2, 100, { message: '代理人姓名须为 2 到 100 个字' })
  agentName?: string | null;

  @Field({ defaultValue: false, description: '代理人有授权委托书' })
  hasPowerOfAttorney!: boolean;

  @Field(() => String, { nullable: true, description: '习惯使用的语言或方言，如 维吾尔语、凉州话（汉语即普通话）；调解员菜单优先列出会说的' })
  @IsOptional()
  @Length(2, 20, { message: '语言须为 2 到 20 个字' })
  language?: string | null;
}

@InputType({ description: '纠纷申请（群众线上申请或工作人员登记）' })
export class CaseInput {
  @Field({ description: '防止重复提交：同一次提交使用同一个值（如 UUID）' })
  @Matches(/^[\w-]{8,64}$/, { message: '须为 8 到 64 位字母、数字、下划线或连字符' })
  idempotencyKey!: string;

  @Field()
  disputeType!: string;

  @Field({ description: '纠纷发生地的行政区划代码' })
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: '指定受理的调委会；不填则按区划和纠纷类型推荐' })
  committeeId?: string | null;

  @Field({ description: '事实经过' })
  @Length(10, 5000, { message: '事实经过须为 10 到 5000 字' })
  facts!: string;

  @Field({ description: '请求事项' })
  @Length(2, 2000, { message: '请求事项须为 2 到 2000 字' })
  claims!: string;

  @Field(() => String, { nullable: true, description: '涉及金额（元）' })
  @IsOptional()
  @Matches(/^\d{1,12}(\.\d{1,2})?$/, { message: '金额须为不小于 0 的数字，最多 12 位整数、2 位小数（元）' })
  amountInvolved?: string | null;

  @Field(() => Int, { defaultValue: 2, description: '涉及人数' })
  @Min(1, { message: '涉及人数至少为 1' })
  @Max(100000, { message: '涉及人数过大' })
  peopleInvolved!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: '地点不超过 200 字' })
  place?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-90, { message: '纬度须在 -90 到 90 之间' })
  @Max(90, { message: '纬度须在 -90 到 90 之间' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-180, { message: '经度须在 -180 到 180 之间' })
  @Max(180, { message: '经度须在 -180 到 180 之间' })
  longitude?: number | null;

  @Field(() => [PartyInput], { description: '申请人（群众自己申请时可不填，默认本人）', defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(20, { message: '申请人不超过 20 个' })
  applicants!: PartyInput[];

  @Field(() => [PartyInput], { description: '被申请人' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(20, { message: '被申请人不超过 20 个' })
  respondents!: PartyInput[];
}

@InputType({ description: '工作人员登记的案件：来访、网格上报、委派移送或主动调解' })
export class RegisterCaseInput extends CaseInput {
  @Field(() => CaseChannel)
  channel!: CaseChannel;

  @Field(() => String, { nullable: true, description: '委派、移送单位的文号（委派移送时必填）' })
  @IsOptional()
  @Length(2, 64, { message: '文号须为 2 到 64 个字' })
  referralNumber?: string | null;
}

@InputType({ description: '流转操作的附加信息' })
export class CaseActionInput {
  @Field(() => String, { nullable: true, description: '原因或说明；拒绝、回避、更换、撤回、调解不成时必填' })
  @IsOptional()
  @MaxLength(2000, { message: '说明不超过 2000 字' })
  reason?: string | null;

  @Field(() => ID, { nullable: true, description: '转办的目标调委会' })
  committeeId?: string | null;

  @Field(() => ID, { nullable: true, description: '指派的调解员' })
  mediatorId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '受理时标记为简易案件（繁简分流、速调快处）' })
  fastTrack?: boolean | null;
}

/** How a past case ended, as its ledger records it. */
export const PAST_OUTCOMES = [CaseStatus.SUCCEEDED, CaseStatus.FAILED, CaseStatus.WITHDRAWN, CaseStatus.REFUSED] as const;

@InputType({ description: '补录：启用本系统前已办结的案件，按台账登记（真实的受理和办结日期）' })
export class PastCaseInput extends RegisterCaseInput {
  @Field({ description: '受理日期（北京时间，YYYY-MM-DD）' })
  @IsCalendarDate()
  acceptedOn!: string;

  @Field({ description: '办结日期（北京时间，YYYY-MM-DD），不早于受理日期' })
  @IsCalendarDate()
  closedOn!: string;

  @Field(() => CaseStatus, { description: '结果：调解成功、调解不成、撤回或不同意调解' })
  outcome!: CaseStatus;

  @Field(() => ID, { nullable: true, description: '承办调解员' })
  mediatorId?: string | null;

  @Field(() => String, { nullable: true, description: '台账上的案号' })
  @IsOptional()
  @Length(1, 64, { message: '台账案号须为 1 到 64 个字' })
  ledgerNumber?: string | null;

  @Field(() => String, { nullable: true, description: '办结情况说明' })
  @IsOptional()
  @MaxLength(2000, { message: '说明不超过 2000 字' })
  closingNote?: string | null;
}
