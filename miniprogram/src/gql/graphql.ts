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
  DateTimeISO: { input: any; output: any; }
};

export type AddMembershipInput = {
  committeeId: Scalars['ID']['input'];
  mediatorId: Scalars['ID']['input'];
  role?: MembershipRole;
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

/** 人民调解委员会（含派驻调解室、个人调解工作室等） */
export type Committee = {
  __typename?: 'Committee';
  /** 是否在用（停用的调委会不出现在列表中） */
  active: Scalars['Boolean']['output'];
  address: Scalars['String']['output'];
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

export type CreateCommitteeInput = {
  address: Scalars['String']['input'];
  /** 受理的纠纷类型代码；行业性专业性调委会必填 */
  disputeTypeCodes?: Array<Scalars['String']['input']>;
  hostInstitution?: InputMaybe<HostInstitution>;
  hostName?: InputMaybe<Scalars['String']['input']>;
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
  inExpertPool?: Scalars['Boolean']['input'];
  languages?: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  photoUrl?: InputMaybe<Scalars['String']['input']>;
  sex: Sex;
  /** 擅长的纠纷类型代码 */
  specialtyCodes?: Array<Scalars['String']['input']>;
};

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
  sex: Sex;
  /** 擅长领域 */
  specialties: Array<DisputeType>;
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
  /** 语言或方言，如 维吾尔语 */
  language?: InputMaybe<Scalars['String']['input']>;
  /** 行政区划代码，含其全部下级 */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** 搜索姓名、擅长领域、语言、背景、简介 */
  search?: InputMaybe<Scalars['String']['input']>;
  /** 擅长的纠纷类型代码 */
  specialty?: InputMaybe<Scalars['String']['input']>;
};

/** 调解员菜单排序 */
export type MediatorSortOrder =
  /** 按等级，一级在前 */
  | 'GRADE'
  /** 综合：有搜索词时按匹配程度，再按等级 */
  | 'RELEVANCE';

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

export type Mutation = {
  __typename?: 'Mutation';
  /** 同意隐私保护指引（须为当前版本） */
  acceptPrivacyPolicy: Me;
  /** 聘任调解员到调委会 */
  addMembership: Membership;
  /** 绑定手机号：传入 getPhoneNumber 按钮返回的 code；须先同意隐私保护指引 */
  bindPhoneNumber: Me;
  /** 新建调委会（司法行政机关，本辖区内） */
  createCommittee: Committee;
  /** 登记调解员 */
  createMediator: Mediator;
  /** 创建工作人员邀请码（只能邀请到自己管辖范围内） */
  createStaffInvitation: StaffInvitation;
  /** 开发环境登录（演示数据、H5 调试用），生产环境不可用 */
  devLogin: AuthSession;
  /** 解除任职 */
  endMembership: Membership;
  /** 微信登录：传入 wx.login 取得的 code */
  loginWithWeChat: AuthSession;
  /** 用邀请码把工作人员角色绑定到当前微信账号 */
  redeemStaffInvitation: Me;
  /** 用刷新令牌换取新的登录凭证（刷新令牌只能用一次） */
  refreshSession: AuthSession;
  /** 查看未脱敏的个人信息；记录查看人、内容、时间和原因 */
  revealPersonalData?: Maybe<Scalars['String']['output']>;
  /** 停用或恢复调委会；停用后不再出现在列表和调解员菜单中 */
  setCommitteeActive: Committee;
  /** 停用（清退）或恢复调解员；停用后不再出现在菜单中 */
  setMediatorActive: Mediator;
  /** 调整职务 */
  setMembershipRole: Membership;
  /** 实名信息（姓名、身份证号）；须先同意隐私保护指引 */
  setRealNameIdentity: Me;
  /** 修改调委会信息（调委会管理员只能改本会的基本信息） */
  updateCommittee: Committee;
  /** 修改调解员信息 */
  updateMediator: Mediator;
};


export type MutationAcceptPrivacyPolicyArgs = {
  version: Scalars['String']['input'];
};


export type MutationAddMembershipArgs = {
  input: AddMembershipInput;
};


export type MutationBindPhoneNumberArgs = {
  code: Scalars['String']['input'];
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


export type MutationEndMembershipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginWithWeChatArgs = {
  code: Scalars['String']['input'];
};


export type MutationRedeemStaffInvitationArgs = {
  code: Scalars['String']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRevealPersonalDataArgs = {
  field: PersonalDataField;
  reason: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
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

/** 受保护的个人信息 */
export type PersonalDataField =
  /** 身份证号 */
  | 'ID_NUMBER'
  /** 手机号 */
  | 'PHONE';

export type Query = {
  __typename?: 'Query';
  /** 一个调委会 */
  committee: Committee;
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
  /** 调解员菜单（点单式调解）：在任调解员 */
  mediators: MediatorConnection;
  /** 按代码查询一个行政区划 */
  region: Region;
  /** 下级行政区划；不传 parentCode 时返回最上级区划 */
  regions: Array<Region>;
};


export type QueryCommitteeArgs = {
  id: Scalars['ID']['input'];
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


export type QueryMediatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MediatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: MediatorSortOrder;
};


export type QueryRegionArgs = {
  code: Scalars['String']['input'];
};


export type QueryRegionsArgs = {
  parentCode?: InputMaybe<Scalars['String']['input']>;
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
  /** 负责的网格 */
  gridUnitId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** 对应的调解员档案 */
  mediatorId?: Maybe<Scalars['ID']['output']>;
  /** 管辖区划（司法所、司法局） */
  regionCode?: Maybe<Scalars['String']['output']>;
  role: StaffRole;
};

/** 只修改提供的字段；可空字段传 null 表示清空 */
export type UpdateCommitteeInput = {
  address?: InputMaybe<Scalars['String']['input']>;
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

export type LoginWithWeChatMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type LoginWithWeChatMutation = { __typename?: 'Mutation', loginWithWeChat: { __typename?: 'AuthSession', accessToken: string, accessTokenExpiresAt: any, refreshToken: string, refreshTokenExpiresAt: any, me: { __typename?: 'Me', id: string, needsPrivacyConsent: boolean, currentPrivacyPolicyVersion: string } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'AuthSession', accessToken: string, accessTokenExpiresAt: any, refreshToken: string, refreshTokenExpiresAt: any } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, realName?: string | null, phone?: string | null, idNumber?: string | null, acceptedPrivacyPolicyVersion?: string | null, currentPrivacyPolicyVersion: string, needsPrivacyConsent: boolean, staffRoles: Array<{ __typename?: 'StaffRoleAssignment', id: string, role: StaffRole, displayName: string, committeeId?: string | null, regionCode?: string | null, mediatorId?: string | null, gridUnitId?: string | null }> } };

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

export type MediatorMenuQueryVariables = Exact<{
  filter?: InputMaybe<MediatorFilter>;
  sort?: InputMaybe<MediatorSortOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MediatorMenuQuery = { __typename?: 'Query', mediators: { __typename?: 'MediatorConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Mediator', id: string, name: string, photoUrl?: string | null, sex: Sex, ethnicity: string, grade: number, employment: Employment, languages: Array<string>, inExpertPool: boolean, specialties: Array<{ __typename?: 'DisputeType', code: string, label: string }>, memberships: Array<{ __typename?: 'Membership', role: MembershipRole, committee: { __typename?: 'Committee', id: string, name: string } }> }> } };

export type MediatorProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MediatorProfileQuery = { __typename?: 'Query', mediator: { __typename?: 'Mediator', id: string, name: string, photoUrl?: string | null, sex: Sex, ethnicity: string, background: MediatorBackground, backgroundNote?: string | null, grade: number, employment: Employment, languages: Array<string>, certificateNo?: string | null, bio?: string | null, inExpertPool: boolean, contactPhone?: string | null, specialties: Array<{ __typename?: 'DisputeType', code: string, label: string }>, memberships: Array<{ __typename?: 'Membership', role: MembershipRole, committee: { __typename?: 'Committee', id: string, name: string, phone: string, address: string } }> } };

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


export const LoginWithWeChatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginWithWeChat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginWithWeChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needsPrivacyConsent"}},{"kind":"Field","name":{"kind":"Name","value":"currentPrivacyPolicyVersion"}}]}}]}}]}}]} as unknown as DocumentNode<LoginWithWeChatMutation, LoginWithWeChatMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedPrivacyPolicyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentPrivacyPolicyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"needsPrivacyConsent"}},{"kind":"Field","name":{"kind":"Name","value":"staffRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"committeeId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"mediatorId"}},{"kind":"Field","name":{"kind":"Name","value":"gridUnitId"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AcceptPrivacyPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptPrivacyPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptPrivacyPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needsPrivacyConsent"}}]}}]}}]} as unknown as DocumentNode<AcceptPrivacyPolicyMutation, AcceptPrivacyPolicyMutationVariables>;
export const BindPhoneNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BindPhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<BindPhoneNumberMutation, BindPhoneNumberMutationVariables>;
export const RedeemStaffInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemStaffInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemStaffInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<RedeemStaffInvitationMutation, RedeemStaffInvitationMutationVariables>;
export const MediatorMenuDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediatorMenu"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MediatorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MediatorSortOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"inExpertPool"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MediatorMenuQuery, MediatorMenuQueryVariables>;
export const MediatorProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediatorProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"backgroundNote"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"inExpertPool"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MediatorProfileQuery, MediatorProfileQueryVariables>;
export const CommitteesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Committees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitteeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"serviceHours"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitteesQuery, CommitteesQueryVariables>;
export const CommitteeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hostInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"serviceHours"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputeTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mediator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeDetailQuery, CommitteeDetailQueryVariables>;
export const RegionChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<RegionChildrenQuery, RegionChildrenQueryVariables>;
export const DisputeTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisputeTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputeTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<DisputeTypesQuery, DisputeTypesQueryVariables>;