import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { CaseStatus } from './case-enums';
import { MediationCase } from './case.entity';

/** One line of a case's timeline: every state change, written in the same transaction as the change. */
@Entity({ tableName: 'case_event' })
export class CaseEvent {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => MediationCase, { ref: true, deleteRule: 'cascade', index: true })
  mediationCase!: Ref<MediationCase>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();

  /** FILE for the filing, otherwise a CaseAction, or a note such as NO_MUTUAL_CHOICE. */
  @Property({ type: 'string', length: 32 })
  action!: string;

  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status', nullable: true })
  fromStatus?: CaseStatus;

  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status' })
  toStatus!: CaseStatus;

  /** Null for the system. */
  @Property({ type: 'integer', nullable: true })
  actorUserId?: number;

  @Property({ type: 'string', length: 32 })
  actorRole!: string;

  /** The mediator the step concerns (chosen, assigned, declined, replaced). */
  @Property({ type: 'integer', nullable: true })
  mediatorId?: number;

  /** Why: a reason, a note; shown on the timeline. */
  @Property({ type: 'text', nullable: true })
  note?: string;
}
