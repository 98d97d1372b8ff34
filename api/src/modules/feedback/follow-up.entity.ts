import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { AgreementTerm } from '../case/agreement.entity';
import { MediationCase } from '../case/case.entity';
import { TermPerformance } from '../case/outcome-enums';
import { FollowUpChannel, FollowUpKind, FollowUpStatus, FollowUpTaskStatus } from './follow-up-enums';

/** 回访: scheduled after closure and after each agreement term falls due; answered by a party or recorded by staff. */
@Entity({ tableName: 'follow_up' })
export class FollowUp {
  [OptionalProps]?: 'status' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => MediationCase, { ref: true, deleteRule: 'cascade', index: true })
  mediationCase!: Ref<MediationCase>;

  @Enum({ items: () => FollowUpKind, nativeEnumName: 'follow_up_kind' })
  kind!: FollowUpKind;

  @ManyToOne(() => AgreementTerm, { ref: true, nullable: true, deleteRule: 'cascade' })
  term?: Ref<AgreementTerm>;

  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Enum({ items: () => FollowUpStatus, nativeEnumName: 'follow_up_status', default: FollowUpStatus.PENDING })
  status: FollowUpStatus = FollowUpStatus.PENDING;

  @Enum({ items: () => FollowUpChannel, nativeEnumName: 'follow_up_channel', nullable: true })
  channel?: FollowUpChannel;

  @Property({ type: 'integer', nullable: true })
  answeredBy?: number;

  @Property({ type: 'datetime', nullable: true })
  answeredAt?: Date;

  /** Was the agreement performed (null when there was none, e.g. after a failure). */
  @Enum({ items: () => TermPerformance, nativeEnumName: 'term_performance', nullable: true })
  performed?: TermPerformance;

  /** Has the dispute flared up again (矛盾反弹)? */
  @Property({ type: 'boolean', nullable: true })
  flaredUp?: boolean;

  /** 1–5. */
  @Property({ type: 'smallint', nullable: true })
  satisfaction?: number;

  @Property({ type: 'text', nullable: true })
  note?: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** What a worrying follow-up opens for the committee: revisit, 流动调解, or guidance towards judicial confirmation. */
@Entity({ tableName: 'follow_up_task' })
export class FollowUpTask {
  [OptionalProps]?: 'status' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => MediationCase, { ref: true, deleteRule: 'cascade', index: true })
  mediationCase!: Ref<MediationCase>;

  @ManyToOne(() => FollowUp, { ref: true, deleteRule: 'cascade' })
  followUp!: Ref<FollowUp>;

  @Property({ type: 'text' })
  reason!: string;

  @Enum({ items: () => FollowUpTaskStatus, nativeEnumName: 'follow_up_task_status', default: FollowUpTaskStatus.OPEN })
  status: FollowUpTaskStatus = FollowUpTaskStatus.OPEN;

  @Property({ type: 'text', nullable: true })
  resolution?: string;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
