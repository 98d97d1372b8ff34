import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { UserAccount } from '../identity/user-account.entity';
import { MediationCase } from '../case/case.entity';

export enum NotificationStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** The user has not subscribed (WeChat 43101): nothing to retry. */
  SKIPPED = 'SKIPPED',
  FAILED = 'FAILED',
}

/**
 * The outbox: a WeChat subscription message owed to a user, written in the same transaction as
 * the event it reports. The dispatcher job sends it later, retrying with backoff, so a crash
 * between the commit and the send loses nothing.
 */
@Entity({ tableName: 'notification' })
@Index({ name: 'notification_due_idx', properties: ['status', 'nextAttemptAt'] })
export class Notification {
  [OptionalProps]?: 'status' | 'attempts' | 'nextAttemptAt' | 'createdAt';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => UserAccount, { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<UserAccount>;

  @ManyToOne(() => MediationCase, { ref: true, nullable: true, deleteRule: 'cascade', index: true })
  mediationCase?: Ref<MediationCase>;

  /** What happened, e.g. ACCEPT, OVERDUE; the message shows its Chinese label. */
  @Property({ type: 'string', length: 32 })
  kind!: string;

  @Property({ type: 'string', length: 200 })
  summary!: string;

  /** The mini-program page the message opens, for this recipient's role (a party's case page, the mediator's or the committee's). */
  @Property({ type: 'string', length: 200, nullable: true })
  page?: string | null;

  @Enum({ items: () => NotificationStatus, nativeEnumName: 'notification_status', default: NotificationStatus.PENDING })
  status: NotificationStatus = NotificationStatus.PENDING;

  @Property({ type: 'smallint', default: 0 })
  attempts: number = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'text', nullable: true })
  lastError?: string;

  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
