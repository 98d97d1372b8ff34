import { IsLatitude, IsLongitude, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { CommitteeKind, HostInstitution } from './committee-kind';
import { IDEMPOTENCY_KEY_MESSAGE, IDEMPOTENCY_KEY_PATTERN } from '../idempotency/idempotency';

export const PHONE_PATTERN = /^[0-9+\-() ]{5,32}$/;

@InputType({ description: '调委会列表筛选' })
export class CommitteeFilter {
  @Field(() => String, { nullable: true, description: '行政区划代码，含其全部下级' })
  regionCode?: string | null;

  @Field(() => [CommitteeKind], { nullable: true })
  kinds?: CommitteeKind[] | null;

  @Field(() => String, { nullable: true, description: '受理该纠纷类型的调委会（含不限类型的）' })
  disputeType?: string | null;

  @Field(() => String, { nullable: true, description: '按名称搜索' })
  @IsOptional()
  @MaxLength(50)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: '包括已停用的' })
  includeInactive?: boolean | null;
}

@InputType()
export class CreateCommitteeInput {
  @Field(() => String, { nullable: true, description: '防止重复提交：同一次提交使用同一个值（如 UUID），重复的请求得到第一次的结果' })
  @IsOptional()
  @Matches(IDEMPOTENCY_KEY_PATTERN, { message: IDEMPOTENCY_KEY_MESSAGE })
  idempotencyKey?: string | null;

  @Field()
  @Length(2, 100, { message: '名称须为 2 到 100 个字' })
  name!: string;

  @Field(() => CommitteeKind)
  kind!: CommitteeKind;

  @Field()
  regionCode!: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => HostInstitution, { nullable: true })
  hostInstitution?: HostInstitution | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 100, { message: '派驻单位名称须为 2 到 100 个字' })
  hostName?: string | null;

  @Field()
  @Length(2, 200, { message: '地址须为 2 到 200 个字' })
  address!: string;

  @Field()
  @Matches(PHONE_PATTERN, { message: '电话号码格式不正确' })
  phone!: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLatitude({ message: '纬度须在 -90 到 90 之间' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude({ message: '经度须在 -180 到 180 之间' })
  longitude?: number | null;

  @Field({ defaultValue: '周一至周五 8:30-12:00，14:30-18:00' })
  @Length(2, 200, { message: '服务时间须为 2 到 200 个字' })
  serviceHours!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: '简介不超过 2000 字' })
  introduction?: string | null;

  @Field(() => [String], { defaultValue: [], description: '受理的纠纷类型代码；行业性专业性调委会必填' })
  disputeTypeCodes!: string[];
}

@InputType({ description: '只修改提供的字段；可空字段传 null 表示清空' })
export class UpdateCommitteeInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 100, { message: '名称须为 2 到 100 个字' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: '上级调委会；传 null 表示取消上级' })
  parentId?: string | null;

  @Field(() => HostInstitution, { nullable: true })
  hostInstitution?: HostInstitution | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 100, { message: '派驻单位名称须为 2 到 100 个字' })
  hostName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200, { message: '地址须为 2 到 200 个字' })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: '电话号码格式不正确' })
  phone?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLatitude({ message: '纬度须在 -90 到 90 之间' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude({ message: '经度须在 -180 到 180 之间' })
  longitude?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200, { message: '服务时间须为 2 到 200 个字' })
  serviceHours?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: '简介不超过 2000 字' })
  introduction?: string | null;

  @Field(() => [String], { nullable: true })
  disputeTypeCodes?: string[] | null;

  @Field(() => Int, { nullable: true, description: '案件办结期限（天），1–90' })
  @IsOptional()
  @Min(1, { message: '办结期限须在 1 到 90 天之间' })
  @Max(90, { message: '办结期限须在 1 到 90 天之间' })
  caseDeadlineDays?: number | null;

  @Field(() => Int, { nullable: true, description: '受理期限（天），1–15：逾期未受理的案件自动移交上级调委会' })
  @IsOptional()
  @Min(1, { message: '受理期限须在 1 到 15 天之间' })
  @Max(15, { message: '受理期限须在 1 到 15 天之间' })
  acceptanceDeadlineDays?: number | null;
}
