import { registerEnumType } from 'type-graphql';
import { describedBy } from '../../shared/labels';

export enum FollowUpKind {
  AFTER_CLOSURE = 'AFTER_CLOSURE',
  AFTER_TERM_DUE = 'AFTER_TERM_DUE',
}

export enum FollowUpStatus {
  PENDING = 'PENDING',
  ANSWERED = 'ANSWERED',
}

export enum FollowUpChannel {
  SELF = 'SELF',
  STAFF_CALL = 'STAFF_CALL',
  STAFF_VISIT = 'STAFF_VISIT',
}

export enum FollowUpTaskStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}

/** Days after closure when the first follow-up is due. */
export const FOLLOW_UP_AFTER_CLOSURE_DAYS = 7;

registerEnumType(FollowUpKind, { name: 'FollowUpKind', description: '回访类型', valuesConfig: describedBy({ AFTER_CLOSURE: '办结回访', AFTER_TERM_DUE: '履行期限回访' }) });
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus', description: '回访状态', valuesConfig: describedBy({ PENDING: '待回访', ANSWERED: '已回访' }) });
registerEnumType(FollowUpChannel, {
  name: 'FollowUpChannel',
  description: '回访方式',
  valuesConfig: describedBy({ SELF: '当事人在小程序填写', STAFF_CALL: '工作人员电话回访', STAFF_VISIT: '工作人员上门回访' }),
});
registerEnumType(FollowUpTaskStatus, { name: 'FollowUpTaskStatus', description: '回访后续任务状态', valuesConfig: describedBy({ OPEN: '待处理', DONE: '已处理' }) });
