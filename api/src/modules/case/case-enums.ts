import { registerEnumType } from 'type-graphql';
import { describedBy } from '../../shared/labels';

/** Where a case is in its life (domain §5). Terminal: SUCCEEDED, FAILED, WITHDRAWN, REFUSED. */
export enum CaseStatus {
  PENDING_ACCEPTANCE = 'PENDING_ACCEPTANCE',
  AWAITING_CONSENT = 'AWAITING_CONSENT',
  CHOOSING_MEDIATOR = 'CHOOSING_MEDIATOR',
  AWAITING_MEDIATOR = 'AWAITING_MEDIATOR',
  IN_MEDIATION = 'IN_MEDIATION',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  WITHDRAWN = 'WITHDRAWN',
  REFUSED = 'REFUSED',
}

export const CASE_STATUS_LABEL: Record<CaseStatus, string> = {
  PENDING_ACCEPTANCE: '待受理',
  AWAITING_CONSENT: '待被申请人同意调解',
  CHOOSING_MEDIATOR: '选择调解员',
  AWAITING_MEDIATOR: '待调解员接受',
  IN_MEDIATION: '调解中',
  SUCCEEDED: '调解成功',
  FAILED: '调解不成',
  WITHDRAWN: '已撤回',
  REFUSED: '被申请人不同意调解',
};

/** How the dispute reached the committee; kept for the statistics by source (domain §7). */
export enum CaseChannel {
  RESIDENT_ONLINE = 'RESIDENT_ONLINE',
  WALK_IN = 'WALK_IN',
  GRID_REPORT = 'GRID_REPORT',
  COURT_REFERRAL = 'COURT_REFERRAL',
  POLICE_REFERRAL = 'POLICE_REFERRAL',
  PETITION_REFERRAL = 'PETITION_REFERRAL',
  PROCURATORATE_REFERRAL = 'PROCURATORATE_REFERRAL',
  OWN_INITIATIVE = 'OWN_INITIATIVE',
}

export const CASE_CHANNEL_LABEL: Record<CaseChannel, string> = {
  RESIDENT_ONLINE: '群众线上申请',
  WALK_IN: '来访登记',
  GRID_REPORT: '网格员上报',
  COURT_REFERRAL: '法院委派委托',
  POLICE_REFERRAL: '公安移送',
  PETITION_REFERRAL: '信访转交',
  PROCURATORATE_REFERRAL: '检察院移送',
  OWN_INITIATIVE: '主动调解',
};

export const REFERRAL_CHANNELS = [
  CaseChannel.COURT_REFERRAL,
  CaseChannel.POLICE_REFERRAL,
  CaseChannel.PETITION_REFERRAL,
  CaseChannel.PROCURATORATE_REFERRAL,
];

export enum PartyRole {
  APPLICANT = 'APPLICANT',
  RESPONDENT = 'RESPONDENT',
}

export enum PartyKind {
  PERSON = 'PERSON',
  ORGANISATION = 'ORGANISATION',
}

registerEnumType(CaseStatus, { name: 'CaseStatus', description: '案件状态', valuesConfig: describedBy(CASE_STATUS_LABEL) });
registerEnumType(CaseChannel, { name: 'CaseChannel', description: '案件来源', valuesConfig: describedBy(CASE_CHANNEL_LABEL) });
registerEnumType(PartyRole, { name: 'PartyRole', description: '当事人身份', valuesConfig: describedBy({ APPLICANT: '申请人', RESPONDENT: '被申请人' }) });
registerEnumType(PartyKind, { name: 'PartyKind', description: '当事人类型', valuesConfig: describedBy({ PERSON: '自然人', ORGANISATION: '法人或其他组织' }) });

export enum DeadlineState {
  ON_TIME = 'ON_TIME',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
}
/** Within this many days of the deadline a case is due soon. */
export const DUE_SOON_DAYS = 3;
registerEnumType(DeadlineState, { name: 'DeadlineState', description: '办理期限状态', valuesConfig: describedBy({ ON_TIME: '期限内', DUE_SOON: '即将到期', OVERDUE: '已超期' }) });

/** Where the respondent's invitation stands, for the staff who may send, withdraw or re-issue it. */
export enum InvitationState {
  /** Sent and still working: shown, copied and sent again until the respondent answers. */
  SENT = 'SENT',
  /** Sent before the product kept invitations: it still works, but cannot be shown again; re-issue to send one that can. */
  SENT_NOT_KEPT = 'SENT_NOT_KEPT',
  /** Withdrawn by the committee: no link works until one is re-issued. */
  WITHDRAWN = 'WITHDRAWN',
}

export const INVITATION_STATE_LABEL: Record<InvitationState, string> = {
  SENT: '邀请已发出，等待被申请人答复',
  SENT_NOT_KEPT: '邀请已发出（系统升级前发出，无法再次查看，需要再次发送时请重新生成）',
  WITHDRAWN: '邀请已撤回',
};
registerEnumType(InvitationState, { name: 'InvitationState', description: '被申请人调解邀请的状态', valuesConfig: describedBy(INVITATION_STATE_LABEL) });
