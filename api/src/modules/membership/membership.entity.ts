import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Committee } from '../committee/committee.entity';
import { Mediator } from '../mediator/mediator.entity';
import { MembershipRole } from './membership-role';

/** A mediator serving on a committee, with a role; a mediator may serve several committees. */
@Entity({ tableName: 'membership' })
@Unique({ name: 'membership_committee_mediator_unique', properties: ['committee', 'mediator'] })
export class Membership {
  [OptionalProps]?: 'active' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Committee, { ref: true, deleteRule: 'restrict' })
  committee!: Ref<Committee>;

  @ManyToOne(() => Mediator, { ref: true, deleteRule: 'restrict', index: true })
  mediator!: Ref<Mediator>;

  @Enum({ items: () => MembershipRole, nativeEnumName: 'membership_role' })
  role!: MembershipRole;

  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
