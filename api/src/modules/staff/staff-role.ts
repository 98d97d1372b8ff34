import { registerEnumType } from 'type-graphql';
import { describedBy } from '../../shared/labels';

/** What a staff member does; residents are every signed-in user and need no record. */
export enum StaffRole {
  MEDIATOR = 'MEDIATOR',
  COMMITTEE_ADMIN = 'COMMITTEE_ADMIN',
  JUSTICE_OFFICE = 'JUSTICE_OFFICE',
  GRID_OFFICER = 'GRID_OFFICER',
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
}

export const STAFF_ROLE_LABEL: Record<StaffRole, string> = {
  MEDIATOR: '调解员',
  COMMITTEE_ADMIN: '调委会管理员',
  JUSTICE_OFFICE: '司法所（局）工作人员',
  GRID_OFFICER: '网格员',
  SYSTEM_ADMIN: '系统管理员',
};

registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: '工作人员角色',
  valuesConfig: describedBy(STAFF_ROLE_LABEL),
});
