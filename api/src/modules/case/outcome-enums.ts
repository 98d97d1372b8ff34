import { registerEnumType } from 'type-graphql';
import { describedBy } from '../../shared/labels';

export enum AgreementKind {
  WRITTEN = 'WRITTEN',
  ORAL = 'ORAL',
}

export enum TermPerformance {
  PENDING = 'PENDING',
  PERFORMED = 'PERFORMED',
  PARTLY_PERFORMED = 'PARTLY_PERFORMED',
  NOT_PERFORMED = 'NOT_PERFORMED',
}

export enum SessionMode {
  IN_PERSON = 'IN_PERSON',
  ON_SITE = 'ON_SITE',
  ONLINE = 'ONLINE',
}

export enum JudicialResult {
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}

export const TERM_PERFORMANCE_LABEL: Record<TermPerformance, string> = { PENDING: '未到期或待核实', PERFORMED: '已履行', PARTLY_PERFORMED: '部分履行', NOT_PERFORMED: '未履行' };
export const JUDICIAL_RESULT_LABEL: Record<JudicialResult, string> = { CONFIRMED: '裁定确认有效', REJECTED: '裁定驳回申请' };

registerEnumType(AgreementKind, { name: 'AgreementKind', description: '调解协议形式', valuesConfig: describedBy({ WRITTEN: '书面调解协议', ORAL: '口头调解协议' }) });
registerEnumType(TermPerformance, {
  name: 'TermPerformance',
  description: '协议条款履行情况',
  valuesConfig: describedBy(TERM_PERFORMANCE_LABEL),
});
export const SESSION_MODE_LABEL: Record<SessionMode, string> = { IN_PERSON: '当面调解', ON_SITE: '上门或现场调解（流动调解）', ONLINE: '线上视频调解' };
registerEnumType(SessionMode, { name: 'SessionMode', description: '调解方式', valuesConfig: describedBy(SESSION_MODE_LABEL) });
registerEnumType(JudicialResult, { name: 'JudicialResult', description: '司法确认结果', valuesConfig: describedBy(JUDICIAL_RESULT_LABEL) });

export enum ContactChannel {
  PHONE = 'PHONE',
  VISIT = 'VISIT',
  WECHAT = 'WECHAT',
  LETTER = 'LETTER',
}
export const CONTACT_LABEL: Record<ContactChannel, string> = { PHONE: '电话', VISIT: '走访', WECHAT: '微信', LETTER: '书面' };
registerEnumType(ContactChannel, { name: 'ContactChannel', description: '联系方式', valuesConfig: describedBy(CONTACT_LABEL) });

/** Where a written or oral agreement stands: one state, one wording, on every screen and the printed form. */
export enum AgreementState {
  AWAITING_CONFIRMATION = 'AWAITING_CONFIRMATION',
  AWAITING_SEAL = 'AWAITING_SEAL',
  ORAL_RECORDED = 'ORAL_RECORDED',
  EFFECTIVE = 'EFFECTIVE',
}
export const AGREEMENT_STATE_LABEL: Record<AgreementState, string> = {
  AWAITING_CONFIRMATION: '待当事人确认',
  AWAITING_SEAL: '各方已确认，待调解员签字、调委会盖章后生效',
  ORAL_RECORDED: '口头协议已记录，调解成功办结时生效',
  EFFECTIVE: '已生效',
};
registerEnumType(AgreementState, { name: 'AgreementState', description: '调解协议状态', valuesConfig: describedBy(AGREEMENT_STATE_LABEL) });
