import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { UserAccount } from './user-account.entity';

/** A refresh token, stored as its SHA-256 only; used once, then replaced (rotation). */
@Entity({ tableName: 'refresh_token' })
export class RefreshToken {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => UserAccount, { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<UserAccount>;

  @Property({ type: 'string', length: 64 })
  @Unique({ name: 'refresh_token_hash_unique' })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
