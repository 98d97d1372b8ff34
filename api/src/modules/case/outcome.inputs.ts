import { ArrayMaxSize, IsOptional, IsUrl, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IsCalendarDate, IsMomentWithin } from '../../shared/validators';
import { AgreementKind, SessionMode } from './outcome-enums';

@InputType()
export class SessionInput {
  @Field()
  @IsMomentWithin({ futureDays: 366 }, { message: '调解时间须在 2000 年之后、一年之内' })
  scheduledAt!: Date;

  @Field()
  @Length(2, 200, { message: '地点须为 2 到 200 个字' })
  place!: string;

  @Field(() => SessionMode)
  mode!: SessionMode;

  @Field(() => String, { nullable: true, description: '线上视频调解的会议链接（https 网址，如腾讯会议的入会链接）；只用于 ONLINE' })
  @IsOptional()
  @MaxLength(500, { message: '会议链接不超过 500 个字符' })
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: '会议链接须为 https:// 开头的网址' })
  meetingUrl?: string | null;

  @Field(() => [String], { defaultValue: [], description: '参加人员' })
  @ArrayMaxSize(50, { message: '参加人员不超过 50 人' })
  @Length(1, 50, { each: true, message: '每位参加人员 1 到 50 字' })
  participants!: string[];
}

@InputType({ description: '协议条款：内容、履行方式、履行期限' })
export class AgreementTermInput {
  @Field()
  @Length(2, 2000, { message: '条款内容须为 2 到 2000 字' })
  content!: string;

  @Field()
  @Length(2, 200, { message: '履行方式须为 2 到 200 字' })
  method!: string;

  @Field({ description: '履行期限，YYYY-MM-DD' })
  @IsCalendarDate({ message: '履行期限须为 2000–2099 年间真实存在的日期，格式 YYYY-MM-DD' })
  performBy!: string;
}

@InputType({ description: '调解协议草稿（书面协议须列明条款；口头协议记录协议内容）' })
export class AgreementInput {
  @Field(() => AgreementKind)
  kind!: AgreementKind;

  @Field({ description: '书面：纠纷事实、争议事项及各方责任；口头：协议内容记录' })
  @Length(10, 10000, { message: '须为 10 到 10000 字' })
  factsAndResponsibilities!: string;

  @Field(() => [AgreementTermInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(50, { message: '条款不超过 50 条' })
  terms!: AgreementTermInput[];
}

@InputType()
export class JudicialApplicationInput {
  @Field({ description: '受理司法确认申请的人民法院' })
  @Length(4, 100, { message: '法院名称须为 4 到 100 字' })
  court!: string;

  @Field({ description: '申请日期，YYYY-MM-DD' })
  @IsCalendarDate({ message: '申请日期须为真实存在的日期，格式 YYYY-MM-DD' })
  appliedOn!: string;
}
