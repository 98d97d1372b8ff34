import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One rate-limit counter every API instance shares: written only by rate-limiter-flexible's
 * PostgreSQL store (rate-limit.ts), in its own layout; declared here so the schema is whole.
 */
@Entity({ tableName: 'rate_limit' })
@Index({ name: 'rate_limit_expire_idx', properties: ['expire'] })
export class RateLimitCounter {
  /** `<limit>:<ip or user>`, e.g. change:user:42. */
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points!: number;

  /** Epoch milliseconds when the count starts again. */
  @Property({ type: 'bigint', nullable: true })
  expire?: string | null;
}
