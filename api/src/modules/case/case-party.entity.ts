import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { UserAccount } from '../identity/user-account.entity';
import { PartyKind, PartyRole } from './case-enums';
import { MediationCase } from './case.entity';

/** An applicant or respondent; contact details only encrypted, like every personal datum. */
@Entity({ tableName: 'case_party' })
export class CaseParty {
  [OptionalProps]?: 'hasPowerOfAttorney';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => MediationCase, { ref: true, deleteRule: 'cascade', index: true })
  mediationCase!: Ref<MediationCase>;

  @Enum({ items: () => PartyRole, nativeEnumName: 'party_role' })
  role!: PartyRole;

  @Enum({ items: () => PartyKind, nativeEnumName: 'party_kind' })
  kind!: PartyKind;

  @Property({ type: 'string', length: 100 })
  name!: string;

  /** The party's own account, once they have signed in (the respondent: on accepting the invitation). */
  @ManyToOne(() => UserAccount, { ref: true, nullable: true, deleteRule: 'set null', index: true })
  user?: Ref<UserAccount> | null;

  @Property({ type: 'text', nullable: true })
  phoneEncrypted?: string;

  @Property({ type: 'string', length: 100, nullable: true })
  agentName?: string;

  /** The agent holds a power of attorney (授权委托书). */
  @Property({ type: 'boolean', default: false })
  hasPowerOfAttorney: boolean = false;

  /** The language or dialect the party would rather be mediated in (the vocabulary's name), if they said. */
  @Property({ type: 'string', length: 20, nullable: true })
  language?: string | null;

  /** The party's own account of the dispute (the respondent's side of it); every version is on the timeline. */
  @Property({ type: 'text', nullable: true })
  statement?: string | null;

  @Property({ type: 'datetime', nullable: true })
  statementAt?: Date | null;
}
