import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { UserAccount } from './user-account.entity';

/** That a user accepted a version of the privacy guide (隐私保护指引), and when. Never updated. */
@Entity({ tableName: 'privacy_consent' })
export class PrivacyConsent {
  [OptionalProps]?: 'acceptedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => UserAccount, { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<UserAccount>;

  @Property({ type: 'string', length: 32 })
  version!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  acceptedAt: Date = new Date();
}
