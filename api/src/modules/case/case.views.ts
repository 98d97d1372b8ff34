import { EventAudience } from './case-event.audience';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../shared/pagination';
import { MediatorView } from '../mediator/mediator.view';
import { MediatorRequestStatus } from './mediator-request.entity';
import { CaseChannel, CaseStatus, PartyKind, PartyRole } from './case-enums';

@ObjectType('CaseParty', { description: '当事人；联系方式只对工作人员和本人脱敏显示' })
export class CasePartyView {
  @Field(() => ID)
  id!: number;

  @Field(() => PartyRole)
  role!: PartyRole;

  @Field(() => PartyKind)
  kind!: PartyKind;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  agentName?: string | null;

  @Field()
  hasPowerOfAttorney!: boolean;

  @Field(() => String, { nullable: true, description: '脱敏电话；另一方当事人看不到' })
  phone!: string | null;

  @Field({ description: '是否是当前用户本人' })
  isMe!: boolean;

  @Field(() => String, { nullable: true, description: '习惯使用的语言或方言' })
  language!: string | null;

  @Field(() => String, { nullable: true, description: '当事人自己对纠纷的陈述（被申请人的说法）；每一版都记在时间线上' })
  statement!: string | null;

  @Field(() => Date, { nullable: true })
  statementAt!: Date | null;
}

@ObjectType('CaseEvent', { description: '案件流转记录（时间线）', simpleResolvers: true })
export class CaseEventView {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field({ description: 'FILE（登记）、流转操作，或 NO_MUTUAL_CHOICE 等记录' })
  action!: string;

  @Field(() => CaseStatus, { nullable: true })
  fromStatus?: CaseStatus | null;

  @Field(() => CaseStatus)
  toStatus!: CaseStatus;

  @Field({ description: '操作者身份：APPLICANT、RESPONDENT、COMMITTEE、ASSIGNED_MEDIATOR、SYSTEM 或登记渠道' })
  actorRole!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => EventAudience, { description: '谁能看到这条记录' })
  audience!: EventAudience;
}

@ObjectType('MediationCase', { description: '人民调解案件' })
export class CaseView {
  @Field(() => ID)
  id!: number;

  @Field({ description: '案号，如（2026）黄羊镇调字第0007号' })
  number!: string;

  @Field(() => CaseStatus)
  status!: CaseStatus;

  @Field(() => CaseChannel)
  channel!: CaseChannel;

  @Field(() => String, { nullable: true })
  referralNumber?: string | null;

  @Field()
  facts!: string;

  @Field()
  claims!: string;

  @Field(() => String, { nullable: true, description: '涉及金额（元）' })
  amountInvolved?: string | null;

  @Field(() => Int)
  peopleInvolved!: number;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => Float, { nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;

  @Field({ description: '简易案件（繁简分流）' })
  fastTrack!: boolean;

  @Field(() => Date, { nullable: true })
  acceptedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '办结期限' })
  dueAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '补录时间：按台账补录的往期案件才有' })
  backfilledAt?: Date | null;

  @Field(() => String, { nullable: true, description: '补录案件在台账上的案号' })
  ledgerNumber?: string | null;

  @Field(() => Date, { nullable: true, description: '受理期限：待受理的案件须在此前受理或转办，逾期自动移交上级调委会' })
  acceptanceDueAt?: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt?: Date | null;

  @Field(() => String, { nullable: true })
  closingNote?: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Int, { description: '版本号：执行流转操作时原样传回，防止覆盖他人的更新' })
  version!: number;
}

@ObjectType('CaseActionResult', { simpleResolvers: true })
export class CaseActionResultView {
  @Field(() => CaseView)
  case!: unknown;

  @Field(() => String, { nullable: true, description: '受理或重新发送邀请时生成的被申请人邀请码（承办调委会在被申请人答复前可随时从 invitation 再次查看）' })
  invitationCode!: string | null;
}

@ObjectType('CaseInvitationLink', { description: '被申请人的调解邀请：承办调委会在对方答复前随时可以查看、复制和再次发送', simpleResolvers: true })
export class CaseInvitationLinkView {
  /** The case, for the WeChat link (resolved only when asked). */
  caseId!: number;

  @Field({ description: '邀请码' })
  code!: string;

  @Field({ description: '小程序页面路径（分享卡片打开的页面），含邀请码' })
  path!: string;

  @Field(() => String, { nullable: true, description: '网页版邀请链接；服务器未设置公网地址（PUBLIC_URL）时为空' })
  h5Url!: string | null;
}

@ObjectType('CaseInvitation', { description: '被申请人打开邀请时看到的内容', simpleResolvers: true })
export class CaseInvitationView {
  @Field()
  number!: string;

  @Field()
  committeeName!: string;

  @Field()
  disputeTypeLabel!: string;

  @Field(() => [String])
  applicantNames!: string[];

  @Field({ description: '人民调解遵循自愿原则：可以同意，也可以拒绝并选择诉讼、仲裁、行政等其他途径' })
  guidance!: string;

  @Field(() => String, { nullable: true, description: '申请人的请求事项：被申请人登录并核实身份后可见，先读后答复；未登录或身份未核实时为空' })
  claims!: string | null;

  @Field(() => String, { nullable: true, description: '当前登录的人为什么还不能以被申请人身份答复（如须先绑定申请时所填的手机号）；可以答复或未登录时为空' })
  identityProblem!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class CaseConnection extends Connection(CaseView) {}

@ObjectType('CaseMenuEntry', { description: '本案可选的一位调解员（点单式菜单中的一项）' })
export class CaseMenuEntryView {
  @Field(() => MediatorView)
  mediator!: MediatorView;

  @Field({ description: '来自：本调委会、上级调委会或县级调委会和专家库' })
  tierLabel!: string;

  @Field({ description: '经由哪个调委会提供，如“黄羊镇人民调解委员会”；专家库为“专家库”' })
  offeredBy!: string;

  @Field({ description: '擅长领域是否与本案纠纷类型相符' })
  fitsDisputeType!: boolean;

  @Field({ description: '是否会说当事人选择的语言或方言' })
  speaksPartyLanguage!: boolean;

  @Field(() => Int, { description: '正在办理的案件数' })
  openCases!: number;
}

@ObjectType('CaseMediatorMenu', { description: '本案的调解员菜单：先本调委会，不足时逐级向上扩展，从不扩展到其他村' })
export class CaseMediatorMenuView {
  @Field({ description: '菜单说明，如“从黄羊村人民调解委员会及其上级调委会的调解员中…”' })
  note!: string;

  @Field(() => Int, { description: '擅长领域相符的调解员人数' })
  fittingCount!: number;

  @Field(() => [CaseMenuEntryView], { description: '按匹配程度排序：擅长领域相符、就近、等级、评价、当前办案量' })
  entries!: CaseMenuEntryView[];
}

@ObjectType('CaseNextStep', { description: '办结后的下一步：其他解决途径，或司法确认与履行' })
export class CaseNextStepView {
  @Field({ description: '如“申请司法确认”“向人民法院起诉”' })
  title!: string;

  @Field()
  detail!: string;

  @Field(() => String, { nullable: true, description: '找谁办：名称、地址、电话' })
  contact!: string | null;
}

@ObjectType('MediatorRequest', { description: '当事人指名的调解员及调委会的答复；只有指名的当事人和工作人员看得到' })
export class MediatorRequestView {
  @Field(() => ID)
  id!: number;

  @Field(() => MediatorView)
  mediator!: MediatorView;

  @Field(() => PartyRole, { description: '指名的一方' })
  requestedBy!: PartyRole;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => MediatorRequestStatus)
  status!: MediatorRequestStatus;

  @Field({ description: '办理结果，如“待调委会答复”' })
  statusLabel!: string;

  @Field(() => String, { nullable: true, description: '调委会的答复（不能安排时的原因）' })
  answer!: string | null;

  @Field()
  createdAt!: Date;
}
