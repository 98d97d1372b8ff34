import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * One row per (person, operation, key) a client sent with a creating mutation: the first request
 * with a key creates, every later one with the same key gets what the first created. The rows are
 * written with SQL in idempotency.ts; this entity only declares the table for migrations.
 */
@Entity({ tableName: 'idempotent_request' })
export class IdempotentRequest {
  [PrimaryKeyProp]?: ['userId', 'operation', 'requestKey'];

  @PrimaryKey({ type: 'integer' })
  userId!: number;

  @PrimaryKey({ type: 'string', length: 64 })
  operation!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  requestKey!: string;

  /** The id of what the first request created. */
  @Property({ type: 'integer', nullable: true })
  resultId?: number | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
