import { Field, ID, InputType } from 'type-graphql';
import { MembershipRole } from './membership-role';

@InputType()
export class AddMembershipInput {
  @Field(() => ID)
  committeeId!: string;

  @Field(() => ID)
  mediatorId!: string;

  @Field(() => MembershipRole, { defaultValue: MembershipRole.MEDIATOR })
  role!: MembershipRole;
}
