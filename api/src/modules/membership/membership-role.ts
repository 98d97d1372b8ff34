import { registerEnumType } from 'type-graphql';
import { describedBy } from '../../shared/labels';

export enum MembershipRole {
  DIRECTOR = 'DIRECTOR',
  DEPUTY_DIRECTOR = 'DEPUTY_DIRECTOR',
  MEMBER = 'MEMBER',
  MEDIATOR = 'MEDIATOR',
}

export const MEMBERSHIP_ROLE_LABEL: Record<MembershipRole, string> = {
  DIRECTOR: '主任',
  DEPUTY_DIRECTOR: '副主任',
  MEMBER: '委员',
  MEDIATOR: '调解员',
};

registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: '在调委会中的职务',
  valuesConfig: describedBy(MEMBERSHIP_ROLE_LABEL),
});
