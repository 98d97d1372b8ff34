import { Field, ID, ObjectType } from 'type-graphql';
import { CommitteeView } from '../committee/committee.view';
import { MediatorView } from '../mediator/mediator.view';
import { MembershipRole } from './membership-role';

/** Either the row itself (when the query already joined it) or a call to its batched loader. */
export type Joined<T> = T | (() => Promise<T | null>);

/**
 * One side of a membership always comes from the same SQL row as the membership; the other is
 * fetched through its loader. Both are plain fields (GraphQL's default resolver calls a function
 * value), so a list of 500 members costs no per-item resolver.
 */
@ObjectType('Membership', { description: '调解员在调委会中的任职', simpleResolvers: true })
export class MembershipView {
  @Field(() => ID)
  id!: number;

  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field(() => CommitteeView)
  committee!: Joined<CommitteeView>;

  @Field(() => MediatorView)
  mediator!: Joined<MediatorView>;

  committeeId!: number;

  mediatorId!: number;
}
