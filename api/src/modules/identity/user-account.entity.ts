import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A person who signed in through WeChat (or the development login). Phone and ID number are
 * stored only encrypted, each with a keyed hash for exact lookup (see personal-data.ts).
 */
@Entity({ tableName: 'user_account' })
export class UserAccount {
  [OptionalProps]?: 'createdAt' | 'lastLoginAt' | 'sessionVersion';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** WeChat's per-app user id; `dev:<name>` for development logins. */
  @Property({ type: 'string', length: 128 })
  @Unique({ name: 'user_account_openid_unique' })
  openid!: string;

  @Property({ type: 'string', length: 128, nullable: true })
  unionid?: string;

  @Property({ type: 'string', length: 50, nullable: true })
  realName?: string;

  @Property({ type: 'text', nullable: true })
  phoneEncrypted?: string;

  @Property({ type: 'string', length: 64, nullable: true })
  @Index({ name: 'user_account_phone_hash_idx' })
  phoneHash?: string;

  @Property({ type: 'text', nullable: true })
  idNumberEncrypted?: string;

  @Property({ type: 'string', length: 64, nullable: true })
  @Index({ name: 'user_account_id_number_hash_idx' })
  idNumberHash?: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  lastLoginAt: Date = new Date();

  /**
   * Access tokens carry the version they were issued under; signing the user out everywhere
   * (a replayed refresh token, 清退) counts it up, and every earlier access token stops at once.
   */
  @Property({ type: 'integer', default: 0 })
  sessionVersion: number = 0;
}
