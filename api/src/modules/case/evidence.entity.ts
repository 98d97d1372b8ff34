import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { UserAccount } from '../identity/user-account.entity';
import { MediationCase } from './case.entity';

/** 证据材料: a photo or document attached to a case, stored by content hash. */
@Entity({ tableName: 'case_evidence' })
@Unique({ name: 'case_evidence_case_hash_unique', properties: ['mediationCase', 'sha256'] })
export class CaseEvidence {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => MediationCase, { ref: true, deleteRule: 'cascade', index: true })
  mediationCase!: Ref<MediationCase>;

  @ManyToOne(() => UserAccount, { ref: true, deleteRule: 'restrict' })
  uploadedBy!: Ref<UserAccount>;

  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Property({ type: 'string', length: 100 })
  contentType!: string;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
