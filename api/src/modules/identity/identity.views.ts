import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { StaffRole } from '../staff/staff-role';

export enum PersonalDataField {
  PHONE = 'PHONE',
  ID_NUMBER = 'ID_NUMBER',
}
registerEnumType(PersonalDataField, {
  name: 'PersonalDataField',
  description: '受保护的个人信息',
  valuesConfig: { PHONE: { description: '手机号' }, ID_NUMBER: { description: '身份证号' } },
});

@ObjectType('StaffRoleAssignment', { description: '工作人员角色及其范围', simpleResolvers: true })
export class StaffRoleView {
  @Field(() => ID)
  id!: number;

  @Field(() => StaffRole)
  role!: StaffRole;

  @Field()
  displayName!: string;

  @Field(() => ID, { nullable: true, description: '所属调委会（调解员、调委会管理员）' })
  committeeId!: number | null;

  @Field(() => String, { nullable: true, description: '管辖区划（司法所、司法局）' })
  regionCode!: string | null;

  @Field(() => ID, { nullable: true, description: '对应的调解员档案' })
  mediatorId!: number | null;

  @Field(() => ID, { nullable: true, description: '负责的网格' })
  gridUnitId!: number | null;
}

@ObjectType('Me', { description: '当前登录的用户；个人信息一律脱敏显示', simpleResolvers: true })
export class MeView {
  @Field(() => ID)
  id!: number;

  @Field(() => String, { nullable: true })
  realName!: string | null;

  @Field(() => String, { nullable: true, description: '脱敏手机号，如 138****5678' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: '脱敏身份证号，如 6201**********1234' })
  idNumber!: string | null;

  @Field(() => String, { nullable: true, description: '已同意的隐私保护指引版本' })
  acceptedPrivacyPolicyVersion!: string | null;

  @Field({ description: '当前隐私保护指引版本' })
  currentPrivacyPolicyVersion!: string;

  @Field({ description: '是否需要（重新）同意隐私保护指引后才能提供个人信息' })
  needsPrivacyConsent!: boolean;

  @Field(() => [StaffRoleView])
  staffRoles!: StaffRoleView[];
}

@ObjectType('AuthSession', { description: '登录凭证', simpleResolvers: true })
export class AuthSessionView {
  @Field({ description: '访问令牌，放在 Authorization: Bearer 头中' })
  accessToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;

  @Field({ description: '刷新令牌，只能使用一次' })
  refreshToken!: string;

  @Field()
  refreshTokenExpiresAt!: Date;

  @Field(() => MeView)
  me!: MeView;
}
