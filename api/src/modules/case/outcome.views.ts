import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AgreementKind, AgreementState, JudicialResult, SessionMode, TermPerformance } from './outcome-enums';

@ObjectType('AgreementTerm', { description: '调解协议条款', simpleResolvers: true })
export class AgreementTermView {
  @Field(() => ID)
  id!: number;

  @Field(() => Int)
  seq!: number;

  @Field()
  content!: string;

  @Field({ description: '履行方式' })
  method!: string;

  @Field({ description: '履行期限' })
  performBy!: string;

  @Field(() => TermPerformance)
  performance!: TermPerformance;

  @Field(() => String, { nullable: true })
  performanceNote?: string | null;
}

@ObjectType('Agreement', { description: '调解协议' })
export class AgreementView {
  @Field(() => ID)
  id!: number;

  @Field(() => AgreementKind)
  kind!: AgreementKind;

  @Field({ description: '纠纷事实、争议事项及各方责任（口头协议：协议内容记录）' })
  factsAndResponsibilities!: string;

  @Field(() => Date, { nullable: true, description: '调解员签名时间' })
  signedByMediatorAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '调委会盖章（协议生效）时间' })
  sealedAt?: Date | null;

  @Field(() => String, { nullable: true })
  judicialCourt?: string | null;

  @Field(() => String, { nullable: true })
  judicialAppliedOn?: string | null;

  @Field(() => JudicialResult, { nullable: true })
  judicialResult?: JudicialResult | null;

  @Field(() => String, { nullable: true, description: '裁定书文号或驳回理由' })
  judicialReference?: string | null;

  @Field(() => Int, { description: '第几稿：重新起草后加一，此前的确认作废' })
  version!: number;
}

@ObjectType('AgreementStatus', { description: '调解协议现在的状态及其说明（各页面、打印件用同一说法）', simpleResolvers: true })
export class AgreementStatusView {
  @Field(() => AgreementState)
  state!: AgreementState;

  @Field({ description: '给人看的说明' })
  label!: string;

  @Field(() => [String], { description: '尚未确认本稿的当事人' })
  awaitingConfirmationFrom!: string[];
}

@ObjectType('AgreementConfirmation', { description: '当事人对某一稿协议的确认：确认了哪一稿、何时、所见文本的摘要值', simpleResolvers: true })
export class AgreementConfirmationView {
  @Field()
  partyName!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true, description: '所确认文本的 SHA-256' })
  contentHash!: string | null;

  @Field()
  confirmedAt!: Date;

  @Field({ description: '是否为现行稿的确认（重新起草后，此前的确认不再有效）' })
  current!: boolean;
}

@ObjectType('AgreementDraft', { description: '协议的历次草稿（存入卷宗）', simpleResolvers: true })
export class AgreementDraftView {
  @Field(() => Int)
  version!: number;

  @Field(() => AgreementKind)
  kind!: AgreementKind;

  @Field()
  factsAndResponsibilities!: string;

  @Field(() => [AgreementDraftTermView])
  terms!: AgreementDraftTermView[];

  @Field()
  contentHash!: string;

  @Field()
  draftedAt!: Date;
}

@ObjectType('AgreementDraftTerm', { simpleResolvers: true })
export class AgreementDraftTermView {
  @Field(() => Int)
  seq!: number;

  @Field()
  content!: string;

  @Field()
  method!: string;

  @Field()
  performBy!: string;
}

@ObjectType('MediationSession', { description: '调解会及调解笔录', simpleResolvers: true })
export class SessionView {
  @Field(() => ID)
  id!: number;

  @Field()
  scheduledAt!: Date;

  @Field()
  place!: string;

  @Field(() => SessionMode)
  mode!: SessionMode;

  @Field(() => [String])
  participants!: string[];

  @Field(() => String, { nullable: true, description: '线上视频调解的会议链接（如腾讯会议），当事人在案件页复制后打开' })
  meetingUrl?: string | null;

  @Field(() => String, { nullable: true, description: '调解笔录' })
  record?: string | null;

  @Field(() => Date, { nullable: true })
  recordedAt?: Date | null;
}

@ObjectType('CaseFileItem', { simpleResolvers: true })
export class CaseFileItemView {
  @Field()
  item!: string;

  @Field()
  label!: string;

  @Field()
  present!: boolean;
}

@ObjectType('CaseFileCompleteness', { description: '卷宗完整性', simpleResolvers: true })
export class CaseFileCompletenessView {
  @Field()
  complete!: boolean;

  @Field(() => [CaseFileItemView])
  items!: CaseFileItemView[];
}

@ObjectType('CaseEvidence', { description: '证据材料', simpleResolvers: true })
export class CaseEvidenceView {
  @Field(() => ID)
  id!: number;

  @Field()
  fileName!: string;

  @Field()
  contentType!: string;

  @Field(() => Int, { description: '字节数' })
  size!: number;

  @Field({ description: '内容的 SHA-256' })
  sha256!: string;

  @Field()
  createdAt!: Date;

  @Field({ description: '下载地址（需登录）' })
  url!: string;
}
