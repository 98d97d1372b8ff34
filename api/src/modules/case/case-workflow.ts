import { registerEnumType } from 'type-graphql';
import { CaseStatus } from './case-enums';

/** Everything that can happen to a case after it is filed. */
export enum CaseAction {
  ACCEPT = 'ACCEPT',
  TRANSFER = 'TRANSFER',
  ESCALATE = 'ESCALATE',
  CONSENT = 'CONSENT',
  REFUSE = 'REFUSE',
  MUTUAL_CHOICE = 'MUTUAL_CHOICE',
  ASSIGN_MEDIATOR = 'ASSIGN_MEDIATOR',
  MEDIATOR_ACCEPT = 'MEDIATOR_ACCEPT',
  MEDIATOR_DECLINE = 'MEDIATOR_DECLINE',
  REQUEST_REPLACEMENT = 'REQUEST_REPLACEMENT',
  RECORD_SUCCESS = 'RECORD_SUCCESS',
  RECORD_FAILURE = 'RECORD_FAILURE',
  WITHDRAW = 'WITHDRAW',
}

/** Who may take an action: the case's own parties, its committee's staff, its mediator, or the system. */
export enum CaseActor {
  APPLICANT = 'APPLICANT',
  RESPONDENT = 'RESPONDENT',
  COMMITTEE = 'COMMITTEE',
  ASSIGNED_MEDIATOR = 'ASSIGNED_MEDIATOR',
  /** Staff of a committee asked to join (联合调处): they see the case and work on it, but do not move it. */
  JOINT_COMMITTEE = 'JOINT_COMMITTEE',
  /** Admins of a committee above the handling one (the township over a village): they read the case and supervise (督办), not move it. */
  SUPERVISING_COMMITTEE = 'SUPERVISING_COMMITTEE',
  SYSTEM = 'SYSTEM',
}

export interface Transition {
  from: readonly CaseStatus[];
  to: CaseStatus;
  by: readonly CaseActor[];
  label: string;
}

export const OPEN_STATUSES = [
  CaseStatus.PENDING_ACCEPTANCE,
  CaseStatus.AWAITING_CONSENT,
  CaseStatus.CHOOSING_MEDIATOR,
  CaseStatus.AWAITING_MEDIATOR,
  CaseStatus.IN_MEDIATION,
] as const;

/**
 * The case workflow, whole: every allowed transition and who may take it. Nothing else in the
 * code decides whether a case may move (统一受理、分类登记、分流转办、跟踪督办、办结反馈).
 */
export const TRANSITIONS: Record<CaseAction, Transition> = {
  ACCEPT: { from: [CaseStatus.PENDING_ACCEPTANCE], to: CaseStatus.AWAITING_CONSENT, by: [CaseActor.COMMITTEE], label: '受理' },
  TRANSFER: { from: [CaseStatus.PENDING_ACCEPTANCE], to: CaseStatus.PENDING_ACCEPTANCE, by: [CaseActor.COMMITTEE], label: '转办' },
  ESCALATE: {
    from: [CaseStatus.PENDING_ACCEPTANCE, CaseStatus.CHOOSING_MEDIATOR, CaseStatus.IN_MEDIATION],
    to: CaseStatus.PENDING_ACCEPTANCE,
    // The system moves up a case its committee did not accept in time (acceptance.rules.ts).
    by: [CaseActor.COMMITTEE, CaseActor.SYSTEM],
    label: '上报上级调委会',
  },
  CONSENT: { from: [CaseStatus.AWAITING_CONSENT], to: CaseStatus.CHOOSING_MEDIATOR, by: [CaseActor.RESPONDENT], label: '被申请人同意调解' },
  REFUSE: { from: [CaseStatus.AWAITING_CONSENT], to: CaseStatus.REFUSED, by: [CaseActor.RESPONDENT], label: '被申请人不同意调解' },
  MUTUAL_CHOICE: { from: [CaseStatus.CHOOSING_MEDIATOR], to: CaseStatus.AWAITING_MEDIATOR, by: [CaseActor.SYSTEM], label: '双方共同选定调解员' },
  ASSIGN_MEDIATOR: { from: [CaseStatus.CHOOSING_MEDIATOR], to: CaseStatus.AWAITING_MEDIATOR, by: [CaseActor.COMMITTEE], label: '调委会指派调解员' },
  MEDIATOR_ACCEPT: { from: [CaseStatus.AWAITING_MEDIATOR], to: CaseStatus.IN_MEDIATION, by: [CaseActor.ASSIGNED_MEDIATOR], label: '调解员接受' },
  MEDIATOR_DECLINE: { from: [CaseStatus.AWAITING_MEDIATOR], to: CaseStatus.CHOOSING_MEDIATOR, by: [CaseActor.ASSIGNED_MEDIATOR], label: '调解员回避或谢绝' },
  REQUEST_REPLACEMENT: {
    from: [CaseStatus.AWAITING_MEDIATOR, CaseStatus.IN_MEDIATION],
    to: CaseStatus.CHOOSING_MEDIATOR,
    by: [CaseActor.APPLICANT, CaseActor.RESPONDENT],
    label: '当事人申请更换调解员',
  },
  RECORD_SUCCESS: { from: [CaseStatus.IN_MEDIATION], to: CaseStatus.SUCCEEDED, by: [CaseActor.ASSIGNED_MEDIATOR], label: '调解成功' },
  RECORD_FAILURE: { from: [CaseStatus.IN_MEDIATION], to: CaseStatus.FAILED, by: [CaseActor.ASSIGNED_MEDIATOR], label: '调解不成' },
  // Staff record a withdrawal for applicants who came in person (they have no account to do it).
  WITHDRAW: { from: OPEN_STATUSES, to: CaseStatus.WITHDRAWN, by: [CaseActor.APPLICANT, CaseActor.COMMITTEE], label: '申请人撤回' },
};

registerEnumType(CaseAction, {
  name: 'CaseAction',
  description: '案件流转操作',
  valuesConfig: Object.fromEntries(Object.entries(TRANSITIONS).map(([k, t]) => [k, { description: t.label }])),
});
