// What people read for each enum value — the seeds' vocabulary. `satisfies` makes a new value in
// schema.graphql fail the type check until it has a label here.
import type { AgreementKind, CaseChannel, CaseStatus, Difficulty, Employment, MembershipRole, Sex, SubsidyLevel, DeadlineState, FollowUpChannel, JudicialResult, MediatorBackground, PartyRole, SessionMode, TermPerformance, WarningKind, WarningStatus } from './gql/graphql';

export const CASE_CHANNEL_LABEL = {
  RESIDENT_ONLINE: '群众线上申请',
  WALK_IN: '来访登记',
  GRID_REPORT: '网格员上报',
  COURT_REFERRAL: '法院委派委托',
  POLICE_REFERRAL: '公安移送',
  PETITION_REFERRAL: '信访转交',
  PROCURATORATE_REFERRAL: '检察院移送',
  OWN_INITIATIVE: '主动调解',
} satisfies Record<CaseChannel, string>;

export const DIFFICULTY_LABEL = { ORDINARY: '一般', DIFFICULT: '疑难', MAJOR: '重大' } satisfies Record<Difficulty, string>;
export const SUBSIDY_LEVEL_LABEL = { VILLAGE: '村（社区）级', TOWNSHIP: '乡镇（街道）级及以上' } satisfies Record<SubsidyLevel, string>;

export const CASE_STATUS_LABEL = {
  PENDING_ACCEPTANCE: '待受理',
  AWAITING_CONSENT: '待被申请人同意',
  CHOOSING_MEDIATOR: '选择调解员',
  AWAITING_MEDIATOR: '待调解员接受',
  IN_MEDIATION: '调解中',
  SUCCEEDED: '调解成功',
  FAILED: '调解不成',
  REFUSED: '被申请人不同意调解',
  WITHDRAWN: '已撤回',
} satisfies Record<CaseStatus, string>;

/** Status colour families: under way, done well, ended otherwise. */
export const CASE_STATUS_TONE = {
  PENDING_ACCEPTANCE: 'wait',
  AWAITING_CONSENT: 'wait',
  CHOOSING_MEDIATOR: 'wait',
  AWAITING_MEDIATOR: 'wait',
  IN_MEDIATION: 'active',
  SUCCEEDED: 'good',
  FAILED: 'ended',
  REFUSED: 'ended',
  WITHDRAWN: 'ended',
} satisfies Record<CaseStatus, string>;

export const DEADLINE_LABEL = { ON_TIME: '期限内', DUE_SOON: '即将到期', OVERDUE: '已超期' } satisfies Record<DeadlineState, string>;
/** A waiting case against its acceptance deadline (past it, the case moves up to the committee above). */
export const ACCEPTANCE_LABEL = { ON_TIME: '待受理', DUE_SOON: '即将逾期', OVERDUE: '逾期未受理' } satisfies Record<DeadlineState, string>;

export const SESSION_MODE_LABEL = { IN_PERSON: '当面调解', ONLINE: '线上视频调解', ON_SITE: '上门或现场调解（流动调解）' } satisfies Record<SessionMode, string>;

export const AGREEMENT_KIND_LABEL = { WRITTEN: '书面调解协议', ORAL: '口头调解协议' } satisfies Record<AgreementKind, string>;

export const TERM_PERFORMANCE_LABEL = { PENDING: '未到期或待核实', PERFORMED: '已履行', PARTLY_PERFORMED: '部分履行', NOT_PERFORMED: '未履行' } satisfies Record<TermPerformance, string>;

export const JUDICIAL_RESULT_LABEL = { CONFIRMED: '法院裁定确认有效', REJECTED: '法院裁定驳回申请' } satisfies Record<JudicialResult, string>;

export const PARTY_ROLE_LABEL = { APPLICANT: '申请人', RESPONDENT: '被申请人' } satisfies Record<PartyRole, string>;

export const FOLLOW_UP_CHANNEL_LABEL = { SELF: '当事人在小程序填写', STAFF_CALL: '工作人员电话回访', STAFF_VISIT: '工作人员上门回访' } satisfies Record<FollowUpChannel, string>;

export const BACKGROUND_LABEL = {
  DOCTOR: '医生',
  LAWYER: '律师',
  LEGAL_WORKER: '基层法律服务工作者',
  MIGRANT_WORKER: '外出务工人员',
  OTHER: '其他',
  RESPECTED_ELDER: '乡贤',
  RETIRED_CADRE: '退休干部',
  RETURNING_GRADUATE: '返乡大学生',
  TEACHER: '教师',
  VETERAN: '退役军人',
  VILLAGE_CADRE: '村（社区）干部',
} satisfies Record<MediatorBackground, string>;

export const MEMBERSHIP_ROLE_LABEL = { DIRECTOR: '主任', DEPUTY_DIRECTOR: '副主任', MEMBER: '委员', MEDIATOR: '调解员' } satisfies Record<MembershipRole, string>;
export const SEX_LABEL = { MALE: '男', FEMALE: '女' } satisfies Record<Sex, string>;
export const EMPLOYMENT_LABEL = { FULL_TIME: '专职', PART_TIME: '兼职' } satisfies Record<Employment, string>;
export const GRADE_LABEL: Record<number, string> = { 1: '一级', 2: '二级', 3: '三级', 4: '四级' };

/** Timeline entries: the case actions plus the record-keeping events. */
export const EVENT_LABEL: Record<string, string> = {
  FILE: '提交调解申请',
  REGISTER: '登记受理',
  ACCEPT: '调委会受理',
  TRANSFER: '转办',
  ESCALATE: '上报上级调委会',
  CONSENT: '被申请人同意调解',
  REFUSE: '被申请人不同意调解',
  MUTUAL_CHOICE: '双方共同选定调解员',
  ASSIGN_MEDIATOR: '调委会指派调解员',
  MEDIATOR_ACCEPT: '调解员接受',
  MEDIATOR_DECLINE: '调解员回避或谢绝',
  REQUEST_REPLACEMENT: '申请更换调解员',
  RECORD_SUCCESS: '调解成功',
  RECORD_FAILURE: '调解不成',
  WITHDRAW: '申请人撤回',
  AGREEMENT_DRAFTED: '制作调解协议',
  AGREEMENT_CONFIRMED: '当事人确认协议',
  SESSION_SCHEDULED: '安排调解',
  SESSION_RECORDED: '记录调解过程',
  CONTACT: '联系当事人',
  EVIDENCE_ADDED: '提交证据材料',
  JOINT_INVITED: '邀请联合调处',
  INVITATION_REISSUED: '重新发送调解邀请',
  INVITATION_REVOKED: '撤回调解邀请',
  IDENTITY_VOUCHED: '调委会核实被申请人身份',
  NO_MUTUAL_CHOICE: '双方未选中同一调解员，由调委会指派',
  JUDICIAL_APPLIED: '申请司法确认',
  JUDICIAL_DECIDED: '司法确认结果',
  TERM_PERFORMANCE: '记录协议履行情况',
  FOLLOW_UP: '回访',
  FOLLOW_UP_TASK: '回访发现问题，调委会跟进',
  FOLLOW_UP_TASK_DONE: '跟进事项已处理',
  RATED: '当事人评价',
  WARNING: '矛盾纠纷预警',
  OVERDUE: '超过办结期限，挂牌督办',
  ACCEPTANCE_OVERDUE: '超过受理期限，挂牌督办',
  SUPERVISION: '督办',
  STATEMENT: '当事人陈述',
  BACKFILLED: '补录（按台账登记的往期案件）',
  MEDIATOR_REQUESTED: '指名调解员',
  MEDIATOR_REQUEST_DECLINED: '未能安排指名的调解员',
  JUDICIAL_REMINDER: '提醒申请司法确认',
  TERM_DUE: '协议履行期限已到',
};

/** China time (UTC+8) for everything a person reads, as YYYY-MM-DDTHH:MM. */
const chinaTime = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16);

/** The day of an instant in China, or a YYYY-MM-DD as it is. */
/** The China-time calendar date `days` from now, YYYY-MM-DD (a date picker's start, a term's default deadline). */
export const chinaDateInDays = (days: number) => new Date(Date.now() + days * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
export const formatDate = (value: string | null | undefined) => (!value ? '' : value.length <= 10 ? value : chinaTime(value).slice(0, 10));
export const formatDateTime = (iso: string | null | undefined) => (iso ? chinaTime(iso).replace('T', ' ') : '');

export const WARNING_KIND_LABEL = {
  LARGE_AMOUNT: '涉及金额较大',
  MANY_PEOPLE: '涉及人数众多',
  OVERDUE_MAJOR: '重大纠纷超期未结',
  REPEATED_APPLICANT: '同一申请人反复申请',
  RESPONDENT_CLUSTER: '群体性纠纷（同一被申请人多起）',
} satisfies Record<WarningKind, string>;

export const WARNING_STATUS_LABEL = { OPEN: '待处理', ACKNOWLEDGED: '已签收', RESOLVED: '已化解' } satisfies Record<WarningStatus, string>;
