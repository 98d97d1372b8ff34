import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Who saw what personal data, when and why. Append-only: a trigger (see its migration) refuses
 * UPDATE, DELETE and TRUNCATE for every database user, the application's included.
 */
@Entity({ tableName: 'audit_log' })
@Index({ name: 'audit_log_subject_idx', properties: ['subjectType', 'subjectId'] })
export class AuditLog {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();

  @Property({ type: 'integer', index: true })
  actorUserId!: number;

  @Property({ type: 'string', length: 64 })
  action!: string;

  @Property({ type: 'string', length: 32 })
  subjectType!: string;

  @Property({ type: 'string', length: 64 })
  subjectId!: string;

  @Property({ type: 'string', length: 32, nullable: true })
  field?: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string;
}
