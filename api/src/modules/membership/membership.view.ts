import { Field, ID, ObjectType } from 'type-graphql';
import { MembershipRole } from './membership-role';

@ObjectType('Membership', { description: '调解员在调委会中的任职', simpleResolvers: true })
export class MembershipView {
  @Field(() => ID)
  id!: number;

  @Field(() => MembershipRole)
  role!: MembershipRole;

  committeeId!: number;

  mediatorId!: number;
}
