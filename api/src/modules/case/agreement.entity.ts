import { createHash } from 'node:crypto';
import { Collection, Entity, Enum, ManyToOne, OneToMany, OneToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { CaseParty } from './case-party.entity';
import { MediationCase } from './case.entity';
import { AgreementKind, JudicialResult, TermPerformance } from './outcome-enums';

/**
 * 调解协议 (Art 28–29): drafted by the mediator; a written one lists the parties, the facts and
 * responsibilities, and terms with how and by when each is performed; every party confirms it,
 * the mediator signs and the committee seals it when the case is closed as a success.
 */
@Entity({ tableName: 'agreement' })
export class Agreement {
  [OptionalProps]?: 'createdAt' | 'version';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @OneToOne(() => MediationCase, { ref: true, owner: true, deleteRule: 'cascade', unique: 'agreement_case_unique' })
  mediationCase!: Ref<MediationCase>;

  @Enum({ items: () => AgreementKind, nativeEnumName: 'agreement_kind' })
  kind!: AgreementKind;

  /** Written: 纠纷事实、争议事项及各方责任. Oral: the record of what was agreed. */
  @Property({ type: 'text' })
  factsAndResponsibilities!: string;

  @OneToMany(() => AgreementTerm, (t) => t.agreement, { orderBy: { seq: 'asc' } })
  terms = new Collection<AgreementTerm>(this);

  /** 第几稿: a re-draft replaces the text and counts up; confirmations count only for the version they saw. */
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Property({ type: 'datetime', nullable: true })
  signedByMediatorAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  sealedAt?: Date;

  /** 司法确认 (Art 33): the parties' joint application to a court within 30 days of the agreement. */
  @Property({ type: 'string', length: 100, nullable: true })
  judicialCourt?: string;

  @Property({ type: 'date', nullable: true })
  judicialAppliedOn?: string;

  @Enum({ items: () => JudicialResult, nativeEnumName: 'judicial_result', nullable: true })
  judicialResult?: JudicialResult;

  /** The court's case number for a confirmation, or its reason for rejecting. */
  @Property({ type: 'string', length: 200, nullable: true })
  judicialReference?: string;

  /** When the parties were reminded that the 30-day window is closing; once. */
  @Property({ type: 'datetime', nullable: true })
  judicialRemindedAt?: Date;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

@Entity({ tableName: 'agreement_term' })
export class AgreementTerm {
  [OptionalProps]?: 'performance';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Agreement, { ref: true, deleteRule: 'cascade', index: true })
  agreement!: Ref<Agreement>;

  @Property({ type: 'smallint' })
  seq!: number;

  @Property({ type: 'text' })
  content!: string;

  /** 履行方式, e.g. 一次性转账. */
  @Property({ type: 'string', length: 200 })
  method!: string;

  /** 履行期限. */
  @Property({ type: 'date' })
  performBy!: string;

  @Enum({ items: () => TermPerformance, nativeEnumName: 'term_performance', default: TermPerformance.PENDING })
  performance: TermPerformance = TermPerformance.PENDING;

  @Property({ type: 'text', nullable: true })
  performanceNote?: string;

  @Property({ type: 'datetime', nullable: true })
  performanceRecordedAt?: Date;

  /** When the parties and the committee were reminded that the term fell due; once. */
  @Property({ type: 'datetime', nullable: true })
  dueRemindedAt?: Date;
}

/**
 * A party's confirmation of one version of the agreement in WeChat, with the hash of the text it was
 * shown. Confirmations of an earlier version stay in the case file but no longer count.
 */
@Entity({ tableName: 'agreement_confirmation' })
@Unique({ name: 'agreement_confirmation_version_unique', properties: ['agreement', 'party', 'agreementVersion'] })
export class AgreementConfirmation {
  [OptionalProps]?: 'confirmedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Agreement, { ref: true, deleteRule: 'cascade' })
  agreement!: Ref<Agreement>;

  @ManyToOne(() => CaseParty, { ref: true, deleteRule: 'cascade' })
  party!: Ref<CaseParty>;

  @Property({ type: 'integer', default: 1 })
  agreementVersion!: number;

  /** SHA-256 of the text confirmed (null for confirmations recorded before hashes were kept). */
  @Property({ type: 'string', length: 64, nullable: true })
  contentHash?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  confirmedAt: Date = new Date();
}

/** Every draft of an agreement as it was drafted, kept in the case file (卷宗) after a re-draft replaces it. */
@Entity({ tableName: 'agreement_draft' })
@Unique({ name: 'agreement_draft_version_unique', properties: ['agreement', 'version'] })
export class AgreementDraft {
  [OptionalProps]?: 'draftedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Agreement, { ref: true, deleteRule: 'cascade' })
  agreement!: Ref<Agreement>;

  @Property({ type: 'integer' })
  version!: number;

  @Enum({ items: () => AgreementKind, nativeEnumName: 'agreement_kind' })
  kind!: AgreementKind;

  @Property({ type: 'text' })
  factsAndResponsibilities!: string;

  /** The terms as drafted: seq, content, method, performBy. */
  @Property({ type: 'json' })
  terms!: AgreementText['terms'];

  @Property({ type: 'string', length: 64 })
  contentHash!: string;

  @Property({ type: 'integer', nullable: true })
  draftedByUserId?: number | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  draftedAt: Date = new Date();
}

/** What a party reads and confirms: the text of an agreement, in a fixed order. */
export interface AgreementText {
  kind: AgreementKind;
  factsAndResponsibilities: string;
  terms: { seq: number; content: string; method: string; performBy: string }[];
}

/**
 * SHA-256 (hex) of an agreement's text, canonical: the same words give the same hash wherever it is
 * computed. The page receives it with the text and sends it back on confirming.
 */
export function agreementContentHash(text: AgreementText): string {
  const canonical = JSON.stringify([text.kind, text.factsAndResponsibilities, [...text.terms].sort((a, b) => a.seq - b.seq).map((t) => [t.seq, t.content, t.method, t.performBy])]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The hash of an agreement's text as it stands (its terms loaded): what a party's page shows and sends back. */
export const contentHashOf = (agreement: Agreement): string =>
  agreementContentHash({
    kind: agreement.kind,
    factsAndResponsibilities: agreement.factsAndResponsibilities,
    terms: agreement.terms.getItems().map((t) => ({ seq: t.seq, content: t.content, method: t.method, performBy: t.performBy })),
  });
