/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

export type AddMembershipInput = {
  committeeId: Scalars['ID']['input'];
  mediatorId: Scalars['ID']['input'];
  role?: MembershipRole;
};

/** 调解协议 */
export type Agreement = {
  __typename?: 'Agreement';
  /** 历次确认：谁、确认哪一稿、何时、所见文本的摘要值 */
  confirmations: Array<AgreementConfirmation>;
  /** 已确认本稿的当事人 */
  confirmedBy: Array<Scalars['String']['output']>;
  /** 本稿文本的 SHA-256：确认时连同协议编号一并提交，文本有变即不能确认 */
  contentHash: Scalars['String']['output'];
  /** 历次草稿（含现行稿），存入卷宗 */
  drafts: Array<AgreementDraft>;
  /** 纠纷事实、争议事项及各方责任（口头协议：协议内容记录） */
  factsAndResponsibilities: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  judicialAppliedOn?: Maybe<Scalars['String']['output']>;
  judicialCourt?: Maybe<Scalars['String']['output']>;
  /** 申请司法确认的截止日期（协议生效之日起 30 日） */
  judicialDeadline?: Maybe<Scalars['String']['output']>;
  /** 裁定书文号或驳回理由 */
  judicialReference?: Maybe<Scalars['String']['output']>;
  judicialResult?: Maybe<JudicialResult>;
  kind: AgreementKind;
  /** 调委会盖章（协议生效）时间 */
  sealedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 调解员签名时间 */
  signedByMediatorAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 协议现在的状态（各页面同一说法） */
  status: AgreementStatus;
  terms: Array<AgreementTerm>;
  /** 第几稿：重新起草后加一，此前的确认作废 */
  version: Scalars['Int']['output'];
};

/** 当事人对某一稿协议的确认：确认了哪一稿、何时、所见文本的摘要值 */
export type AgreementConfirmation = {
  __typename?: 'AgreementConfirmation';
  confirmedAt: Scalars['DateTimeISO']['output'];
  /** 所确认文本的 SHA-256 */
  contentHash?: Maybe<Scalars['String']['output']>;
  /** 是否为现行稿的确认（重新起草后，此前的确认不再有效） */
  current: Scalars['Boolean']['output'];
  partyName: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** 协议的历次草稿（存入卷宗） */
export type AgreementDraft = {
  __typename?: 'AgreementDraft';
  contentHash: Scalars['String']['output'];
  draftedAt: Scalars['DateTimeISO']['output'];
  factsAndResponsibilities: Scalars['String']['output'];
  kind: AgreementKind;
  terms: Array<AgreementDraftTerm>;
  version: Scalars['Int']['output'];
};

export type AgreementDraftTerm = {
  __typename?: 'AgreementDraftTerm';
  content: Scalars['String']['output'];
  method: Scalars['String']['output'];
  performBy: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
};

/** 调解协议草稿（书面协议须列明条款；口头协议记录协议内容） */
export type AgreementInput = {
  /** 书面：纠纷事实、争议事项及各方责任；口头：协议内容记录 */
  factsAndResponsibilities: Scalars['String']['input'];
  kind: AgreementKind;
  terms?: Array<AgreementTermInput>;
};

/** 调解协议形式 */
export type AgreementKind =
  /** 口头调解协议 */
  | 'ORAL'
  /** 书面调解协议 */
  | 'WRITTEN';

/** 调解协议状态 */
export type AgreementState =
  /** 待当事人确认 */
  | 'AWAITING_CONFIRMATION'
  /** 各方已确认，待调解员签字、调委会盖章后生效 */
  | 'AWAITING_SEAL'
  /** 已生效 */
  | 'EFFECTIVE'
  /** 口头协议已记录，调解成功办结时生效 */
  | 'ORAL_RECORDED';

/** 调解协议现在的状态及其说明（各页面、打印件用同一说法） */
export type AgreementStatus = {
  __typename?: 'AgreementStatus';
  /** 尚未确认本稿的当事人 */
  awaitingConfirmationFrom: Array<Scalars['String']['output']>;
  /** 给人看的说明 */
  label: Scalars['String']['output'];
  state: AgreementState;
};

/** 调解协议条款 */
export type AgreementTerm = {
  __typename?: 'AgreementTerm';
  content: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 履行方式 */
  method: Scalars['String']['output'];
  /** 履行期限 */
  performBy: Scalars['String']['output'];
  performance: TermPerformance;
  performanceNote?: Maybe<Scalars['String']['output']>;
  seq: Scalars['Int']['output'];
};

/** 协议条款：内容、履行方式、履行期限 */
export type AgreementTermInput = {
  content: Scalars['String']['input'];
  method: Scalars['String']['input'];
  /** 履行期限，YYYY-MM-DD */
  performBy: Scalars['String']['input'];
};

/** 下一级区划（如各乡镇、各村）的同期统计，并列比较 */
export type AreaStatistics = {
  __typename?: 'AreaStatistics';
  /** 受理数 */
  accepted: Scalars['Int']['output'];
  /** 调解成功案件的涉及金额合计（元） */
  amountInvolved: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** 超期案件数 */
  overdue: Scalars['Int']['output'];
  regionCode: Scalars['String']['output'];
  /** 调解成功率；无受理时为空 */
  successRate?: Maybe<Scalars['Float']['output']>;
  /** 调解成功数 */
  successful: Scalars['Int']['output'];
};

/** 登录凭证 */
export type AuthSession = {
  __typename?: 'AuthSession';
  /** 访问令牌，放在 Authorization: Bearer 头中 */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTimeISO']['output'];
  me: Me;
  /** 刷新令牌，只能使用一次 */
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTimeISO']['output'];
};

/** 案件流转操作 */
export type CaseAction =
  /** 受理 */
  | 'ACCEPT'
  /** 调委会指派调解员 */
  | 'ASSIGN_MEDIATOR'
  /** 被申请人同意调解 */
  | 'CONSENT'
  /** 上报上级调委会 */
  | 'ESCALATE'
  /** 调解员接受 */
  | 'MEDIATOR_ACCEPT'
  /** 调解员回避或谢绝 */
  | 'MEDIATOR_DECLINE'
  /** 双方共同选定调解员 */
  | 'MUTUAL_CHOICE'
  /** 调解不成 */
  | 'RECORD_FAILURE'
  /** 调解成功 */
  | 'RECORD_SUCCESS'
  /** 被申请人不同意调解 */
  | 'REFUSE'
  /** 当事人申请更换调解员 */
  | 'REQUEST_REPLACEMENT'
  /** 转办 */
  | 'TRANSFER'
  /** 申请人撤回 */
  | 'WITHDRAW';

/** 流转操作的附加信息 */
export type CaseActionInput = {
  /** 转办的目标调委会 */
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  /** 受理时标记为简易案件（繁简分流、速调快处） */
  fastTrack?: InputMaybe<Scalars['Boolean']['input']>;
  /** 指派的调解员 */
  mediatorId?: InputMaybe<Scalars['ID']['input']>;
  /** 原因或说明；拒绝、回避、更换、撤回、调解不成时必填 */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type CaseActionResult = {
  __typename?: 'CaseActionResult';
  case: MediationCase;
  /** 受理或重新发送邀请时生成的被申请人邀请码（承办调委会在被申请人答复前可随时从 invitation 再次查看） */
  invitationCode?: Maybe<Scalars['String']['output']>;
};

/** 积压情况：待受理（其中超过受理期限的）、待选定调解员、调解中、超过办结期限 */
export type CaseBacklog = {
  __typename?: 'CaseBacklog';
  /** 其中超过受理期限 */
  acceptanceOverdue: Scalars['Int']['output'];
  /** 已受理、待选定调解员 */
  arranging: Scalars['Int']['output'];
  /** 待受理 */
  awaitingAcceptance: Scalars['Int']['output'];
  /** 调解中 */
  inMediation: Scalars['Int']['output'];
  /** 超过办结期限未办结 */
  overdue: Scalars['Int']['output'];
};

/** 案件来源 */
export type CaseChannel =
  /** 法院委派委托 */
  | 'COURT_REFERRAL'
  /** 网格员上报 */
  | 'GRID_REPORT'
  /** 主动调解 */
  | 'OWN_INITIATIVE'
  /** 信访转交 */
  | 'PETITION_REFERRAL'
  /** 公安移送 */
  | 'POLICE_REFERRAL'
  /** 检察院移送 */
  | 'PROCURATORATE_REFERRAL'
  /** 群众线上申请 */
  | 'RESIDENT_ONLINE'
  /** 来访登记 */
  | 'WALK_IN';

export type CaseConnection = {
  __typename?: 'CaseConnection';
  nodes: Array<MediationCase>;
  pageInfo: PageInfo;
  /** 符合条件的总数 */
  totalCount: Scalars['Int']['output'];
};

/** 案件流转记录（时间线） */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  /** FILE（登记）、流转操作，或 NO_MUTUAL_CHOICE 等记录 */
  action: Scalars['String']['output'];
  /** 操作者身份：APPLICANT、RESPONDENT、COMMITTEE、ASSIGNED_MEDIATOR、SYSTEM 或登记渠道 */
  actorRole: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  /** 谁能看到这条记录 */
  audience: EventAudience;
  fromStatus?: Maybe<CaseStatus>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  toStatus: CaseStatus;
};

/** 证据材料 */
export type CaseEvidence = {
  __typename?: 'CaseEvidence';
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 内容的 SHA-256 */
  sha256: Scalars['String']['output'];
  /** 字节数 */
  size: Scalars['Int']['output'];
  /** 下载地址（需登录） */
  url: Scalars['String']['output'];
};

/** 卷宗完整性 */
export type CaseFileCompleteness = {
  __typename?: 'CaseFileCompleteness';
  complete: Scalars['Boolean']['output'];
  items: Array<CaseFileItem>;
};

export type CaseFileItem = {
  __typename?: 'CaseFileItem';
  item: Scalars['String']['output'];
  label: Scalars['String']['output'];
  present: Scalars['Boolean']['output'];
};

/** 纠纷申请（群众线上申请或工作人员登记） */
export type CaseInput = {
  /** 涉及金额（元） */
  amountInvolved?: InputMaybe<Scalars['String']['input']>;
  /** 申请人（群众自己申请时可不填，默认本人） */
  applicants?: Array<PartyInput>;
  /** 请求事项 */
  claims: Scalars['String']['input'];
  /** 指定受理的调委会；不填则按区划和纠纷类型推荐 */
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  disputeType: Scalars['String']['input'];
  /** 事实经过 */
  facts: Scalars['String']['input'];
  /** 防止重复提交：同一次提交使用同一个值（如 UUID） */
  idempotencyKey: Scalars['String']['input'];
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** 涉及人数 */
  peopleInvolved?: Scalars['Int']['input'];
  place?: InputMaybe<Scalars['String']['input']>;
  /** 纠纷发生地的行政区划代码 */
  regionCode: Scalars['String']['input'];
  /** 被申请人 */
  respondents: Array<PartyInput>;
};

/** 被申请人打开邀请时看到的内容 */
export type CaseInvitation = {
  __typename?: 'CaseInvitation';
  applicantNames: Array<Scalars['String']['output']>;
  /** 申请人的请求事项：被申请人登录并核实身份后可见，先读后答复；未登录或身份未核实时为空 */
  claims?: Maybe<Scalars['String']['output']>;
  committeeName: Scalars['String']['output'];
  disputeTypeLabel: Scalars['String']['output'];
  /** 人民调解遵循自愿原则：可以同意，也可以拒绝并选择诉讼、仲裁、行政等其他途径 */
  guidance: Scalars['String']['output'];
  /** 当前登录的人为什么还不能以被申请人身份答复（如须先绑定申请时所填的手机号）；可以答复或未登录时为空 */
  identityProblem?: Maybe<Scalars['String']['output']>;
  number: Scalars['String']['output'];
};

/** 被申请人的调解邀请：承办调委会在对方答复前随时可以查看、复制和再次发送 */
export type CaseInvitationLink = {
  __typename?: 'CaseInvitationLink';
  /** 邀请码 */
  code: Scalars['String']['output'];
  /** 网页版邀请链接；服务器未设置公网地址（PUBLIC_URL）时为空 */
  h5Url?: Maybe<Scalars['String']['output']>;
  /** 小程序页面路径（分享卡片打开的页面），含邀请码 */
  path: Scalars['String']['output'];
  /** 微信链接（wxaurl.cn）：在短信、浏览器中打开即进入小程序的邀请页，有效 30 天；微信暂时无法生成时为空（分享卡片和网页版链接仍可用） */
  weChatUrlLink?: Maybe<Scalars['String']['output']>;
};

/** 本案的调解员菜单：先本调委会，不足时逐级向上扩展，从不扩展到其他村 */
export type CaseMediatorMenu = {
  __typename?: 'CaseMediatorMenu';
  /** 按匹配程度排序：擅长领域相符、就近、等级、评价、当前办案量 */
  entries: Array<CaseMenuEntry>;
  /** 擅长领域相符的调解员人数 */
  fittingCount: Scalars['Int']['output'];
  /** 菜单说明，如“从黄羊村人民调解委员会及其上级调委会的调解员中…” */
  note: Scalars['String']['output'];
};

/** 本案可选的一位调解员（点单式菜单中的一项） */
export type CaseMenuEntry = {
  __typename?: 'CaseMenuEntry';
  /** 擅长领域是否与本案纠纷类型相符 */
  fitsDisputeType: Scalars['Boolean']['output'];
  mediator: Mediator;
  /** 经由哪个调委会提供，如“黄羊镇人民调解委员会”；专家库为“专家库” */
  offeredBy: Scalars['String']['output'];
  /** 正在办理的案件数 */
  openCases: Scalars['Int']['output'];
  /** 是否会说当事人选择的语言或方言 */
  speaksPartyLanguage: Scalars['Boolean']['output'];
  /** 来自：本调委会、上级调委会或县级调委会和专家库 */
  tierLabel: Scalars['String']['output'];
};

/** 办结后的下一步：其他解决途径，或司法确认与履行 */
export type CaseNextStep = {
  __typename?: 'CaseNextStep';
  /** 找谁办：名称、地址、电话 */
  contact?: Maybe<Scalars['String']['output']>;
  detail: Scalars['String']['output'];
  /** 如“申请司法确认”“向人民法院起诉” */
  title: Scalars['String']['output'];
};

/** 辖区案件筛选：一个调委会（可含下级调委会）或一个行政区划（含下级），二选一 */
export type CaseOversightFilter = {
  /** 调委会 */
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  /** 纠纷类型代码 */
  disputeType?: InputMaybe<Scalars['String']['input']>;
  /** 承办调委会（在范围内再筛选） */
  handlingCommitteeId?: InputMaybe<Scalars['ID']['input']>;
  /** 含下级调委会的案件（乡镇调委会看所辖村居） */
  includeSubordinates?: Scalars['Boolean']['input'];
  /** 只看超期：超过受理期限未受理，或超过办结期限未办结 */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** 行政区划代码（司法所、司法局） */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** 案件状态，可多选 */
  statuses?: InputMaybe<Array<CaseStatus>>;
};

/** 当事人；联系方式只对工作人员和本人脱敏显示 */
export type CaseParty = {
  __typename?: 'CaseParty';
  agentName?: Maybe<Scalars['String']['output']>;
  hasPowerOfAttorney: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** 是否是当前用户本人 */
  isMe: Scalars['Boolean']['output'];
  kind: PartyKind;
  /** 习惯使用的语言或方言 */
  language?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** 脱敏电话；另一方当事人看不到 */
  phone?: Maybe<Scalars['String']['output']>;
  role: PartyRole;
  /** 当事人自己对纠纷的陈述（被申请人的说法）；每一版都记在时间线上 */
  statement?: Maybe<Scalars['String']['output']>;
  statementAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** 当事人评价 */
export type CaseRating = {
  __typename?: 'CaseRating';
  comment?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  mediatorScore: Scalars['Int']['output'];
  outcomeScore: Scalars['Int']['output'];
  /** 评价人身份 */
  partyRole: PartyRole;
  tags: Array<Scalars['String']['output']>;
};

/** 线上调解室：调解员可与双方面对面、与每一方背对背沟通；背对背的内容另一方看不到 */
export type CaseRoom = {
  __typename?: 'CaseRoom';
  /** 当前用户能否管理调解室：关闭对话、暂停发言、存入卷宗（本案调解员，调解中） */
  canModerate: Scalars['Boolean']['output'];
  /** 当前用户能否提出调解方案（本案调解员，调解中） */
  canPropose: Scalars['Boolean']['output'];
  /** 当前用户能否在调解室发言（调解中的当事人和调解员；调委会工作人员只能查阅） */
  canWrite: Scalars['Boolean']['output'];
  caseId: Scalars['ID']['output'];
  /** 调解室管理记录，先发生的在前；只有调解员和调委会工作人员能看到 */
  moderationLog: Array<RoomModerationEntry>;
  /** 当前用户（当事人）自己正在暂停发言的情况；没有则为空 */
  myPause?: Maybe<RoomPause>;
  /** 正在暂停发言的当事人：调解员和调委会看全部，当事人只看到自己的 */
  pauses: Array<RoomPause>;
  /** 当前用户能看到的对话：当事人只看到面对面和自己的背对背 */
  threads: Array<RoomThread>;
};

/** 案件状态 */
export type CaseStatus =
  /** 待被申请人同意调解 */
  | 'AWAITING_CONSENT'
  /** 待调解员接受 */
  | 'AWAITING_MEDIATOR'
  /** 选择调解员 */
  | 'CHOOSING_MEDIATOR'
  /** 调解不成 */
  | 'FAILED'
  /** 调解中 */
  | 'IN_MEDIATION'
  /** 待受理 */
  | 'PENDING_ACCEPTANCE'
  /** 被申请人不同意调解 */
  | 'REFUSED'
  /** 调解成功 */
  | 'SUCCEEDED'
  /** 已撤回 */
  | 'WITHDRAWN';

/** 人民调解委员会（含派驻调解室、个人调解工作室等） */
export type Committee = {
  __typename?: 'Committee';
  /** 受理期限（自申请起的天数）；逾期未受理的案件自动移交上级调委会 */
  acceptanceDeadlineDays: Scalars['Int']['output'];
  /** 是否在用（停用的调委会不出现在列表中） */
  active: Scalars['Boolean']['output'];
  address: Scalars['String']['output'];
  /** 案件办结期限（自受理起的天数） */
  caseDeadlineDays: Scalars['Int']['output'];
  /** 受理的纠纷类型；为空表示不限 */
  disputeTypes: Array<DisputeType>;
  /** 派驻单位类型（仅派驻调解室） */
  hostInstitution?: Maybe<HostInstitution>;
  /** 派驻单位名称（仅派驻调解室） */
  hostName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 简介 */
  introduction?: Maybe<Scalars['String']['output']>;
  kind: CommitteeKind;
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  /** 在任调解员人数 */
  memberCount: Scalars['Int']['output'];
  /** 在任调解员（主任在前，再按等级） */
  members: Array<Membership>;
  name: Scalars['String']['output'];
  /** 上级调委会 */
  parent?: Maybe<Committee>;
  /** 上级调委会编号 */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** 办公电话 */
  phone: Scalars['String']['output'];
  region: Region;
  /** 所在行政区划代码 */
  regionCode: Scalars['String']['output'];
  /** 服务时间，如“周一至周五 8:30-12:00，14:30-18:00” */
  serviceHours: Scalars['String']['output'];
};


/** 人民调解委员会（含派驻调解室、个人调解工作室等） */
export type CommitteeMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CommitteeConnection = {
  __typename?: 'CommitteeConnection';
  nodes: Array<Committee>;
  pageInfo: PageInfo;
  /** 符合条件的总数 */
  totalCount: Scalars['Int']['output'];
};

/** 调委会列表筛选 */
export type CommitteeFilter = {
  /** 受理该纠纷类型的调委会（含不限类型的） */
  disputeType?: InputMaybe<Scalars['String']['input']>;
  /** 包括已停用的 */
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<CommitteeKind>>;
  /** 行政区划代码，含其全部下级 */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** 按名称搜索 */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** 调委会类型 */
export type CommitteeKind =
  /** 社区人民调解委员会 */
  | 'COMMUNITY'
  /** 县级人民调解工作指导委员会 */
  | 'COUNTY_GUIDANCE'
  /** 派驻调解室 */
  | 'DISPATCHED_ROOM'
  /** 企业人民调解委员会 */
  | 'ENTERPRISE'
  /** 行业性专业性人民调解委员会 */
  | 'INDUSTRY'
  /** 市场人民调解委员会 */
  | 'MARKET'
  /** 矛盾纠纷联调中心 */
  | 'ONE_STOP_CENTER'
  /** 园区人民调解委员会 */
  | 'PARK'
  /** 个人调解工作室 */
  | 'PERSONAL_STUDIO'
  /** 街道人民调解委员会 */
  | 'STREET'
  /** 乡镇人民调解委员会 */
  | 'TOWNSHIP'
  /** 村人民调解委员会 */
  | 'VILLAGE';

/** 联系方式 */
export type ContactChannel =
  /** 书面 */
  | 'LETTER'
  /** 电话 */
  | 'PHONE'
  /** 走访 */
  | 'VISIT'
  /** 微信 */
  | 'WECHAT';

export type CreateCommitteeInput = {
  address: Scalars['String']['input'];
  /** 受理的纠纷类型代码；行业性专业性调委会必填 */
  disputeTypeCodes?: Array<Scalars['String']['input']>;
  hostInstitution?: InputMaybe<HostInstitution>;
  hostName?: InputMaybe<Scalars['String']['input']>;
  /** 防止重复提交：同一次提交使用同一个值（如 UUID），重复的请求得到第一次的结果 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  introduction?: InputMaybe<Scalars['String']['input']>;
  kind: CommitteeKind;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  phone: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
  serviceHours?: Scalars['String']['input'];
};

export type CreateMediatorInput = {
  background: MediatorBackground;
  backgroundNote?: InputMaybe<Scalars['String']['input']>;
  bio?: InputMaybe<Scalars['String']['input']>;
  certificateNo?: InputMaybe<Scalars['String']['input']>;
  /** 公开的工作电话 */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  employment: Employment;
  ethnicity?: Scalars['String']['input'];
  /** 1（一级）至 4（四级） */
  grade: Scalars['Int']['input'];
  /** 防止重复提交：同一次提交使用同一个值（如 UUID），重复的请求得到第一次的结果 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  inExpertPool?: Scalars['Boolean']['input'];
  languages?: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  photoUrl?: InputMaybe<Scalars['String']['input']>;
  sex: Sex;
  /** 擅长的纠纷类型代码 */
  specialtyCodes?: Array<Scalars['String']['input']>;
};

/** 办理期限状态 */
export type DeadlineState =
  /** 即将到期 */
  | 'DUE_SOON'
  /** 期限内 */
  | 'ON_TIME'
  /** 已超期 */
  | 'OVERDUE';

/** 案件难易程度 */
export type Difficulty =
  /** 疑难 */
  | 'DIFFICULT'
  /** 重大 */
  | 'MAJOR'
  /** 一般 */
  | 'ORDINARY';

/** 纠纷类型 */
export type DisputeType = {
  __typename?: 'DisputeType';
  /** 代码，如 MARRIAGE_FAMILY */
  code: Scalars['String']['output'];
  /** 名称，如 婚姻家庭 */
  label: Scalars['String']['output'];
};

/** 专职或兼职 */
export type Employment =
  /** 专职 */
  | 'FULL_TIME'
  /** 兼职 */
  | 'PART_TIME';

/** 时间线记录的可见范围 */
export type EventAudience =
  /** 填写的当事人本人和工作人员 */
  | 'AUTHOR_AND_STAFF'
  /** 双方当事人和工作人员 */
  | 'EVERYONE'
  /** 仅工作人员 */
  | 'STAFF';

/** 回访 */
export type FollowUp = {
  __typename?: 'FollowUp';
  channel?: Maybe<FollowUpChannel>;
  dueAt: Scalars['DateTimeISO']['output'];
  flaredUp?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  kind: FollowUpKind;
  note?: Maybe<Scalars['String']['output']>;
  performed?: Maybe<TermPerformance>;
  satisfaction?: Maybe<Scalars['Int']['output']>;
  status: FollowUpStatus;
  /** 对应的协议条款序号 */
  termSeq?: Maybe<Scalars['Int']['output']>;
};

/** 回访答复 */
export type FollowUpAnswerInput = {
  /** 当事人自己填写为 SELF；工作人员记录电话或上门回访 */
  channel: FollowUpChannel;
  /** 纠纷是否出现反复 */
  flaredUp: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** 协议履行情况（没有协议时不填） */
  performed?: InputMaybe<TermPerformance>;
  /** 满意度 1–5 */
  satisfaction: Scalars['Int']['input'];
};

/** 回访方式 */
export type FollowUpChannel =
  /** 当事人在小程序填写 */
  | 'SELF'
  /** 工作人员电话回访 */
  | 'STAFF_CALL'
  /** 工作人员上门回访 */
  | 'STAFF_VISIT';

/** 回访类型 */
export type FollowUpKind =
  /** 办结回访 */
  | 'AFTER_CLOSURE'
  /** 履行期限回访 */
  | 'AFTER_TERM_DUE';

/** 回访状态 */
export type FollowUpStatus =
  /** 已回访 */
  | 'ANSWERED'
  /** 待回访 */
  | 'PENDING';

/** 回访后需要调委会跟进的事项 */
export type FollowUpTask = {
  __typename?: 'FollowUpTask';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  resolution?: Maybe<Scalars['String']['output']>;
  status: FollowUpTaskStatus;
};

/** 回访后续任务状态 */
export type FollowUpTaskStatus =
  /** 已处理 */
  | 'DONE'
  /** 待处理 */
  | 'OPEN';

/** 网格员、信息员或网格调解员 */
export type GridOfficer = {
  __typename?: 'GridOfficer';
  id: Scalars['ID']['output'];
  mediator?: Maybe<Mediator>;
  /** 同时是登记调解员时的调解员编号 */
  mediatorId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  role: GridOfficerRole;
};

/** 网格人员职责 */
export type GridOfficerRole =
  /** 网格员 */
  | 'GRID_OFFICER'
  /** 信息员 */
  | 'INFORMATION_OFFICER'
  /** 调解员 */
  | 'MEDIATOR';

/** 网格（村民小组、小区、楼栋等） */
export type GridUnit = {
  __typename?: 'GridUnit';
  committee: Committee;
  /** 上报纠纷的调委会编号 */
  committeeId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: GridUnitKind;
  name: Scalars['String']['output'];
  /** 网格人员 */
  officers: Array<GridOfficer>;
  region: Region;
  regionCode: Scalars['String']['output'];
};

export type GridUnitConnection = {
  __typename?: 'GridUnitConnection';
  nodes: Array<GridUnit>;
  pageInfo: PageInfo;
  /** 符合条件的总数 */
  totalCount: Scalars['Int']['output'];
};

/** 网格类型 */
export type GridUnitKind =
  /** 楼栋 */
  | 'BUILDING'
  /** 小区 */
  | 'ESTATE'
  /** 市场 */
  | 'MARKET'
  /** 其他 */
  | 'OTHER'
  /** 村民小组 */
  | 'VILLAGE_GROUP';

/** 派驻单位 */
export type HostInstitution =
  /** 人民法院 */
  | 'COURT'
  /** 信访局 */
  | 'PETITION_BUREAU'
  /** 派出所 */
  | 'POLICE_STATION'
  /** 人民检察院 */
  | 'PROCURATORATE';

/** 被申请人调解邀请的状态 */
export type InvitationState =
  /** 邀请已发出，等待被申请人答复 */
  | 'SENT'
  /** 邀请已发出（系统升级前发出，无法再次查看，需要再次发送时请重新生成） */
  | 'SENT_NOT_KEPT'
  /** 邀请已撤回 */
  | 'WITHDRAWN';

export type JudicialApplicationInput = {
  /** 申请日期，YYYY-MM-DD */
  appliedOn: Scalars['String']['input'];
  /** 受理司法确认申请的人民法院 */
  court: Scalars['String']['input'];
};

/** 司法确认结果 */
export type JudicialResult =
  /** 裁定确认有效 */
  | 'CONFIRMED'
  /** 裁定驳回申请 */
  | 'REJECTED';

/** 语言类别 */
export type LanguageKind =
  /** 通用语言 */
  | 'COMMON'
  /** 方言 */
  | 'DIALECT'
  /** 少数民族语言 */
  | 'MINORITY'
  /** 其他 */
  | 'OTHER';

/** 当前登录的用户；个人信息一律脱敏显示 */
export type Me = {
  __typename?: 'Me';
  /** 已同意的隐私保护指引版本 */
  acceptedPrivacyPolicyVersion?: Maybe<Scalars['String']['output']>;
  /** 当前隐私保护指引版本 */
  currentPrivacyPolicyVersion: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 脱敏身份证号，如 6201**********1234 */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** 是否需要（重新）同意隐私保护指引后才能提供个人信息 */
  needsPrivacyConsent: Scalars['Boolean']['output'];
  /** 脱敏手机号，如 138****5678 */
  phone?: Maybe<Scalars['String']['output']>;
  realName?: Maybe<Scalars['String']['output']>;
  staffRoles: Array<StaffRoleAssignment>;
};

/** 人民调解案件 */
export type MediationCase = {
  __typename?: 'MediationCase';
  /** 受理期限：待受理的案件须在此前受理或转办，逾期自动移交上级调委会 */
  acceptanceDueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 受理期限状态；只对待受理的案件有值（逾期未受理的案件自动移交上级调委会） */
  acceptanceState?: Maybe<DeadlineState>;
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 调解协议 */
  agreement?: Maybe<Agreement>;
  /** 当前用户此刻可以执行的流转操作 */
  allowedActions: Array<CaseAction>;
  /** 涉及金额（元） */
  amountInvolved?: Maybe<Scalars['String']['output']>;
  /** 补录时间：按台账补录的往期案件才有 */
  backfilledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 我能否对本案提出督办（上级调委会、司法行政机关，且案件未办结） */
  canSupervise: Scalars['Boolean']['output'];
  channel: CaseChannel;
  claims: Scalars['String']['output'];
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  closingNote?: Maybe<Scalars['String']['output']>;
  /** 承办调委会 */
  committee: Committee;
  createdAt: Scalars['DateTimeISO']['output'];
  /** 办理期限状态；未受理或已办结的案件为空 */
  deadlineState?: Maybe<DeadlineState>;
  disputeType: DisputeType;
  /** 办结期限 */
  dueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 证据材料；上传：POST /cases/{id}/evidence（multipart，字段 file） */
  evidence: Array<CaseEvidence>;
  facts: Scalars['String']['output'];
  /** 简易案件（繁简分流） */
  fastTrack: Scalars['Boolean']['output'];
  /** 卷宗完整性检查 */
  fileCompleteness: CaseFileCompleteness;
  /** 回访后需要跟进的事项（仅工作人员可见） */
  followUpTasks: Array<FollowUpTask>;
  /** 回访安排与结果；当事人只看到自己填写的答复内容 */
  followUps: Array<FollowUp>;
  id: Scalars['ID']['output'];
  /** 被申请人的调解邀请（等待被申请人答复期间，仅承办调委会、主管司法所和系统管理员）：随时查看、复制、再次发送，每次查看记入审计日志；其他情况为空 */
  invitation?: Maybe<CaseInvitationLink>;
  /** 被申请人调解邀请的状态（等待被申请人答复期间，仅对可以发送、撤回、重新生成邀请的承办调委会、主管司法所和系统管理员）；其他情况为空 */
  invitationState?: Maybe<InvitationState>;
  /** 参与联合调处的调委会 */
  jointCommittees: Array<Committee>;
  /** 参与联合调处的职能部门 */
  jointDepartments: Array<Scalars['String']['output']>;
  latitude?: Maybe<Scalars['Float']['output']>;
  /** 补录案件在台账上的案号 */
  ledgerNumber?: Maybe<Scalars['String']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  /** 承办调解员 */
  mediator?: Maybe<Mediator>;
  /** 本案可选的调解员（点单式）：承办调委会的调解员；擅长领域相符的不足 5 位时逐级加入上级调委会、县级调委会和专家库 */
  mediatorMenu: CaseMediatorMenu;
  /** 指名的调解员：工作人员看全部，当事人只看自己指名的 */
  mediatorRequests: Array<MediatorRequest>;
  /** 我（当事人）选择的调解员，按顺序；对方看不到 */
  myRanking: Array<Scalars['ID']['output']>;
  /** 办结后告诉当事人接下来怎么办；未办结时为空 */
  nextSteps: Array<CaseNextStep>;
  /** 案号，如（2026）黄羊镇调字第0007号 */
  number: Scalars['String']['output'];
  parties: Array<CaseParty>;
  peopleInvolved: Scalars['Int']['output'];
  place?: Maybe<Scalars['String']['output']>;
  /** 评价：工作人员看到全部，当事人只看到自己的 */
  ratings: Array<CaseRating>;
  referralNumber?: Maybe<Scalars['String']['output']>;
  /** 纠纷发生地区划代码 */
  regionCode: Scalars['String']['output'];
  /** 线上调解室中当前用户的未读消息数；没有调解室或不能进入时为空 */
  roomUnreadCount?: Maybe<Scalars['Int']['output']>;
  /** 调解会，按时间先后 */
  sessions: Array<MediationSession>;
  status: CaseStatus;
  /** 时间线，先发生的在前；当事人只看到给当事人看的记录（见 audience） */
  timeline: Array<CaseEvent>;
  /** 版本号：执行流转操作时原样传回，防止覆盖他人的更新 */
  version: Scalars['Int']['output'];
  /** 本案涉及的预警（只对工作人员；当事人看到的是空列表） */
  warnings: Array<Warning>;
};

/** 调解会及调解笔录 */
export type MediationSession = {
  __typename?: 'MediationSession';
  id: Scalars['ID']['output'];
  /** 线上视频调解的会议链接（如腾讯会议），当事人在案件页复制后打开 */
  meetingUrl?: Maybe<Scalars['String']['output']>;
  mode: SessionMode;
  participants: Array<Scalars['String']['output']>;
  place: Scalars['String']['output'];
  /** 调解笔录 */
  record?: Maybe<Scalars['String']['output']>;
  recordedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  scheduledAt: Scalars['DateTimeISO']['output'];
};

/** 人民调解员（点单式调解菜单中的一项） */
export type Mediator = {
  __typename?: 'Mediator';
  active: Scalars['Boolean']['output'];
  /** 职业背景 */
  background: MediatorBackground;
  /** 背景说明，如“原镇司法所所长” */
  backgroundNote?: Maybe<Scalars['String']['output']>;
  /** 个人简介 */
  bio?: Maybe<Scalars['String']['output']>;
  /** 调解员证书编号 */
  certificateNo?: Maybe<Scalars['String']['output']>;
  /** 已办结的调解案件数（调解成功或调解不成） */
  closedCases: Scalars['Int']['output'];
  /** 调解联系卡上的工作电话 */
  contactPhone?: Maybe<Scalars['String']['output']>;
  employment: Employment;
  /** 民族 */
  ethnicity: Scalars['String']['output'];
  /** 等级：1 为一级（最高）至 4 为四级 */
  grade: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** 是否入选专家库 */
  inExpertPool: Scalars['Boolean']['output'];
  /** 能使用的语言和方言 */
  languages: Array<Scalars['String']['output']>;
  /** 所在调委会及职务 */
  memberships: Array<Membership>;
  name: Scalars['String']['output'];
  /** 照片地址 */
  photoUrl?: Maybe<Scalars['String']['output']>;
  /** 群众评价：平滑后的平均分（1–5），没有评价时为空 */
  rating?: Maybe<Scalars['Float']['output']>;
  /** 评价次数 */
  ratingCount: Scalars['Int']['output'];
  sex: Sex;
  /** 擅长领域 */
  specialties: Array<DisputeType>;
  /** 其中调解成功的件数 */
  successfulCases: Scalars['Int']['output'];
};

/** 调解员半年考核 */
export type MediatorAssessment = {
  __typename?: 'MediatorAssessment';
  /** 得分构成 */
  breakdown: Array<Scalars['String']['output']>;
  cases: Scalars['Int']['output'];
  /** 已办结案件数 */
  closed: Scalars['Int']['output'];
  /** 卷宗完整的已办结案件数 */
  completeFiles: Scalars['Int']['output'];
  mediatorId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  overdue: Scalars['Int']['output'];
  /** 已标记清退的理由 */
  removalReason?: Maybe<Scalars['String']['output']>;
  /** 当事人对调解员的平均评分（1–5） */
  satisfaction?: Maybe<Scalars['Float']['output']>;
  /** 综合得分（0–100） */
  score: Scalars['Float']['output'];
  successRate?: Maybe<Scalars['Float']['output']>;
  successful: Scalars['Int']['output'];
};

/** 职业背景 */
export type MediatorBackground =
  /** 医生 */
  | 'DOCTOR'
  /** 律师 */
  | 'LAWYER'
  /** 基层法律服务工作者 */
  | 'LEGAL_WORKER'
  /** 外出务工人员 */
  | 'MIGRANT_WORKER'
  /** 其他 */
  | 'OTHER'
  /** 乡贤 */
  | 'RESPECTED_ELDER'
  /** 退休干部 */
  | 'RETIRED_CADRE'
  /** 返乡大学生 */
  | 'RETURNING_GRADUATE'
  /** 教师 */
  | 'TEACHER'
  /** 退役军人 */
  | 'VETERAN'
  /** 村（社区）干部 */
  | 'VILLAGE_CADRE';

export type MediatorConnection = {
  __typename?: 'MediatorConnection';
  nodes: Array<Mediator>;
  pageInfo: PageInfo;
  /** 符合条件的总数 */
  totalCount: Scalars['Int']['output'];
};

/** 调解员菜单筛选 */
export type MediatorFilter = {
  /** 所在调委会 */
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  employment?: InputMaybe<Employment>;
  /** 等级（1–4），可多选 */
  grades?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 只看专家库成员 */
  inExpertPool?: InputMaybe<Scalars['Boolean']['input']>;
  /** 语言或方言，如 维吾尔语、凉州话；汉语即普通话（见 mediatorLanguages） */
  language?: InputMaybe<Scalars['String']['input']>;
  /** 行政区划代码，含其全部下级 */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** 搜索姓名、擅长领域、语言、背景、简介 */
  search?: InputMaybe<Scalars['String']['input']>;
  /** 擅长的纠纷类型代码 */
  specialty?: InputMaybe<Scalars['String']['input']>;
};

/** 调解员菜单可筛选的语言（普通话、方言、少数民族语言） */
export type MediatorLanguage = {
  __typename?: 'MediatorLanguage';
  /** 同一语言的其他叫法，如普通话的“汉语” */
  aliases: Array<Scalars['String']['output']>;
  kind: LanguageKind;
  /** 类别名称，如“方言” */
  kindLabel: Scalars['String']['output'];
  /** 名称，如“普通话”“凉州话”“维吾尔语” */
  label: Scalars['String']['output'];
  /** 会说这种语言的在任调解员人数 */
  mediatorCount: Scalars['Int']['output'];
};

/** 当事人指名的调解员及调委会的答复；只有指名的当事人和工作人员看得到 */
export type MediatorRequest = {
  __typename?: 'MediatorRequest';
  /** 调委会的答复（不能安排时的原因） */
  answer?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  mediator: Mediator;
  reason?: Maybe<Scalars['String']['output']>;
  /** 指名的一方 */
  requestedBy: PartyRole;
  status: MediatorRequestStatus;
  /** 办理结果，如“待调委会答复” */
  statusLabel: Scalars['String']['output'];
};

/** 指名调解员的办理结果 */
export type MediatorRequestStatus =
  /** 已安排 */
  | 'ARRANGED'
  /** 未能安排 */
  | 'DECLINED'
  /** 待调委会答复 */
  | 'PENDING';

/** 调解员菜单排序 */
export type MediatorSortOrder =
  /** 按等级，一级在前 */
  | 'GRADE'
  /** 按群众评价（平滑后的平均分），高分在前 */
  | 'RATING'
  /** 综合：有搜索词时按匹配程度，再按等级 */
  | 'RELEVANCE';

export type MediatorStatistics = {
  __typename?: 'MediatorStatistics';
  cases: Scalars['Int']['output'];
  mediatorId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  successRate?: Maybe<Scalars['Float']['output']>;
  successful: Scalars['Int']['output'];
};

export type MediatorSubsidy = {
  __typename?: 'MediatorSubsidy';
  /** 元 */
  amount: Scalars['Int']['output'];
  cases: Scalars['Int']['output'];
  mediatorId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** 调解员在调委会中的任职 */
export type Membership = {
  __typename?: 'Membership';
  committee: Committee;
  id: Scalars['ID']['output'];
  mediator: Mediator;
  role: MembershipRole;
};

/** 在调委会中的职务 */
export type MembershipRole =
  /** 副主任 */
  | 'DEPUTY_DIRECTOR'
  /** 主任 */
  | 'DIRECTOR'
  /** 调解员 */
  | 'MEDIATOR'
  /** 委员 */
  | 'MEMBER';

export type MonthlyStatistics = {
  __typename?: 'MonthlyStatistics';
  accepted: Scalars['Int']['output'];
  /** YYYY-MM（北京时间） */
  month: Scalars['String']['output'];
  successful: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 同意隐私保护指引（须为当前版本） */
  acceptPrivacyPolicy: Me;
  /** 签收预警 */
  acknowledgeWarning: Warning;
  /** 聘任调解员到调委会 */
  addMembership: Membership;
  /** 回访答复：当事人在小程序填写，或工作人员记录电话、上门回访 */
  answerFollowUp: FollowUp;
  /** 调委会答复当事人的指名：安排（即指派该调解员），或说明不能安排的原因 */
  answerMediatorRequest: MediationCase;
  /** 当事人答复调解方案：接受，或不接受并说明原因、提出自己的意见；以最后一次答复为准 */
  answerProposal: RoomProposal;
  /** 申请司法确认（协议生效之日起 30 日内） */
  applyForJudicialConfirmation: Agreement;
  /** 绑定手机号：传入 getPhoneNumber 按钮返回的 code；须先同意隐私保护指引 */
  bindPhoneNumber: Me;
  /** 当事人在微信中确认书面调解协议 */
  confirmAgreement: Agreement;
  /** 新建调委会（司法行政机关，本辖区内） */
  createCommittee: Committee;
  /** 登记调解员 */
  createMediator: Mediator;
  /** 创建工作人员邀请码（只能邀请到自己管辖范围内） */
  createStaffInvitation: StaffInvitation;
  /** 开发环境登录（演示数据、H5 调试用），生产环境不可用 */
  devLogin: AuthSession;
  /** 起草调解协议（承办调解员）；重新起草后须各方重新确认 */
  draftAgreement: Agreement;
  /** 按各方都接受的面对面方案起草书面调解协议（条款即方案条款），之后由各方按协议内容确认 */
  draftAgreementFromProposal: Agreement;
  /** 解除任职 */
  endMembership: Membership;
  /** 群众申请调解；同一 idempotencyKey 只会创建一件案件 */
  fileCase: MediationCase;
  /** 联合调处：邀请其他调委会共同调解（其工作人员可查看案件、安排调解、记录联系） */
  inviteJointCommittee: MediationCase;
  /** 联合调处：记录参与调处的职能部门（部门报到） */
  inviteJointDepartment: MediationCase;
  /** 记录与当事人的一次联系或答复（存入电子档案，显示在时间线上） */
  logContact: Scalars['String']['output'];
  /** 微信登录：传入 wx.login 取得的 code */
  loginWithWeChat: AuthSession;
  /** 标记清退调解员（记录理由；停用由 setMediatorActive 完成） */
  markMediatorForRemoval: Scalars['Boolean']['output'];
  /** 调解员将一条消息存入卷宗，或取消；重复操作不改变什么 */
  markRoomMessage: RoomMessage;
  /** 标记已读到某条消息（手机上已显示的最新一条），未读数随之减少；已读位置只前进不后退 */
  markRoomRead: CaseRoom;
  /** 调解员管理调解室：关闭或重新打开对话，请一方当事人暂停在面对面对话中发言或恢复发言；记入调解室管理记录 */
  moderateRoom: CaseRoom;
  /** 案件流转：是否允许由状态和操作者身份决定，见 allowedActions */
  performCaseAction: CaseActionResult;
  /** 在调解室发言（调解中的当事人和调解员）；同一 clientKey 重复提交只记一条 */
  postRoomMessage: RoomMessage;
  /** 调解员提出调解方案：面对面向双方提出，或背对背向一方征询；同一 clientKey 只记一次 */
  putProposal: RoomProposal;
  /** 当事人私下选择最多三位调解员（按意愿排序），或交由调委会指派 */
  rankMediators: MediationCase;
  /** 当事人评价调解结果和调解员（办结后，每人一次） */
  rateCase: CaseRating;
  /** 记录法院的司法确认结果（调委会） */
  recordJudicialResult: Agreement;
  /** 补录：启用本系统前已办结的案件按台账登记，带真实的受理和办结日期，计入当期统计；同一 idempotencyKey 只登记一次 */
  recordPastCase: MediationCase;
  /** 记录调解笔录 */
  recordSession: MediationSession;
  /** 记录协议条款的履行情况（调委会或承办调解员） */
  recordTermPerformance: AgreementTerm;
  /** 用邀请码把工作人员角色绑定到当前微信账号 */
  redeemStaffInvitation: Me;
  /** 用刷新令牌换取新的登录凭证（刷新令牌只能用一次） */
  refreshSession: AuthSession;
  /** 工作人员登记案件：来访、网格上报、委派移送、主动调解 */
  registerCase: MediationCase;
  /** 重新发送被申请人的调解邀请（承办调委会，等待答复期间）：生成新的邀请码，此前的失效。填写 identityCheck（如何核实了被申请人身份）时，持新邀请的人无须绑定与申请时相同的手机号 */
  reissueInvitation: CaseActionResult;
  /** 当事人指名本县（区）名册中的任一调解员（不在本案菜单中也可以），由调委会安排或说明不能安排的原因；对方看不到 */
  requestMediator: MediationCase;
  /** 记录回访任务的处理情况（调委会） */
  resolveFollowUpTask: FollowUpTask;
  /** 预警已化解：记录处置情况 */
  resolveWarning: Warning;
  /** 被申请人答复调解邀请：同意，或不同意并说明原因 */
  respondToInvitation: MediationCase;
  /** 查看未脱敏的个人信息；记录查看人、内容、时间和原因 */
  revealPersonalData?: Maybe<Scalars['String']['output']>;
  /** 撤回被申请人的调解邀请（承办调委会，等待答复期间），如发错了人：邀请链接随即失效，需要时再重新发送 */
  revokeInvitation: MediationCase;
  /** 安排调解会（承办调解员或调委会） */
  scheduleSession: MediationSession;
  /** 停用或恢复调委会；停用后不再出现在列表和调解员菜单中 */
  setCommitteeActive: Committee;
  /** 停用（清退）或恢复调解员；停用后不再出现在菜单中 */
  setMediatorActive: Mediator;
  /** 调整职务 */
  setMembershipRole: Membership;
  /** 实名信息（姓名、身份证号）；须先同意隐私保护指引 */
  setRealNameIdentity: Me;
  /** 当事人提交自己对纠纷的陈述（被申请人的说法），办结前可以修改；每一版都记在时间线上 */
  submitStatement: MediationCase;
  /** 督办：上级调委会或司法行政机关对未办结的案件提出督办意见，承办调委会收到通知；当事人看不到 */
  superviseCase: MediationCase;
  /** 修改调委会信息（调委会管理员只能改本会的基本信息） */
  updateCommittee: Committee;
  /** 修改调解员信息 */
  updateMediator: Mediator;
};


export type MutationAcceptPrivacyPolicyArgs = {
  version: Scalars['String']['input'];
};


export type MutationAcknowledgeWarningArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddMembershipArgs = {
  input: AddMembershipInput;
};


export type MutationAnswerFollowUpArgs = {
  followUpId: Scalars['ID']['input'];
  input: FollowUpAnswerInput;
};


export type MutationAnswerMediatorRequestArgs = {
  answer?: InputMaybe<Scalars['String']['input']>;
  arrange: Scalars['Boolean']['input'];
  requestId: Scalars['ID']['input'];
};


export type MutationAnswerProposalArgs = {
  accept: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  proposalId: Scalars['ID']['input'];
};


export type MutationApplyForJudicialConfirmationArgs = {
  caseId: Scalars['ID']['input'];
  input: JudicialApplicationInput;
};


export type MutationBindPhoneNumberArgs = {
  code: Scalars['String']['input'];
};


export type MutationConfirmAgreementArgs = {
  agreementId: Scalars['ID']['input'];
  caseId: Scalars['ID']['input'];
  contentHash: Scalars['String']['input'];
};


export type MutationCreateCommitteeArgs = {
  input: CreateCommitteeInput;
};


export type MutationCreateMediatorArgs = {
  input: CreateMediatorInput;
};


export type MutationCreateStaffInvitationArgs = {
  input: StaffInvitationInput;
};


export type MutationDevLoginArgs = {
  name: Scalars['String']['input'];
};


export type MutationDraftAgreementArgs = {
  caseId: Scalars['ID']['input'];
  input: AgreementInput;
};


export type MutationDraftAgreementFromProposalArgs = {
  factsAndResponsibilities: Scalars['String']['input'];
  proposalId: Scalars['ID']['input'];
};


export type MutationEndMembershipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationFileCaseArgs = {
  input: CaseInput;
};


export type MutationInviteJointCommitteeArgs = {
  caseId: Scalars['ID']['input'];
  committeeId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationInviteJointDepartmentArgs = {
  caseId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationLogContactArgs = {
  caseId: Scalars['ID']['input'];
  channel: ContactChannel;
  partyName: Scalars['String']['input'];
  summary: Scalars['String']['input'];
};


export type MutationLoginWithWeChatArgs = {
  code: Scalars['String']['input'];
};


export type MutationMarkMediatorForRemovalArgs = {
  mediatorId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationMarkRoomMessageArgs = {
  forFile: Scalars['Boolean']['input'];
  messageId: Scalars['ID']['input'];
};


export type MutationMarkRoomReadArgs = {
  caseId: Scalars['ID']['input'];
  cursor: Scalars['String']['input'];
  partyId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationModerateRoomArgs = {
  caseId: Scalars['ID']['input'];
  input: RoomModerationInput;
};


export type MutationPerformCaseActionArgs = {
  action: CaseAction;
  caseId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input?: InputMaybe<CaseActionInput>;
};


export type MutationPostRoomMessageArgs = {
  caseId: Scalars['ID']['input'];
  clientKey: Scalars['String']['input'];
  partyId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};


export type MutationPutProposalArgs = {
  caseId: Scalars['ID']['input'];
  clientKey: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  partyId?: InputMaybe<Scalars['ID']['input']>;
  terms: Array<AgreementTermInput>;
};


export type MutationRankMediatorsArgs = {
  caseId: Scalars['ID']['input'];
  leaveToCommittee?: Scalars['Boolean']['input'];
  mediatorIds?: Array<Scalars['ID']['input']>;
};


export type MutationRateCaseArgs = {
  caseId: Scalars['ID']['input'];
  input: RatingInput;
};


export type MutationRecordJudicialResultArgs = {
  caseId: Scalars['ID']['input'];
  reference: Scalars['String']['input'];
  result: JudicialResult;
};


export type MutationRecordPastCaseArgs = {
  input: PastCaseInput;
};


export type MutationRecordSessionArgs = {
  record: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationRecordTermPerformanceArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  performance: TermPerformance;
  termId: Scalars['ID']['input'];
};


export type MutationRedeemStaffInvitationArgs = {
  code: Scalars['String']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegisterCaseArgs = {
  input: RegisterCaseInput;
};


export type MutationReissueInvitationArgs = {
  caseId: Scalars['ID']['input'];
  identityCheck?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRequestMediatorArgs = {
  caseId: Scalars['ID']['input'];
  mediatorId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationResolveFollowUpTaskArgs = {
  resolution: Scalars['String']['input'];
  taskId: Scalars['ID']['input'];
};


export type MutationResolveWarningArgs = {
  id: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
};


export type MutationRespondToInvitationArgs = {
  code: Scalars['String']['input'];
  consent: Scalars['Boolean']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRevealPersonalDataArgs = {
  field: PersonalDataField;
  reason: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  caseId: Scalars['ID']['input'];
};


export type MutationScheduleSessionArgs = {
  caseId: Scalars['ID']['input'];
  input: SessionInput;
};


export type MutationSetCommitteeActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetMediatorActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetMembershipRoleArgs = {
  id: Scalars['ID']['input'];
  role: MembershipRole;
};


export type MutationSetRealNameIdentityArgs = {
  idNumber: Scalars['String']['input'];
  realName: Scalars['String']['input'];
};


export type MutationSubmitStatementArgs = {
  caseId: Scalars['ID']['input'];
  statement: Scalars['String']['input'];
};


export type MutationSuperviseCaseArgs = {
  caseId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationUpdateCommitteeArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCommitteeInput;
};


export type MutationUpdateMediatorArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMediatorInput;
};

/** 分页信息 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** 本页最后一项的游标，作为下一页的 after 参数 */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** 是否还有下一页 */
  hasNextPage: Scalars['Boolean']['output'];
};

/** 当事人 */
export type PartyInput = {
  /** 代理人姓名 */
  agentName?: InputMaybe<Scalars['String']['input']>;
  /** 代理人有授权委托书 */
  hasPowerOfAttorney?: Scalars['Boolean']['input'];
  kind?: PartyKind;
  /** 习惯使用的语言或方言，如 维吾尔语、凉州话（汉语即普通话）；调解员菜单优先列出会说的 */
  language?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** 联系电话（加密保存，只对工作人员脱敏显示） */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** 当事人类型 */
export type PartyKind =
  /** 法人或其他组织 */
  | 'ORGANISATION'
  /** 自然人 */
  | 'PERSON';

/** 当事人身份 */
export type PartyRole =
  /** 申请人 */
  | 'APPLICANT'
  /** 被申请人 */
  | 'RESPONDENT';

/** 补录：启用本系统前已办结的案件，按台账登记（真实的受理和办结日期） */
export type PastCaseInput = {
  /** 受理日期（北京时间，YYYY-MM-DD） */
  acceptedOn: Scalars['String']['input'];
  /** 涉及金额（元） */
  amountInvolved?: InputMaybe<Scalars['String']['input']>;
  /** 申请人（群众自己申请时可不填，默认本人） */
  applicants?: Array<PartyInput>;
  channel: CaseChannel;
  /** 请求事项 */
  claims: Scalars['String']['input'];
  /** 办结日期（北京时间，YYYY-MM-DD），不早于受理日期 */
  closedOn: Scalars['String']['input'];
  /** 办结情况说明 */
  closingNote?: InputMaybe<Scalars['String']['input']>;
  /** 指定受理的调委会；不填则按区划和纠纷类型推荐 */
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  disputeType: Scalars['String']['input'];
  /** 事实经过 */
  facts: Scalars['String']['input'];
  /** 防止重复提交：同一次提交使用同一个值（如 UUID） */
  idempotencyKey: Scalars['String']['input'];
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** 台账上的案号 */
  ledgerNumber?: InputMaybe<Scalars['String']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** 承办调解员 */
  mediatorId?: InputMaybe<Scalars['ID']['input']>;
  /** 结果：调解成功、调解不成、撤回或不同意调解 */
  outcome: CaseStatus;
  /** 涉及人数 */
  peopleInvolved?: Scalars['Int']['input'];
  place?: InputMaybe<Scalars['String']['input']>;
  /** 委派、移送单位的文号（委派移送时必填） */
  referralNumber?: InputMaybe<Scalars['String']['input']>;
  /** 纠纷发生地的行政区划代码 */
  regionCode: Scalars['String']['input'];
  /** 被申请人 */
  respondents: Array<PartyInput>;
};

/** 受保护的个人信息 */
export type PersonalDataField =
  /** 身份证号 */
  | 'ID_NUMBER'
  /** 手机号 */
  | 'PHONE';

/** 一方当事人对方案的答复 */
export type ProposalAnswer = {
  __typename?: 'ProposalAnswer';
  accepted: Scalars['Boolean']['output'];
  answeredAt: Scalars['DateTimeISO']['output'];
  /** 不接受的原因或自己的意见 */
  note?: Maybe<Scalars['String']['output']>;
  partyId: Scalars['ID']['output'];
  partyName: Scalars['String']['output'];
};

/** 调解方案的状态 */
export type ProposalState =
  /** 各方已接受 */
  | 'ACCEPTED'
  /** 等待答复 */
  | 'OPEN'
  /** 有当事人不接受 */
  | 'REJECTED';

export type ProposalTerm = {
  __typename?: 'ProposalTerm';
  content: Scalars['String']['output'];
  method: Scalars['String']['output'];
  /** 履行期限，YYYY-MM-DD */
  performBy: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** 指派给我（调解员）的案件，新的在前 */
  assignedCases: CaseConnection;
  /** 一件案件（当事人、承办调委会工作人员、承办调解员可见） */
  case: MediationCase;
  /** 积压情况：一个调委会（可含下级）或一个行政区划（含下级） */
  caseBacklog: CaseBacklog;
  /** 被申请人打开的邀请（凭邀请码，无需账号） */
  caseInvitation: CaseInvitation;
  /** 案件的线上调解室（调解员接受案件后开放，办结后可查阅） */
  caseRoom: CaseRoom;
  /** 一个调委会 */
  committee: Committee;
  /** 调委会的案件（受理台），新的在前 */
  committeeCases: CaseConnection;
  /** 调委会列表（按区划排序） */
  committees: CommitteeConnection;
  /** 纠纷类型（统一词表） */
  disputeTypes: Array<DisputeType>;
  /** 网格列表 */
  gridUnits: GridUnitConnection;
  /** 当前登录的用户 */
  me: Me;
  /** 一位调解员 */
  mediator: Mediator;
  /** 调解员半年考核，如 half: "2026H1" */
  mediatorAssessment: Array<MediatorAssessment>;
  /** 调解员菜单的语言筛选项：词表中的语言（汉语即普通话）及名册中另填的语言，附在任人数 */
  mediatorLanguages: Array<MediatorLanguage>;
  /** 调解员菜单（点单式调解）：在任调解员 */
  mediators: MediatorConnection;
  /** 我作为当事人的案件，新的在前 */
  myCases: CaseConnection;
  /** 提交前查重：我作为申请人、针对同名被申请人、尚未办结的案件（最新一件），没有则为空 */
  myOpenCaseAgainst?: Maybe<MediationCase>;
  /** 我登记或上报的案件（网格上报、来访登记、委派移送等）及其办理情况，新的在前 */
  myRegisteredCases: CaseConnection;
  /** 辖区案件列表（调委会含下级、司法所、司法局），新的在前 */
  oversightCases: CaseConnection;
  /** 按代码查询一个行政区划 */
  region: Region;
  /** 下级行政区划；不传 parentCode 时返回最上级区划 */
  regions: Array<Region>;
  /** 调解室一个对话的消息，新的在前；当事人只能看到面对面和自己的背对背对话 */
  roomMessages: RoomMessageConnection;
  /** 调解室一个对话中的调解方案，新的在前 */
  roomProposals: Array<RoomProposal>;
  /** 一个调委会或一个区划（含下级）在一段时间内的统计；日期为北京时间，含 from 不含 to */
  statistics: Statistics;
  /** 以案定补：期间内办结（北京时间，含 from 不含 to）的成功案件逐件核算 */
  subsidies: SubsidyReport;
  /** 一个区划（含下级）内未化解的预警，新的在前（最多 100 条） */
  warnings: Array<Warning>;
};


export type QueryAssignedCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<CaseStatus>>;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseBacklogArgs = {
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  includeSubordinates?: Scalars['Boolean']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCaseInvitationArgs = {
  code: Scalars['String']['input'];
};


export type QueryCaseRoomArgs = {
  caseId: Scalars['ID']['input'];
};


export type QueryCommitteeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommitteeCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  committeeId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<CaseStatus>>;
};


export type QueryCommitteesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CommitteeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGridUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMediatorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMediatorAssessmentArgs = {
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  half: Scalars['String']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMediatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MediatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: MediatorSortOrder;
};


export type QueryMyCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyOpenCaseAgainstArgs = {
  respondentName: Scalars['String']['input'];
};


export type QueryMyRegisteredCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOversightCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: CaseOversightFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionArgs = {
  code: Scalars['String']['input'];
};


export type QueryRegionsArgs = {
  parentCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRoomMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  caseId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  partyId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRoomProposalsArgs = {
  caseId: Scalars['ID']['input'];
  partyId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStatisticsArgs = {
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['String']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['String']['input'];
};


export type QuerySubsidiesArgs = {
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['String']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['String']['input'];
};


export type QueryWarningsArgs = {
  includeResolved?: Scalars['Boolean']['input'];
  regionCode: Scalars['String']['input'];
};

/** 对调解结果和调解员的评价（1–5 分） */
export type RatingInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 对调解员的满意度 */
  mediatorScore: Scalars['Int']['input'];
  /** 对调解结果的满意度 */
  outcomeScore: Scalars['Int']['input'];
  /** 标签，如 耐心细致、公正、专业 */
  tags?: Array<Scalars['String']['input']>;
};

/** 行政区划 */
export type Region = {
  __typename?: 'Region';
  /** 全部上级区划，从最上级到直接上级 */
  ancestors: Array<Region>;
  /** 下级区划 */
  children: Array<Region>;
  /** 区划代码（县 6 位、乡镇 9 位、村 12 位） */
  code: Scalars['String']['output'];
  level: RegionLevel;
  name: Scalars['String']['output'];
  /** 上级区划 */
  parent?: Maybe<Region>;
  parentCode?: Maybe<Scalars['String']['output']>;
};

/** 行政区划层级 */
export type RegionLevel =
  /** 县（区） */
  | 'COUNTY'
  /** 市（州） */
  | 'PREFECTURE'
  /** 省 */
  | 'PROVINCE'
  /** 乡镇（街道） */
  | 'TOWNSHIP'
  /** 村（社区） */
  | 'VILLAGE';

/** 工作人员登记的案件：来访、网格上报、委派移送或主动调解 */
export type RegisterCaseInput = {
  /** 涉及金额（元） */
  amountInvolved?: InputMaybe<Scalars['String']['input']>;
  /** 申请人（群众自己申请时可不填，默认本人） */
  applicants?: Array<PartyInput>;
  channel: CaseChannel;
  /** 请求事项 */
  claims: Scalars['String']['input'];
  /** 指定受理的调委会；不填则按区划和纠纷类型推荐 */
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  disputeType: Scalars['String']['input'];
  /** 事实经过 */
  facts: Scalars['String']['input'];
  /** 防止重复提交：同一次提交使用同一个值（如 UUID） */
  idempotencyKey: Scalars['String']['input'];
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** 涉及人数 */
  peopleInvolved?: Scalars['Int']['input'];
  place?: InputMaybe<Scalars['String']['input']>;
  /** 委派、移送单位的文号（委派移送时必填） */
  referralNumber?: InputMaybe<Scalars['String']['input']>;
  /** 纠纷发生地的行政区划代码 */
  regionCode: Scalars['String']['input'];
  /** 被申请人 */
  respondents: Array<PartyInput>;
};

/** 调解室发言人身份 */
export type RoomAuthorRole =
  /** 申请人 */
  | 'APPLICANT'
  /** 调解员 */
  | 'MEDIATOR'
  /** 被申请人 */
  | 'RESPONDENT';

/** 调解室的一条消息 */
export type RoomMessage = {
  __typename?: 'RoomMessage';
  /** 发言人：调解员或当事人的姓名 */
  authorName: Scalars['String']['output'];
  authorRole: RoomAuthorRole;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** 这条消息的游标：作为 after 只取更新的消息（轮询），作为 before 翻看更早的 */
  cursor: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 是否当前用户所发 */
  isMine: Scalars['Boolean']['output'];
  /** 调解员是否已将这条消息存入卷宗 */
  markedForFile: Scalars['Boolean']['output'];
  /** 背对背对话的当事人；面对面为空 */
  partyId?: Maybe<Scalars['ID']['output']>;
  /** 照片消息的下载地址（需带登录凭证）；其他消息为空 */
  photoUrl?: Maybe<Scalars['String']['output']>;
  /** 语音消息的长度（秒） */
  voiceSeconds?: Maybe<Scalars['Int']['output']>;
  /** 语音消息的下载地址（需带登录凭证）；其他消息为空 */
  voiceUrl?: Maybe<Scalars['String']['output']>;
};

export type RoomMessageConnection = {
  __typename?: 'RoomMessageConnection';
  nodes: Array<RoomMessage>;
  /** 这个对话中其他人都已读到的消息（其 id 及以前的消息对方都已读）；没有其他人或都未读时为空 */
  othersReadUpTo?: Maybe<Scalars['ID']['output']>;
  pageInfo: PageInfo;
  /** 符合条件的总数 */
  totalCount: Scalars['Int']['output'];
};

/** 调解室管理操作 */
export type RoomModerationAction =
  /** 关闭对话 */
  | 'CLOSE_THREAD'
  /** 存入卷宗 */
  | 'MARK_FOR_FILE'
  /** 暂停发言 */
  | 'MUTE'
  /** 重新打开对话 */
  | 'REOPEN_THREAD'
  /** 取消存入卷宗 */
  | 'UNMARK_FOR_FILE'
  /** 恢复发言 */
  | 'UNMUTE';

/** 调解室管理记录的一条：谁在什么时候做了什么、为什么 */
export type RoomModerationEntry = {
  __typename?: 'RoomModerationEntry';
  action: RoomModerationAction;
  at: Scalars['DateTimeISO']['output'];
  /** 操作的中文名称 */
  label: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  /** 对象：哪个对话、哪位当事人或哪条消息 */
  subject: Scalars['String']['output'];
  /** 暂停发言到这个时间 */
  until?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** 调解员管理调解室：关闭或重新打开一个对话，请一方暂停发言或恢复发言 */
export type RoomModerationInput = {
  /** CLOSE_THREAD、REOPEN_THREAD、MUTE 或 UNMUTE（存入卷宗用 markRoomMessage） */
  action: RoomModerationAction;
  /** 暂停发言多少分钟（5 到 1440） */
  minutes?: InputMaybe<Scalars['Int']['input']>;
  /** 关闭或打开对话时：背对背对话的当事人，不填为面对面对话；暂停或恢复发言时：哪一方当事人（必填） */
  partyId?: InputMaybe<Scalars['ID']['input']>;
  /** 原因（关闭对话和暂停发言时必填，2 到 200 字），记入调解室管理记录 */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** 调解员请一方当事人暂停在面对面对话中发言（冷静一下）；背对背对话不受影响 */
export type RoomPause = {
  __typename?: 'RoomPause';
  partyId: Scalars['ID']['output'];
  partyName: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  /** 暂停到这个时间 */
  until: Scalars['DateTimeISO']['output'];
};

/** 调解员在调解室提出的调解方案：面对面向双方提出，或背对背向一方征询 */
export type RoomProposal = {
  __typename?: 'RoomProposal';
  /** 已答复的当事人 */
  answers: Array<ProposalAnswer>;
  /** 当前用户是否可以答复（方案所针对的当事人，调解中）；答复后仍可改变 */
  canAnswer: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** 当前用户自己的答复：接受、不接受；未答复或不是方案所针对的当事人为空 */
  myAnswer?: Maybe<Scalars['Boolean']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** 背对背征询的当事人；面对面为空 */
  partyId?: Maybe<Scalars['ID']['output']>;
  state: ProposalState;
  terms: Array<ProposalTerm>;
};

/** 调解室的一个对话：面对面（双方当事人和调解员）或背对背（调解员和一方当事人） */
export type RoomThread = {
  __typename?: 'RoomThread';
  /** 当前用户此刻能否在这个对话中发言 */
  canWrite: Scalars['Boolean']['output'];
  /** 调解员是否已关闭这个对话（关闭后只能查阅，重新打开后可以继续发言） */
  closed: Scalars['Boolean']['output'];
  /** 关闭的原因 */
  closedReason?: Maybe<Scalars['String']['output']>;
  lastMessageAt?: Maybe<Scalars['DateTimeISO']['output']>;
  messageCount: Scalars['Int']['output'];
  /** 背对背对话的当事人；面对面对话为空 */
  partyId?: Maybe<Scalars['ID']['output']>;
  /** 背对背对话的当事人姓名；面对面对话为空 */
  partyName?: Maybe<Scalars['String']['output']>;
  /** 对话名称，如“面对面（双方和调解员）”“背对背：周海燕（申请人）” */
  title: Scalars['String']['output'];
  /** 当前用户在这个对话中的未读消息数（不含自己发的） */
  unreadCount: Scalars['Int']['output'];
};

export type SessionInput = {
  /** 线上视频调解的会议链接（https 网址，如腾讯会议的入会链接）；只用于 ONLINE */
  meetingUrl?: InputMaybe<Scalars['String']['input']>;
  mode: SessionMode;
  /** 参加人员 */
  participants?: Array<Scalars['String']['input']>;
  place: Scalars['String']['input'];
  scheduledAt: Scalars['DateTimeISO']['input'];
};

/** 调解方式 */
export type SessionMode =
  /** 当面调解 */
  | 'IN_PERSON'
  /** 线上视频调解 */
  | 'ONLINE'
  /** 上门或现场调解（流动调解） */
  | 'ON_SITE';

/** 性别 */
export type Sex =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

/** 一次性邀请码：只显示这一次，7 天内有效 */
export type StaffInvitation = {
  __typename?: 'StaffInvitation';
  assignment: StaffRoleAssignment;
  code: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
};

/** 邀请工作人员：调解员须填调委会和调解员档案，调委会管理员填调委会，司法所（局）填区划，网格员填网格 */
export type StaffInvitationInput = {
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  displayName: Scalars['String']['input'];
  gridUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 防止重复提交：同一次提交使用同一个值（如 UUID），重复的请求得到第一次的结果 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  mediatorId?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  role: StaffRole;
};

/** 工作人员角色 */
export type StaffRole =
  /** 调委会管理员 */
  | 'COMMITTEE_ADMIN'
  /** 网格员 */
  | 'GRID_OFFICER'
  /** 司法所（局）工作人员 */
  | 'JUSTICE_OFFICE'
  /** 调解员 */
  | 'MEDIATOR'
  /** 系统管理员 */
  | 'SYSTEM_ADMIN';

/** 工作人员角色及其范围 */
export type StaffRoleAssignment = {
  __typename?: 'StaffRoleAssignment';
  /** 所属调委会（调解员、调委会管理员） */
  committeeId?: Maybe<Scalars['ID']['output']>;
  displayName: Scalars['String']['output'];
  /** 负责的网格（网格员）：上报时默认的地点和调委会 */
  gridUnit?: Maybe<GridUnit>;
  /** 负责的网格 */
  gridUnitId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** 对应的调解员档案 */
  mediatorId?: Maybe<Scalars['ID']['output']>;
  /** 管辖区划（司法所、司法局） */
  regionCode?: Maybe<Scalars['String']['output']>;
  role: StaffRole;
};

/** 统计：口径为期间内受理的案件（domain §7） */
export type Statistics = {
  __typename?: 'Statistics';
  /** 受理数 */
  accepted: Scalars['Int']['output'];
  /** 调解成功案件的涉及金额合计（元） */
  amountInvolved: Scalars['String']['output'];
  /** 平均办结天数（受理至办结） */
  averageDaysToClose?: Maybe<Scalars['Float']['output']>;
  /** 按下一级区划并列（县看各乡镇、乡镇看各村），受理多的在前；按调委会统计时为空 */
  byArea: Array<AreaStatistics>;
  /** 按案件来源 */
  byChannel: Array<StatisticsShare>;
  /** 按纠纷类型 */
  byDisputeType: Array<StatisticsShare>;
  /** 按调解员：期间内受理案件最多的前 first 位（默认 50，最多 500） */
  byMediator: Array<MediatorStatistics>;
  /** 按月（用于图表） */
  byMonth: Array<MonthlyStatistics>;
  /** 协议履行率 = 已履行条款 / 已核实条款 */
  fulfilmentRate?: Maybe<Scalars['Float']['output']>;
  /** 司法确认数 */
  judicialConfirmations: Scalars['Int']['output'];
  /** 超期案件数 */
  overdue: Scalars['Int']['output'];
  /** 回访满意率 = 满意度 4 分以上的回访 / 已完成回访 */
  satisfactionRate?: Maybe<Scalars['Float']['output']>;
  /** 调解成功率 = 调解成功数 / 受理数；无受理时为空 */
  successRate?: Maybe<Scalars['Float']['output']>;
  /** 调解成功数 */
  successful: Scalars['Int']['output'];
};


/** 统计：口径为期间内受理的案件（domain §7） */
export type StatisticsByMediatorArgs = {
  first?: Scalars['Int']['input'];
};

/** 按类型或来源的件数和占比（占受理数） */
export type StatisticsShare = {
  __typename?: 'StatisticsShare';
  code: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  /** 占比，0–1，保留四位小数 */
  share: Scalars['Float']['output'];
};

/** 补贴标准层级 */
export type SubsidyLevel =
  /** 乡镇（街道）级及以上 */
  | 'TOWNSHIP'
  /** 村（社区）级 */
  | 'VILLAGE';

/** 一件案件的补贴核算及理由 */
export type SubsidyLine = {
  __typename?: 'SubsidyLine';
  /** 补贴金额（元） */
  amount: Scalars['Int']['output'];
  caseId: Scalars['ID']['output'];
  difficulty: Difficulty;
  eligible: Scalars['Boolean']['output'];
  level: SubsidyLevel;
  mediatorId?: Maybe<Scalars['ID']['output']>;
  mediatorName?: Maybe<Scalars['String']['output']>;
  number: Scalars['String']['output'];
  reasons: Array<Scalars['String']['output']>;
};

/** 以案定补核算 */
export type SubsidyReport = {
  __typename?: 'SubsidyReport';
  byMediator: Array<MediatorSubsidy>;
  lines: Array<SubsidyLine>;
  /** 合计（元） */
  total: Scalars['Int']['output'];
};

/** 协议条款履行情况 */
export type TermPerformance =
  /** 未履行 */
  | 'NOT_PERFORMED'
  /** 部分履行 */
  | 'PARTLY_PERFORMED'
  /** 未到期或待核实 */
  | 'PENDING'
  /** 已履行 */
  | 'PERFORMED';

/** 只修改提供的字段；可空字段传 null 表示清空 */
export type UpdateCommitteeInput = {
  /** 受理期限（天），1–15：逾期未受理的案件自动移交上级调委会 */
  acceptanceDeadlineDays?: InputMaybe<Scalars['Int']['input']>;
  address?: InputMaybe<Scalars['String']['input']>;
  /** 案件办结期限（天），1–90 */
  caseDeadlineDays?: InputMaybe<Scalars['Int']['input']>;
  disputeTypeCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  hostInstitution?: InputMaybe<HostInstitution>;
  hostName?: InputMaybe<Scalars['String']['input']>;
  introduction?: InputMaybe<Scalars['String']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** 上级调委会；传 null 表示取消上级 */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  serviceHours?: InputMaybe<Scalars['String']['input']>;
};

/** 只修改提供的字段；可空字段传 null 表示清空 */
export type UpdateMediatorInput = {
  background?: InputMaybe<MediatorBackground>;
  backgroundNote?: InputMaybe<Scalars['String']['input']>;
  bio?: InputMaybe<Scalars['String']['input']>;
  certificateNo?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  employment?: InputMaybe<Employment>;
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  grade?: InputMaybe<Scalars['Int']['input']>;
  inExpertPool?: InputMaybe<Scalars['Boolean']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  photoUrl?: InputMaybe<Scalars['String']['input']>;
  sex?: InputMaybe<Sex>;
  specialtyCodes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** 预警涉及的一件案件 */
export type WarnedCase = {
  __typename?: 'WarnedCase';
  id: Scalars['ID']['output'];
  /** 案号 */
  number: Scalars['String']['output'];
};

/** 纠纷预警 */
export type Warning = {
  __typename?: 'Warning';
  /** 涉及的案件 */
  caseIds: Array<Scalars['ID']['output']>;
  /** 涉及的案件及案号，先立案的在前 */
  cases: Array<WarnedCase>;
  /** 预警所在的调委会（首件案件的承办调委会） */
  committee?: Maybe<Committee>;
  id: Scalars['ID']['output'];
  kind: WarningKind;
  raisedAt: Scalars['DateTimeISO']['output'];
  resolution?: Maybe<Scalars['String']['output']>;
  status: WarningStatus;
  summary: Scalars['String']['output'];
};

/** 预警类型 */
export type WarningKind =
  /** 涉及金额较大 */
  | 'LARGE_AMOUNT'
  /** 涉及人数众多 */
  | 'MANY_PEOPLE'
  /** 重大纠纷超期未结 */
  | 'OVERDUE_MAJOR'
  /** 同一申请人反复申请 */
  | 'REPEATED_APPLICANT'
  /** 同一被申请人短期内多起纠纷（群体性纠纷） */
  | 'RESPONDENT_CLUSTER';

/** 预警状态 */
export type WarningStatus =
  /** 已签收 */
  | 'ACKNOWLEDGED'
  /** 待处理 */
  | 'OPEN'
  /** 已化解 */
  | 'RESOLVED';

export type FileCaseMutationVariables = Exact<{
  input: CaseInput;
}>;


export type FileCaseMutation = { __typename?: 'Mutation', fileCase: { __typename?: 'MediationCase', id: string, number: string, status: CaseStatus } };

export type MyCasesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyCasesQuery = { __typename?: 'Query', myCases: { __typename?: 'CaseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'MediationCase', id: string, number: string, status: CaseStatus, createdAt: string, deadlineState?: DeadlineState | null, acceptanceDueAt?: string | null, acceptanceState?: DeadlineState | null, disputeType: { __typename?: 'DisputeType', label: string }, committee: { __typename?: 'Committee', name: string }, parties: Array<{ __typename?: 'CaseParty', role: PartyRole, name: string }> }> } };

export type MyRegisteredCasesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyRegisteredCasesQuery = { __typename?: 'Query', myRegisteredCases: { __typename?: 'CaseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'MediationCase', id: string, number: string, status: CaseStatus, createdAt: string, deadlineState?: DeadlineState | null, acceptanceDueAt?: string | null, acceptanceState?: DeadlineState | null, disputeType: { __typename?: 'DisputeType', label: string }, committee: { __typename?: 'Committee', name: string }, parties: Array<{ __typename?: 'CaseParty', role: PartyRole, name: string }> }> } };

export type RegisterCaseMutationVariables = Exact<{
  input: RegisterCaseInput;
}>;


export type RegisterCaseMutation = { __typename?: 'Mutation', registerCase: { __typename?: 'MediationCase', id: string, number: string } };

export type CasePageFragment = { __typename?: 'CaseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'MediationCase', id: string, number: string, status: CaseStatus, createdAt: string, deadlineState?: DeadlineState | null, acceptanceDueAt?: string | null, acceptanceState?: DeadlineState | null, disputeType: { __typename?: 'DisputeType', label: string }, committee: { __typename?: 'Committee', name: string }, parties: Array<{ __typename?: 'CaseParty', role: PartyRole, name: string }> }> };

export type CaseListItemFragment = { __typename?: 'MediationCase', id: string, number: string, status: CaseStatus, createdAt: string, deadlineState?: DeadlineState | null, acceptanceDueAt?: string | null, acceptanceState?: DeadlineState | null, disputeType: { __typename?: 'DisputeType', label: string }, committee: { __typename?: 'Committee', name: string }, parties: Array<{ __typename?: 'CaseParty', role: PartyRole, name: string }> };

export type AssignedCasesQueryVariables = Exact<{
  statuses?: InputMaybe<Array<CaseStatus> | CaseStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AssignedCasesQuery = { __typename?: 'Query', assignedCases: { __typename?: 'CaseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'MediationCase', id: string, number: string, status: CaseStatus, createdAt: string, deadlineState?: DeadlineState | null, acceptanceDueAt?: string | null, acceptanceState?: DeadlineState | null, disputeType: { __typename?: 'DisputeType', label: string }, committee: { __typename?: 'Committee', name: string }, parties: Array<{ __typename?: 'CaseParty', role: PartyRole, name: string }> }> } };

export type CommitteeCasesQueryVariables = Exact<{
  committeeId: Scalars['ID']['input'];
  statuses?: InputMaybe<Array<CaseStatus> | CaseStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CommitteeCasesQuery = { __typename?: 'Query', committeeCases: { __typename?: 'CaseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'MediationCase', id: string, number: string, status: CaseStatus, createdAt: string, deadlineState?: DeadlineState | null, acceptanceDueAt?: string | null, acceptanceState?: DeadlineState | null, disputeType: { __typename?: 'DisputeType', label: string }, committee: { __typename?: 'Committee', name: string }, parties: Array<{ __typename?: 'CaseParty', role: PartyRole, name: string }> }> } };

export type CaseDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseDetailQuery = { __typename?: 'Query', case: { __typename?: 'MediationCase', id: string, number: string, status: CaseStatus, version: number, allowedActions: Array<CaseAction>, facts: string, claims: string, amountInvolved?: string | null, place?: string | null, createdAt: string, acceptedAt?: string | null, closedAt?: string | null, closingNote?: string | null, dueAt?: string | null, deadlineState?: DeadlineState | null, acceptanceDueAt?: string | null, acceptanceState?: DeadlineState | null, canSupervise: boolean, backfilledAt?: string | null, ledgerNumber?: string | null, myRanking: Array<string>, roomUnreadCount?: number | null, mediatorRequests: Array<{ __typename?: 'MediatorRequest', id: string, status: MediatorRequestStatus, statusLabel: string, reason?: string | null, answer?: string | null, requestedBy: PartyRole, mediator: { __typename?: 'Mediator', id: string, name: string } }>, nextSteps: Array<{ __typename?: 'CaseNextStep', title: string, detail: string, contact?: string | null }>, disputeType: { __typename?: 'DisputeType', code: string, label: string }, committee: { __typename?: 'Committee', id: string, name: string, phone: string, address: string }, mediator?: { __typename?: 'Mediator', id: string, name: string, photoUrl?: string | null, grade: number, contactPhone?: string | null, rating?: number | null, ratingCount: number } | null, parties: Array<{ __typename?: 'CaseParty', id: string, role: PartyRole, name: string, phone?: string | null, isMe: boolean, statement?: string | null, statementAt?: string | null, agentName?: string | null }>, timeline: Array<{ __typename?: 'CaseEvent', id: string, action: string, actorRole: string, at: string, note?: string | null, toStatus: CaseStatus, audience: EventAudience }>, sessions: Array<{ __typename?: 'MediationSession', id: string, mode: SessionMode, place: string, scheduledAt: string, participants: Array<string>, meetingUrl?: string | null, record?: string | null, recordedAt?: string | null }>, agreement?: { __typename?: 'Agreement', id: string, version: number, contentHash: string, kind: AgreementKind, factsAndResponsibilities: string, confirmedBy: Array<string>, sealedAt?: string | null, judicialCourt?: string | null, judicialAppliedOn?: string | null, judicialDeadline?: string | null, judicialResult?: JudicialResult | null, judicialReference?: string | null, status: { __typename?: 'AgreementStatus', state: AgreementState, label: string, awaitingConfirmationFrom: Array<string> }, confirmations: Array<{ __typename?: 'AgreementConfirmation', partyName: string, version: number, confirmedAt: string, current: boolean }>, terms: Array<{ __typename?: 'AgreementTerm', id: string, seq: number, content: string, method: string, performBy: string, performance: TermPerformance, performanceNote?: string | null }> } | null, evidence: Array<{ __typename?: 'CaseEvidence', id: string, fileName: string, contentType: string, size: number, url: string }>, followUps: Array<{ __typename?: 'FollowUp', id: string, kind: FollowUpKind, status: FollowUpStatus, dueAt: string, termSeq?: number | null, satisfaction?: number | null }>, ratings: Array<{ __typename?: 'CaseRating', partyRole: PartyRole }> } };

export type CaseInvitationQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type CaseInvitationQuery = { __typename?: 'Query', caseInvitation: { __typename?: 'CaseInvitation', number: string, committeeName: string, disputeTypeLabel: string, applicantNames: Array<string>, guidance: string, claims?: string | null, identityProblem?: string | null } };

export type RespondToInvitationMutationVariables = Exact<{
  code: Scalars['String']['input'];
  consent: Scalars['Boolean']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RespondToInvitationMutation = { __typename?: 'Mutation', respondToInvitation: { __typename?: 'MediationCase', id: string, status: CaseStatus } };

export type RankMediatorsMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  mediatorIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  leaveToCommittee: Scalars['Boolean']['input'];
}>;


export type RankMediatorsMutation = { __typename?: 'Mutation', rankMediators: { __typename?: 'MediationCase', id: string, status: CaseStatus, myRanking: Array<string> } };

export type PerformCaseActionMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  action: CaseAction;
  expectedVersion: Scalars['Int']['input'];
  input?: InputMaybe<CaseActionInput>;
}>;


export type PerformCaseActionMutation = { __typename?: 'Mutation', performCaseAction: { __typename?: 'CaseActionResult', invitationCode?: string | null, case: { __typename?: 'MediationCase', id: string, status: CaseStatus, version: number } } };

export type CaseInvitationLinkQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  weChat: Scalars['Boolean']['input'];
}>;


export type CaseInvitationLinkQuery = { __typename?: 'Query', case: { __typename?: 'MediationCase', id: string, invitationState?: InvitationState | null, invitation?: { __typename?: 'CaseInvitationLink', code: string, path: string, h5Url?: string | null, weChatUrlLink?: string | null } | null } };

export type RevokeInvitationMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'MediationCase', id: string, version: number } };

export type ReissueInvitationMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  identityCheck?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReissueInvitationMutation = { __typename?: 'Mutation', reissueInvitation: { __typename?: 'CaseActionResult', invitationCode?: string | null } };

export type ScheduleSessionMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: SessionInput;
}>;


export type ScheduleSessionMutation = { __typename?: 'Mutation', scheduleSession: { __typename?: 'MediationSession', id: string } };

export type RecordSessionMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  record: Scalars['String']['input'];
}>;


export type RecordSessionMutation = { __typename?: 'Mutation', recordSession: { __typename?: 'MediationSession', id: string, recordedAt?: string | null } };

export type DraftAgreementMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: AgreementInput;
}>;


export type DraftAgreementMutation = { __typename?: 'Mutation', draftAgreement: { __typename?: 'Agreement', id: string } };

export type ConfirmAgreementMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  agreementId: Scalars['ID']['input'];
  contentHash: Scalars['String']['input'];
}>;


export type ConfirmAgreementMutation = { __typename?: 'Mutation', confirmAgreement: { __typename?: 'Agreement', id: string, confirmedBy: Array<string> } };

export type RecordTermPerformanceMutationVariables = Exact<{
  termId: Scalars['ID']['input'];
  performance: TermPerformance;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type RecordTermPerformanceMutation = { __typename?: 'Mutation', recordTermPerformance: { __typename?: 'AgreementTerm', id: string, performance: TermPerformance } };

export type ApplyForJudicialConfirmationMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: JudicialApplicationInput;
}>;


export type ApplyForJudicialConfirmationMutation = { __typename?: 'Mutation', applyForJudicialConfirmation: { __typename?: 'Agreement', id: string, judicialAppliedOn?: string | null } };

export type RateCaseMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: RatingInput;
}>;


export type RateCaseMutation = { __typename?: 'Mutation', rateCase: { __typename?: 'CaseRating', outcomeScore: number } };

export type AnswerFollowUpMutationVariables = Exact<{
  followUpId: Scalars['ID']['input'];
  input: FollowUpAnswerInput;
}>;


export type AnswerFollowUpMutation = { __typename?: 'Mutation', answerFollowUp: { __typename?: 'FollowUp', id: string, status: FollowUpStatus } };

export type CaseMediatorMenuQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseMediatorMenuQuery = { __typename?: 'Query', case: { __typename?: 'MediationCase', id: string, status: CaseStatus, myRanking: Array<string>, committee: { __typename?: 'Committee', id: string, name: string }, mediatorRequests: Array<{ __typename?: 'MediatorRequest', id: string, status: MediatorRequestStatus, statusLabel: string, answer?: string | null, mediator: { __typename?: 'Mediator', id: string, name: string } }>, mediatorMenu: { __typename?: 'CaseMediatorMenu', note: string, fittingCount: number, entries: Array<{ __typename?: 'CaseMenuEntry', tierLabel: string, offeredBy: string, fitsDisputeType: boolean, speaksPartyLanguage: boolean, openCases: number, mediator: { __typename?: 'Mediator', id: string, name: string, photoUrl?: string | null, grade: number, languages: Array<string>, rating?: number | null, ratingCount: number, specialties: Array<{ __typename?: 'DisputeType', code: string, label: string }> } }> } } };

export type OversightCasesQueryVariables = Exact<{
  filter: CaseOversightFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OversightCasesQuery = { __typename?: 'Query', oversightCases: { __typename?: 'CaseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'MediationCase', id: string, number: string, status: CaseStatus, createdAt: string, deadlineState?: DeadlineState | null, acceptanceDueAt?: string | null, acceptanceState?: DeadlineState | null, disputeType: { __typename?: 'DisputeType', label: string }, committee: { __typename?: 'Committee', name: string }, parties: Array<{ __typename?: 'CaseParty', role: PartyRole, name: string }> }> } };

export type CaseBacklogQueryVariables = Exact<{
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  includeSubordinates?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CaseBacklogQuery = { __typename?: 'Query', caseBacklog: { __typename?: 'CaseBacklog', awaitingAcceptance: number, acceptanceOverdue: number, arranging: number, inMediation: number, overdue: number } };

export type SuperviseCaseMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type SuperviseCaseMutation = { __typename?: 'Mutation', superviseCase: { __typename?: 'MediationCase', id: string } };

export type MyOpenCaseAgainstQueryVariables = Exact<{
  respondentName: Scalars['String']['input'];
}>;


export type MyOpenCaseAgainstQuery = { __typename?: 'Query', myOpenCaseAgainst?: { __typename?: 'MediationCase', id: string, number: string, status: CaseStatus } | null };

export type RequestMediatorMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  mediatorId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RequestMediatorMutation = { __typename?: 'Mutation', requestMediator: { __typename?: 'MediationCase', id: string } };

export type AnswerMediatorRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  arrange: Scalars['Boolean']['input'];
  answer?: InputMaybe<Scalars['String']['input']>;
}>;


export type AnswerMediatorRequestMutation = { __typename?: 'Mutation', answerMediatorRequest: { __typename?: 'MediationCase', id: string, status: CaseStatus } };

export type SubmitStatementMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  statement: Scalars['String']['input'];
}>;


export type SubmitStatementMutation = { __typename?: 'Mutation', submitStatement: { __typename?: 'MediationCase', id: string } };

export type SignedInFragment = { __typename?: 'AuthSession', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, me: { __typename?: 'Me', id: string, needsPrivacyConsent: boolean, currentPrivacyPolicyVersion: string } };

export type LoginWithWeChatMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type LoginWithWeChatMutation = { __typename?: 'Mutation', loginWithWeChat: { __typename?: 'AuthSession', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, me: { __typename?: 'Me', id: string, needsPrivacyConsent: boolean, currentPrivacyPolicyVersion: string } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'AuthSession', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, realName?: string | null, phone?: string | null, idNumber?: string | null, acceptedPrivacyPolicyVersion?: string | null, currentPrivacyPolicyVersion: string, needsPrivacyConsent: boolean, staffRoles: Array<{ __typename?: 'StaffRoleAssignment', id: string, role: StaffRole, displayName: string, committeeId?: string | null, regionCode?: string | null, mediatorId?: string | null, gridUnitId?: string | null, gridUnit?: { __typename?: 'GridUnit', id: string, name: string, regionCode: string, committeeId: string } | null }> } };

export type AcceptPrivacyPolicyMutationVariables = Exact<{
  version: Scalars['String']['input'];
}>;


export type AcceptPrivacyPolicyMutation = { __typename?: 'Mutation', acceptPrivacyPolicy: { __typename?: 'Me', id: string, needsPrivacyConsent: boolean } };

export type BindPhoneNumberMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type BindPhoneNumberMutation = { __typename?: 'Mutation', bindPhoneNumber: { __typename?: 'Me', id: string, phone?: string | null } };

export type RedeemStaffInvitationMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type RedeemStaffInvitationMutation = { __typename?: 'Mutation', redeemStaffInvitation: { __typename?: 'Me', id: string, staffRoles: Array<{ __typename?: 'StaffRoleAssignment', role: StaffRole, displayName: string }> } };

export type DevLoginMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type DevLoginMutation = { __typename?: 'Mutation', devLogin: { __typename?: 'AuthSession', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, me: { __typename?: 'Me', id: string, needsPrivacyConsent: boolean, currentPrivacyPolicyVersion: string } } };

export type CommitteeMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommitteeMembersQuery = { __typename?: 'Query', committee: { __typename?: 'Committee', id: string, name: string, members: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, mediator: { __typename?: 'Mediator', id: string, name: string, grade: number, active: boolean, languages: Array<string>, specialties: Array<{ __typename?: 'DisputeType', label: string }> } }> } };

export type MediatorForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MediatorForEditQuery = { __typename?: 'Query', mediator: { __typename?: 'Mediator', id: string, name: string, photoUrl?: string | null, sex: Sex, ethnicity: string, background: MediatorBackground, backgroundNote?: string | null, grade: number, employment: Employment, languages: Array<string>, certificateNo?: string | null, bio?: string | null, inExpertPool: boolean, contactPhone?: string | null, active: boolean, specialties: Array<{ __typename?: 'DisputeType', code: string }> } };

export type CreateMediatorMutationVariables = Exact<{
  input: CreateMediatorInput;
}>;


export type CreateMediatorMutation = { __typename?: 'Mutation', createMediator: { __typename?: 'Mediator', id: string } };

export type UpdateMediatorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateMediatorInput;
}>;


export type UpdateMediatorMutation = { __typename?: 'Mutation', updateMediator: { __typename?: 'Mediator', id: string } };

export type SetMediatorActiveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
}>;


export type SetMediatorActiveMutation = { __typename?: 'Mutation', setMediatorActive: { __typename?: 'Mediator', id: string, active: boolean } };

export type AddMembershipMutationVariables = Exact<{
  input: AddMembershipInput;
}>;


export type AddMembershipMutation = { __typename?: 'Mutation', addMembership: { __typename?: 'Membership', id: string } };

export type SetMembershipRoleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  role: MembershipRole;
}>;


export type SetMembershipRoleMutation = { __typename?: 'Mutation', setMembershipRole: { __typename?: 'Membership', id: string, role: MembershipRole } };

export type EndMembershipMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EndMembershipMutation = { __typename?: 'Mutation', endMembership: { __typename?: 'Membership', id: string } };

export type CommitteeChoicesQueryVariables = Exact<{
  regionCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type CommitteeChoicesQuery = { __typename?: 'Query', committees: { __typename?: 'CommitteeConnection', totalCount: number, nodes: Array<{ __typename?: 'Committee', id: string, name: string }> } };

export type GridUnitChoicesQueryVariables = Exact<{
  committeeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type GridUnitChoicesQuery = { __typename?: 'Query', gridUnits: { __typename?: 'GridUnitConnection', nodes: Array<{ __typename?: 'GridUnit', id: string, name: string }> } };

export type CreateStaffInvitationMutationVariables = Exact<{
  input: StaffInvitationInput;
}>;


export type CreateStaffInvitationMutation = { __typename?: 'Mutation', createStaffInvitation: { __typename?: 'StaffInvitation', code: string, expiresAt: string, assignment: { __typename?: 'StaffRoleAssignment', role: StaffRole, displayName: string } } };

export type MediatorMenuQueryVariables = Exact<{
  filter?: InputMaybe<MediatorFilter>;
  sort?: InputMaybe<MediatorSortOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MediatorMenuQuery = { __typename?: 'Query', mediators: { __typename?: 'MediatorConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Mediator', id: string, name: string, photoUrl?: string | null, sex: Sex, ethnicity: string, grade: number, employment: Employment, languages: Array<string>, inExpertPool: boolean, rating?: number | null, ratingCount: number, specialties: Array<{ __typename?: 'DisputeType', code: string, label: string }>, memberships: Array<{ __typename?: 'Membership', role: MembershipRole, committee: { __typename?: 'Committee', id: string, name: string } }> }> } };

export type MediatorProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MediatorProfileQuery = { __typename?: 'Query', mediator: { __typename?: 'Mediator', id: string, name: string, photoUrl?: string | null, sex: Sex, ethnicity: string, background: MediatorBackground, backgroundNote?: string | null, grade: number, employment: Employment, languages: Array<string>, certificateNo?: string | null, bio?: string | null, inExpertPool: boolean, contactPhone?: string | null, rating?: number | null, ratingCount: number, closedCases: number, successfulCases: number, specialties: Array<{ __typename?: 'DisputeType', code: string, label: string }>, memberships: Array<{ __typename?: 'Membership', role: MembershipRole, committee: { __typename?: 'Committee', id: string, name: string, phone: string, address: string } }> } };

export type CommitteesQueryVariables = Exact<{
  filter?: InputMaybe<CommitteeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CommitteesQuery = { __typename?: 'Query', committees: { __typename?: 'CommitteeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Committee', id: string, name: string, kind: CommitteeKind, address: string, phone: string, serviceHours: string, latitude?: number | null, longitude?: number | null, memberCount: number, region: { __typename?: 'Region', code: string, name: string } }> } };

export type CommitteeDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommitteeDetailQuery = { __typename?: 'Query', committee: { __typename?: 'Committee', id: string, name: string, kind: CommitteeKind, hostInstitution?: HostInstitution | null, hostName?: string | null, address: string, phone: string, serviceHours: string, introduction?: string | null, latitude?: number | null, longitude?: number | null, region: { __typename?: 'Region', code: string, name: string, ancestors: Array<{ __typename?: 'Region', name: string }> }, parent?: { __typename?: 'Committee', id: string, name: string } | null, disputeTypes: Array<{ __typename?: 'DisputeType', code: string, label: string }>, members: Array<{ __typename?: 'Membership', role: MembershipRole, mediator: { __typename?: 'Mediator', id: string, name: string, photoUrl?: string | null, grade: number, specialties: Array<{ __typename?: 'DisputeType', label: string }> } }> } };

export type RegionChildrenQueryVariables = Exact<{
  parentCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegionChildrenQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', code: string, name: string, level: RegionLevel }> };

export type DisputeTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type DisputeTypesQuery = { __typename?: 'Query', disputeTypes: Array<{ __typename?: 'DisputeType', code: string, label: string }> };

export type RegionDetailQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type RegionDetailQuery = { __typename?: 'Query', region: { __typename?: 'Region', code: string, name: string, level: RegionLevel } };

export type MediatorLanguagesQueryVariables = Exact<{ [key: string]: never; }>;


export type MediatorLanguagesQuery = { __typename?: 'Query', mediatorLanguages: Array<{ __typename?: 'MediatorLanguage', label: string, kindLabel: string, mediatorCount: number }> };

export type RegionPathQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type RegionPathQuery = { __typename?: 'Query', region: { __typename?: 'Region', code: string, name: string, ancestors: Array<{ __typename?: 'Region', name: string }> } };

export type HeadlineFiguresFragment = { __typename?: 'Statistics', accepted: number, successful: number, successRate?: number | null, amountInvolved: string, judicialConfirmations: number, fulfilmentRate?: number | null, satisfactionRate?: number | null, averageDaysToClose?: number | null, overdue: number };

export type StatisticsQueryVariables = Exact<{
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  previousFrom: Scalars['String']['input'];
  previousTo: Scalars['String']['input'];
  lastYearFrom: Scalars['String']['input'];
  lastYearTo: Scalars['String']['input'];
}>;


export type StatisticsQuery = { __typename?: 'Query', statistics: { __typename?: 'Statistics', accepted: number, successful: number, successRate?: number | null, amountInvolved: string, judicialConfirmations: number, fulfilmentRate?: number | null, satisfactionRate?: number | null, averageDaysToClose?: number | null, overdue: number, byDisputeType: Array<{ __typename?: 'StatisticsShare', code: string, label: string, count: number, share: number }>, byChannel: Array<{ __typename?: 'StatisticsShare', code: string, label: string, count: number, share: number }>, byMediator: Array<{ __typename?: 'MediatorStatistics', mediatorId: string, name: string, cases: number, successful: number, successRate?: number | null }>, byMonth: Array<{ __typename?: 'MonthlyStatistics', month: string, accepted: number, successful: number }>, byArea: Array<{ __typename?: 'AreaStatistics', regionCode: string, name: string, accepted: number, successful: number, successRate?: number | null, overdue: number, amountInvolved: string }> }, previous: { __typename?: 'Statistics', accepted: number, successful: number, successRate?: number | null, amountInvolved: string, judicialConfirmations: number, fulfilmentRate?: number | null, satisfactionRate?: number | null, averageDaysToClose?: number | null, overdue: number }, lastYear: { __typename?: 'Statistics', accepted: number, successful: number, successRate?: number | null, amountInvolved: string, judicialConfirmations: number, fulfilmentRate?: number | null, satisfactionRate?: number | null, averageDaysToClose?: number | null, overdue: number } };

export type WarningsQueryVariables = Exact<{
  regionCode: Scalars['String']['input'];
  includeResolved: Scalars['Boolean']['input'];
}>;


export type WarningsQuery = { __typename?: 'Query', warnings: Array<{ __typename?: 'Warning', id: string, kind: WarningKind, status: WarningStatus, summary: string, raisedAt: string, resolution?: string | null, committee?: { __typename?: 'Committee', id: string, name: string } | null, cases: Array<{ __typename?: 'WarnedCase', id: string, number: string }> }> };

export type AcknowledgeWarningMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeWarningMutation = { __typename?: 'Mutation', acknowledgeWarning: { __typename?: 'Warning', id: string, status: WarningStatus } };

export type ResolveWarningMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
}>;


export type ResolveWarningMutation = { __typename?: 'Mutation', resolveWarning: { __typename?: 'Warning', id: string, status: WarningStatus } };

export type SubsidiesQueryVariables = Exact<{
  regionCode: Scalars['String']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type SubsidiesQuery = { __typename?: 'Query', subsidies: { __typename?: 'SubsidyReport', total: number, byMediator: Array<{ __typename?: 'MediatorSubsidy', mediatorId: string, name: string, cases: number, amount: number }>, lines: Array<{ __typename?: 'SubsidyLine', caseId: string, number: string, mediatorName?: string | null, difficulty: Difficulty, level: SubsidyLevel, eligible: boolean, amount: number, reasons: Array<string> }> } };

export type MediatorAssessmentQueryVariables = Exact<{
  regionCode: Scalars['String']['input'];
  half: Scalars['String']['input'];
}>;


export type MediatorAssessmentQuery = { __typename?: 'Query', mediatorAssessment: Array<{ __typename?: 'MediatorAssessment', mediatorId: string, name: string, score: number, cases: number, closed: number, successful: number, successRate?: number | null, overdue: number, completeFiles: number, satisfaction?: number | null, breakdown: Array<string>, removalReason?: string | null }> };

export type RoomPageQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
  partyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RoomPageQuery = { __typename?: 'Query', caseRoom: { __typename?: 'CaseRoom', caseId: string, canWrite: boolean, canPropose: boolean, canModerate: boolean, threads: Array<{ __typename?: 'RoomThread', partyId?: string | null, title: string, partyName?: string | null, messageCount: number, unreadCount: number, closed: boolean, closedReason?: string | null, canWrite: boolean }>, pauses: Array<{ __typename?: 'RoomPause', partyId: string, partyName: string, until: string, reason: string }>, myPause?: { __typename?: 'RoomPause', partyId: string, until: string, reason: string } | null, moderationLog: Array<{ __typename?: 'RoomModerationEntry', action: RoomModerationAction, label: string, subject: string, reason?: string | null, until?: string | null, at: string }> }, roomMessages: { __typename?: 'RoomMessageConnection', othersReadUpTo?: string | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'RoomMessage', id: string, cursor: string, authorRole: RoomAuthorRole, authorName: string, isMine: boolean, body: string, createdAt: string, markedForFile: boolean, photoUrl?: string | null, voiceUrl?: string | null, voiceSeconds?: number | null }> }, roomProposals: Array<{ __typename?: 'RoomProposal', id: string, partyId?: string | null, note?: string | null, state: ProposalState, canAnswer: boolean, myAnswer?: boolean | null, createdAt: string, terms: Array<{ __typename?: 'ProposalTerm', content: string, method: string, performBy: string }>, answers: Array<{ __typename?: 'ProposalAnswer', partyId: string, partyName: string, accepted: boolean, note?: string | null }> }> };

export type RoomStateFragment = { __typename?: 'CaseRoom', caseId: string, canWrite: boolean, canPropose: boolean, canModerate: boolean, threads: Array<{ __typename?: 'RoomThread', partyId?: string | null, title: string, partyName?: string | null, messageCount: number, unreadCount: number, closed: boolean, closedReason?: string | null, canWrite: boolean }>, pauses: Array<{ __typename?: 'RoomPause', partyId: string, partyName: string, until: string, reason: string }>, myPause?: { __typename?: 'RoomPause', partyId: string, until: string, reason: string } | null, moderationLog: Array<{ __typename?: 'RoomModerationEntry', action: RoomModerationAction, label: string, subject: string, reason?: string | null, until?: string | null, at: string }> };

export type MarkRoomReadMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  partyId?: InputMaybe<Scalars['ID']['input']>;
  cursor: Scalars['String']['input'];
}>;


export type MarkRoomReadMutation = { __typename?: 'Mutation', markRoomRead: { __typename?: 'CaseRoom', caseId: string, canWrite: boolean, canPropose: boolean, canModerate: boolean, threads: Array<{ __typename?: 'RoomThread', partyId?: string | null, title: string, partyName?: string | null, messageCount: number, unreadCount: number, closed: boolean, closedReason?: string | null, canWrite: boolean }>, pauses: Array<{ __typename?: 'RoomPause', partyId: string, partyName: string, until: string, reason: string }>, myPause?: { __typename?: 'RoomPause', partyId: string, until: string, reason: string } | null, moderationLog: Array<{ __typename?: 'RoomModerationEntry', action: RoomModerationAction, label: string, subject: string, reason?: string | null, until?: string | null, at: string }> } };

export type ModerateRoomMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: RoomModerationInput;
}>;


export type ModerateRoomMutation = { __typename?: 'Mutation', moderateRoom: { __typename?: 'CaseRoom', caseId: string, canWrite: boolean, canPropose: boolean, canModerate: boolean, threads: Array<{ __typename?: 'RoomThread', partyId?: string | null, title: string, partyName?: string | null, messageCount: number, unreadCount: number, closed: boolean, closedReason?: string | null, canWrite: boolean }>, pauses: Array<{ __typename?: 'RoomPause', partyId: string, partyName: string, until: string, reason: string }>, myPause?: { __typename?: 'RoomPause', partyId: string, until: string, reason: string } | null, moderationLog: Array<{ __typename?: 'RoomModerationEntry', action: RoomModerationAction, label: string, subject: string, reason?: string | null, until?: string | null, at: string }> } };

export type MarkRoomMessageMutationVariables = Exact<{
  messageId: Scalars['ID']['input'];
  forFile: Scalars['Boolean']['input'];
}>;


export type MarkRoomMessageMutation = { __typename?: 'Mutation', markRoomMessage: { __typename?: 'RoomMessage', id: string, cursor: string, authorRole: RoomAuthorRole, authorName: string, isMine: boolean, body: string, createdAt: string, markedForFile: boolean, photoUrl?: string | null, voiceUrl?: string | null, voiceSeconds?: number | null } };

export type RoomMessagesQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
  partyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RoomMessagesQuery = { __typename?: 'Query', roomMessages: { __typename?: 'RoomMessageConnection', othersReadUpTo?: string | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'RoomMessage', id: string, cursor: string, authorRole: RoomAuthorRole, authorName: string, isMine: boolean, body: string, createdAt: string, markedForFile: boolean, photoUrl?: string | null, voiceUrl?: string | null, voiceSeconds?: number | null }> } };

export type RoomMessagePageFragment = { __typename?: 'RoomMessageConnection', othersReadUpTo?: string | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'RoomMessage', id: string, cursor: string, authorRole: RoomAuthorRole, authorName: string, isMine: boolean, body: string, createdAt: string, markedForFile: boolean, photoUrl?: string | null, voiceUrl?: string | null, voiceSeconds?: number | null }> };

export type RoomMessageItemFragment = { __typename?: 'RoomMessage', id: string, cursor: string, authorRole: RoomAuthorRole, authorName: string, isMine: boolean, body: string, createdAt: string, markedForFile: boolean, photoUrl?: string | null, voiceUrl?: string | null, voiceSeconds?: number | null };

export type PostRoomMessageMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  partyId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
  clientKey: Scalars['String']['input'];
}>;


export type PostRoomMessageMutation = { __typename?: 'Mutation', postRoomMessage: { __typename?: 'RoomMessage', id: string, cursor: string, authorRole: RoomAuthorRole, authorName: string, isMine: boolean, body: string, createdAt: string, markedForFile: boolean, photoUrl?: string | null, voiceUrl?: string | null, voiceSeconds?: number | null } };

export type RoomProposalItemFragment = { __typename?: 'RoomProposal', id: string, partyId?: string | null, note?: string | null, state: ProposalState, canAnswer: boolean, myAnswer?: boolean | null, createdAt: string, terms: Array<{ __typename?: 'ProposalTerm', content: string, method: string, performBy: string }>, answers: Array<{ __typename?: 'ProposalAnswer', partyId: string, partyName: string, accepted: boolean, note?: string | null }> };

export type PutProposalMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  partyId?: InputMaybe<Scalars['ID']['input']>;
  terms: Array<AgreementTermInput> | AgreementTermInput;
  note?: InputMaybe<Scalars['String']['input']>;
  clientKey: Scalars['String']['input'];
}>;


export type PutProposalMutation = { __typename?: 'Mutation', putProposal: { __typename?: 'RoomProposal', id: string, partyId?: string | null, note?: string | null, state: ProposalState, canAnswer: boolean, myAnswer?: boolean | null, createdAt: string, terms: Array<{ __typename?: 'ProposalTerm', content: string, method: string, performBy: string }>, answers: Array<{ __typename?: 'ProposalAnswer', partyId: string, partyName: string, accepted: boolean, note?: string | null }> } };

export type AnswerProposalMutationVariables = Exact<{
  proposalId: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type AnswerProposalMutation = { __typename?: 'Mutation', answerProposal: { __typename?: 'RoomProposal', id: string, partyId?: string | null, note?: string | null, state: ProposalState, canAnswer: boolean, myAnswer?: boolean | null, createdAt: string, terms: Array<{ __typename?: 'ProposalTerm', content: string, method: string, performBy: string }>, answers: Array<{ __typename?: 'ProposalAnswer', partyId: string, partyName: string, accepted: boolean, note?: string | null }> } };

export type DraftAgreementFromProposalMutationVariables = Exact<{
  proposalId: Scalars['ID']['input'];
  factsAndResponsibilities: Scalars['String']['input'];
}>;


export type DraftAgreementFromProposalMutation = { __typename?: 'Mutation', draftAgreementFromProposal: { __typename?: 'Agreement', id: string, version: number } };

export const CaseListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MediationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceState"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CaseListItemFragment, unknown>;
export const CasePageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CasePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MediationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceState"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CasePageFragment, unknown>;
export const SignedInFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedIn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needsPrivacyConsent"}},{"kind":"Field","name":{"kind":"Name","value":"currentPrivacyPolicyVersion"}}]}}]}}]} as unknown as DocumentNode<SignedInFragment, unknown>;
export const HeadlineFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeadlineFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"successful"}},{"kind":"Field","name":{"kind":"Name","value":"successRate"}},{"kind":"Field","name":{"kind":"Name","value":"amountInvolved"}},{"kind":"Field","name":{"kind":"Name","value":"judicialConfirmations"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageDaysToClose"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<HeadlineFiguresFragment, unknown>;
export const RoomStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseRoom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}},{"kind":"Field","name":{"kind":"Name","value":"canPropose"}},{"kind":"Field","name":{"kind":"Name","value":"canModerate"}},{"kind":"Field","name":{"kind":"Name","value":"threads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<RoomStateFragment, unknown>;
export const RoomMessageItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomMessageItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"markedForFile"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"voiceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"voiceSeconds"}}]}}]} as unknown as DocumentNode<RoomMessageItemFragment, unknown>;
export const RoomMessagePageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomMessagePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomMessageConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"othersReadUpTo"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomMessageItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomMessageItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"markedForFile"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"voiceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"voiceSeconds"}}]}}]} as unknown as DocumentNode<RoomMessagePageFragment, unknown>;
export const RoomProposalItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomProposalItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"performBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<RoomProposalItemFragment, unknown>;
export const FileCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FileCaseMutation, FileCaseMutationVariables>;
export const MyCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CasePage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MediationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceState"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CasePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}}]}}]}}]} as unknown as DocumentNode<MyCasesQuery, MyCasesQueryVariables>;
export const MyRegisteredCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRegisteredCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRegisteredCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CasePage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MediationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceState"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CasePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}}]}}]}}]} as unknown as DocumentNode<MyRegisteredCasesQuery, MyRegisteredCasesQueryVariables>;
export const RegisterCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<RegisterCaseMutation, RegisterCaseMutationVariables>;
export const AssignedCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignedCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CasePage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MediationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceState"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CasePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}}]}}]}}]} as unknown as DocumentNode<AssignedCasesQuery, AssignedCasesQueryVariables>;
export const CommitteeCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"committeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CasePage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MediationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceState"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CasePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}}]}}]}}]} as unknown as DocumentNode<CommitteeCasesQuery, CommitteeCasesQueryVariables>;
export const CaseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"claims"}},{"kind":"Field","name":{"kind":"Name","value":"amountInvolved"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceState"}},{"kind":"Field","name":{"kind":"Name","value":"canSupervise"}},{"kind":"Field","name":{"kind":"Name","value":"backfilledAt"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mediatorRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"mediator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myRanking"}},{"kind":"Field","name":{"kind":"Name","value":"roomUnreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isMe"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"statementAt"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"factsAndResponsibilities"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingConfirmationFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"judicialCourt"}},{"kind":"Field","name":{"kind":"Name","value":"judicialAppliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"judicialDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"judicialResult"}},{"kind":"Field","name":{"kind":"Name","value":"judicialReference"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"performBy"}},{"kind":"Field","name":{"kind":"Name","value":"performance"}},{"kind":"Field","name":{"kind":"Name","value":"performanceNote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"termSeq"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyRole"}}]}}]}}]}}]} as unknown as DocumentNode<CaseDetailQuery, CaseDetailQueryVariables>;
export const CaseInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"committeeName"}},{"kind":"Field","name":{"kind":"Name","value":"disputeTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"applicantNames"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"claims"}},{"kind":"Field","name":{"kind":"Name","value":"identityProblem"}}]}}]}}]} as unknown as DocumentNode<CaseInvitationQuery, CaseInvitationQueryVariables>;
export const RespondToInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"consent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consent"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RespondToInvitationMutation, RespondToInvitationMutationVariables>;
export const RankMediatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RankMediators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mediatorIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leaveToCommittee"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankMediators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mediatorIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mediatorIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"leaveToCommittee"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leaveToCommittee"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myRanking"}}]}}]}}]} as unknown as DocumentNode<RankMediatorsMutation, RankMediatorsMutationVariables>;
export const PerformCaseActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PerformCaseAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performCaseAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationCode"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<PerformCaseActionMutation, PerformCaseActionMutationVariables>;
export const CaseInvitationLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseInvitationLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weChat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitationState"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"h5Url"}},{"kind":"Field","name":{"kind":"Name","value":"weChatUrlLink"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weChat"}}}]}]}]}}]}}]}}]} as unknown as DocumentNode<CaseInvitationLinkQuery, CaseInvitationLinkQueryVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const ReissueInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReissueInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identityCheck"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reissueInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"identityCheck"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identityCheck"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationCode"}}]}}]}}]} as unknown as DocumentNode<ReissueInvitationMutation, ReissueInvitationMutationVariables>;
export const ScheduleSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduleSessionMutation, ScheduleSessionMutationVariables>;
export const RecordSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"record"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"record"},"value":{"kind":"Variable","name":{"kind":"Name","value":"record"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<RecordSessionMutation, RecordSessionMutationVariables>;
export const DraftAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DraftAgreementMutation, DraftAgreementMutationVariables>;
export const ConfirmAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentHash"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contentHash"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentHash"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}}]}}]}}]} as unknown as DocumentNode<ConfirmAgreementMutation, ConfirmAgreementMutationVariables>;
export const RecordTermPerformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTermPerformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"performance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TermPerformance"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTermPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}},{"kind":"Argument","name":{"kind":"Name","value":"performance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"performance"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"performance"}}]}}]}}]} as unknown as DocumentNode<RecordTermPerformanceMutation, RecordTermPerformanceMutationVariables>;
export const ApplyForJudicialConfirmationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForJudicialConfirmation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JudicialApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForJudicialConfirmation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"judicialAppliedOn"}}]}}]}}]} as unknown as DocumentNode<ApplyForJudicialConfirmationMutation, ApplyForJudicialConfirmationMutationVariables>;
export const RateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeScore"}}]}}]}}]} as unknown as DocumentNode<RateCaseMutation, RateCaseMutationVariables>;
export const AnswerFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"followUpId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"followUpId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"followUpId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AnswerFollowUpMutation, AnswerFollowUpMutationVariables>;
export const CaseMediatorMenuDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseMediatorMenu"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myRanking"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediatorRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"mediator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediatorMenu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fittingCount"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierLabel"}},{"kind":"Field","name":{"kind":"Name","value":"offeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"fitsDisputeType"}},{"kind":"Field","name":{"kind":"Name","value":"speaksPartyLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"mediator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingCount"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseMediatorMenuQuery, CaseMediatorMenuQueryVariables>;
export const OversightCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OversightCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOversightFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oversightCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CasePage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MediationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceState"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CasePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}}]}}]}}]} as unknown as DocumentNode<OversightCasesQuery, OversightCasesQueryVariables>;
export const CaseBacklogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseBacklog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSubordinates"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseBacklog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"committeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSubordinates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSubordinates"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awaitingAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"arranging"}},{"kind":"Field","name":{"kind":"Name","value":"inMediation"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<CaseBacklogQuery, CaseBacklogQueryVariables>;
export const SuperviseCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuperviseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SuperviseCaseMutation, SuperviseCaseMutationVariables>;
export const MyOpenCaseAgainstDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOpenCaseAgainst"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"respondentName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOpenCaseAgainst"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"respondentName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"respondentName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MyOpenCaseAgainstQuery, MyOpenCaseAgainstQueryVariables>;
export const RequestMediatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestMediator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mediatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMediator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mediatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mediatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RequestMediatorMutation, RequestMediatorMutationVariables>;
export const AnswerMediatorRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerMediatorRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"arrange"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerMediatorRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"arrange"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arrange"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AnswerMediatorRequestMutation, AnswerMediatorRequestMutationVariables>;
export const SubmitStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statement"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"statement"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statement"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SubmitStatementMutation, SubmitStatementMutationVariables>;
export const LoginWithWeChatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginWithWeChat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginWithWeChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedIn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedIn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needsPrivacyConsent"}},{"kind":"Field","name":{"kind":"Name","value":"currentPrivacyPolicyVersion"}}]}}]}}]} as unknown as DocumentNode<LoginWithWeChatMutation, LoginWithWeChatMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedPrivacyPolicyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentPrivacyPolicyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"needsPrivacyConsent"}},{"kind":"Field","name":{"kind":"Name","value":"staffRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"committeeId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"mediatorId"}},{"kind":"Field","name":{"kind":"Name","value":"gridUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"gridUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"committeeId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AcceptPrivacyPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptPrivacyPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptPrivacyPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needsPrivacyConsent"}}]}}]}}]} as unknown as DocumentNode<AcceptPrivacyPolicyMutation, AcceptPrivacyPolicyMutationVariables>;
export const BindPhoneNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BindPhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<BindPhoneNumberMutation, BindPhoneNumberMutationVariables>;
export const RedeemStaffInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemStaffInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemStaffInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<RedeemStaffInvitationMutation, RedeemStaffInvitationMutationVariables>;
export const DevLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedIn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedIn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needsPrivacyConsent"}},{"kind":"Field","name":{"kind":"Name","value":"currentPrivacyPolicyVersion"}}]}}]}}]} as unknown as DocumentNode<DevLoginMutation, DevLoginMutationVariables>;
export const CommitteeMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mediator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeMembersQuery, CommitteeMembersQueryVariables>;
export const MediatorForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediatorForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"backgroundNote"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"inExpertPool"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MediatorForEditQuery, MediatorForEditQueryVariables>;
export const CreateMediatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMediator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMediatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMediator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateMediatorMutation, CreateMediatorMutationVariables>;
export const UpdateMediatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMediator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMediatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMediator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateMediatorMutation, UpdateMediatorMutationVariables>;
export const SetMediatorActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMediatorActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMediatorActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SetMediatorActiveMutation, SetMediatorActiveMutationVariables>;
export const AddMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddMembershipMutation, AddMembershipMutationVariables>;
export const SetMembershipRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMembershipRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMembershipRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SetMembershipRoleMutation, SetMembershipRoleMutationVariables>;
export const EndMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EndMembershipMutation, EndMembershipMutationVariables>;
export const CommitteeChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeChoicesQuery, CommitteeChoicesQueryVariables>;
export const GridUnitChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridUnitChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"committeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GridUnitChoicesQuery, GridUnitChoicesQueryVariables>;
export const CreateStaffInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CreateStaffInvitationMutation, CreateStaffInvitationMutationVariables>;
export const MediatorMenuDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediatorMenu"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MediatorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MediatorSortOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"inExpertPool"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingCount"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MediatorMenuQuery, MediatorMenuQueryVariables>;
export const MediatorProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediatorProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"backgroundNote"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"inExpertPool"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedCases"}},{"kind":"Field","name":{"kind":"Name","value":"successfulCases"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MediatorProfileQuery, MediatorProfileQueryVariables>;
export const CommitteesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Committees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitteeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"serviceHours"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitteesQuery, CommitteesQueryVariables>;
export const CommitteeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hostInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"serviceHours"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputeTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mediator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeDetailQuery, CommitteeDetailQueryVariables>;
export const RegionChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<RegionChildrenQuery, RegionChildrenQueryVariables>;
export const DisputeTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisputeTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputeTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<DisputeTypesQuery, DisputeTypesQueryVariables>;
export const RegionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<RegionDetailQuery, RegionDetailQueryVariables>;
export const MediatorLanguagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediatorLanguages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediatorLanguages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"mediatorCount"}}]}}]}}]} as unknown as DocumentNode<MediatorLanguagesQuery, MediatorLanguagesQueryVariables>;
export const RegionPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RegionPathQuery, RegionPathQueryVariables>;
export const StatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previousFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previousTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lastYearFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lastYearTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"committeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeadlineFigures"}},{"kind":"Field","name":{"kind":"Name","value":"byDisputeType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMediator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediatorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"successful"}},{"kind":"Field","name":{"kind":"Name","value":"successRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"successful"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"successful"}},{"kind":"Field","name":{"kind":"Name","value":"successRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"amountInvolved"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"previous"},"name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"committeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previousFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previousTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeadlineFigures"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"lastYear"},"name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"committeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastYearFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastYearTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeadlineFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeadlineFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"successful"}},{"kind":"Field","name":{"kind":"Name","value":"successRate"}},{"kind":"Field","name":{"kind":"Name","value":"amountInvolved"}},{"kind":"Field","name":{"kind":"Name","value":"judicialConfirmations"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageDaysToClose"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<StatisticsQuery, StatisticsQueryVariables>;
export const WarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Warnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeResolved"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeResolved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeResolved"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<WarningsQuery, WarningsQueryVariables>;
export const AcknowledgeWarningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeWarning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeWarning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeWarningMutation, AcknowledgeWarningMutationVariables>;
export const ResolveWarningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveWarning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveWarning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ResolveWarningMutation, ResolveWarningMutationVariables>;
export const SubsidiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Subsidies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subsidies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byMediator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediatorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"mediatorName"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]} as unknown as DocumentNode<SubsidiesQuery, SubsidiesQueryVariables>;
export const MediatorAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediatorAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"half"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediatorAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"half"},"value":{"kind":"Variable","name":{"kind":"Name","value":"half"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediatorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"successful"}},{"kind":"Field","name":{"kind":"Name","value":"successRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completeFiles"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}}]}}]}}]} as unknown as DocumentNode<MediatorAssessmentQuery, MediatorAssessmentQueryVariables>;
export const RoomPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roomMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"partyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomMessagePage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roomProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"partyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomProposalItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomMessageItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"markedForFile"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"voiceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"voiceSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseRoom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}},{"kind":"Field","name":{"kind":"Name","value":"canPropose"}},{"kind":"Field","name":{"kind":"Name","value":"canModerate"}},{"kind":"Field","name":{"kind":"Name","value":"threads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomMessagePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomMessageConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"othersReadUpTo"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomMessageItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomProposalItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"performBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<RoomPageQuery, RoomPageQueryVariables>;
export const MarkRoomReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkRoomRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markRoomRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"partyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"cursor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseRoom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}},{"kind":"Field","name":{"kind":"Name","value":"canPropose"}},{"kind":"Field","name":{"kind":"Name","value":"canModerate"}},{"kind":"Field","name":{"kind":"Name","value":"threads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<MarkRoomReadMutation, MarkRoomReadMutationVariables>;
export const ModerateRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModerateRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoomModerationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderateRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseRoom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}},{"kind":"Field","name":{"kind":"Name","value":"canPropose"}},{"kind":"Field","name":{"kind":"Name","value":"canModerate"}},{"kind":"Field","name":{"kind":"Name","value":"threads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ModerateRoomMutation, ModerateRoomMutationVariables>;
export const MarkRoomMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkRoomMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forFile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markRoomMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"forFile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forFile"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomMessageItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomMessageItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"markedForFile"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"voiceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"voiceSeconds"}}]}}]} as unknown as DocumentNode<MarkRoomMessageMutation, MarkRoomMessageMutationVariables>;
export const RoomMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"partyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomMessagePage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomMessageItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"markedForFile"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"voiceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"voiceSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomMessagePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomMessageConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"othersReadUpTo"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomMessageItem"}}]}}]}}]} as unknown as DocumentNode<RoomMessagesQuery, RoomMessagesQueryVariables>;
export const PostRoomMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostRoomMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postRoomMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"partyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomMessageItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomMessageItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"markedForFile"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"voiceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"voiceSeconds"}}]}}]} as unknown as DocumentNode<PostRoomMessageMutation, PostRoomMessageMutationVariables>;
export const PutProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PutProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"terms"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementTermInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"partyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"terms"},"value":{"kind":"Variable","name":{"kind":"Name","value":"terms"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomProposalItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomProposalItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"performBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<PutProposalMutation, PutProposalMutationVariables>;
export const AnswerProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomProposalItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomProposalItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"performBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<AnswerProposalMutation, AnswerProposalMutationVariables>;
export const DraftAgreementFromProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftAgreementFromProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"factsAndResponsibilities"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftAgreementFromProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"factsAndResponsibilities"},"value":{"kind":"Variable","name":{"kind":"Name","value":"factsAndResponsibilities"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DraftAgreementFromProposalMutation, DraftAgreementFromProposalMutationVariables>;