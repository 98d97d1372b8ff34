import { IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { StaffRoleView } from '../identity/identity.views';
import { StaffRole } from './staff-role';
import { IDEMPOTENCY_KEY_MESSAGE, IDEMPOTENCY_KEY_PATTERN } from '../idempotency/idempotency';

@InputType({ description: '邀请工作人员：调解员须填调委会和调解员档案，调委会管理员填调委会，司法所（局）填区划，网格员填网格' })
export class StaffInvitationInput {
  @Field(() => String, { nullable: true, description: '防止重复提交：同一次提交使用同一个值（如 UUID），重复的请求得到第一次的结果' })
  @IsOptional()
  @Matches(IDEMPOTENCY_KEY_PATTERN, { message: IDEMPOTENCY_KEY_MESSAGE })
  idempotencyKey?: string | null;

  @Field(() => StaffRole)
  role!: StaffRole;

  @Field()
  @Length(2, 50, { message: '姓名须为 2 到 50 个字' })
  displayName!: string;

  @Field(() => ID, { nullable: true })
  committeeId?: string | null;

  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true })
  mediatorId?: string | null;

  @Field(() => ID, { nullable: true })
  gridUnitId?: string | null;
}

@ObjectType('StaffInvitation', { description: '一次性邀请码：只显示这一次，7 天内有效', simpleResolvers: true })
export class StaffInvitationView {
  @Field()
  code!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => StaffRoleView)
  assignment!: StaffRoleView;
}
