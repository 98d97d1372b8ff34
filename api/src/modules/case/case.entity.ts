import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, QueryOrder, type Ref, Unique } from '@mikro-orm/core';
import { Committee } from '../committee/committee.entity';
import { DisputeType } from '../dispute-type/dispute-type.entity';
import { UserAccount } from '../identity/user-account.entity';
import { Mediator } from '../mediator/mediator.entity';
import { Region } from '../region/region.entity';
import { CaseChannel, CaseStatus } from './case-enums';
import { CaseParty } from './case-party.entity';

/** A dispute brought to a committee (人民调解案件). Its status changes only through case-workflow.ts. */
@Entity({ tableName: 'mediation_case' })
@Unique({ name: 'mediation_case_number_unique', properties: ['numberCommittee', 'numberYear', 'numberSeq'] })
@Unique({ name: 'mediation_case_idempotency_unique', properties: ['createdBy', 'idempotencyKey'] })
@Index({ name: 'mediation_case_committee_status_idx', properties: ['committee', 'status'] })
@Index({
  name: 'mediation_case_acceptance_due_idx',
  expression: `create index "mediation_case_acceptance_due_idx" on "mediation_case" ("acceptance_due_at") where "status" = 'PENDING_ACCEPTANCE'`,
})
export class MediationCase {
  [OptionalProps]?: 'fastTrack' | 'createdAt' | 'updatedAt' | 'version' | 'peopleInvolved';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** （2026）黄羊镇调字第0007号 — from the committee that first registered it. */
  @Property({ type: 'string', length: 64 })
  number!: string;

  @ManyToOne(() => Committee, { ref: true, deleteRule: 'restrict' })
  numberCommittee!: Ref<Committee>;

  @Property({ type: 'smallint' })
  numberYear!: number;

  @Property({ type: 'integer' })
  numberSeq!: number;

  /** The committee handling it now (changes on transfer and escalation). */
  @ManyToOne(() => Committee, { ref: true, deleteRule: 'restrict' })
  committee!: Ref<Committee>;

  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status' })
  status!: CaseStatus;

  @Enum({ items: () => CaseChannel, nativeEnumName: 'case_channel' })
  channel!: CaseChannel;

  /** The referring court's / police station's own reference number. */
  @Property({ type: 'string', length: 64, nullable: true })
  referralNumber?: string;

  @ManyToOne(() => DisputeType, { ref: true, deleteRule: 'restrict', index: true })
  disputeType!: Ref<DisputeType>;

  @Property({ type: 'text' })
  facts!: string;

  @Property({ type: 'text' })
  claims!: string;

  /** 涉及金额, in yuan. */
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  amountInvolved?: string;

  /** 涉及人数. */
  @Property({ type: 'integer', default: 2 })
  peopleInvolved: number = 2;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict', index: true })
  region!: Ref<Region>;

  @Property({ type: 'string', length: 200, nullable: true })
  place?: string;

  @Property({ type: 'double', nullable: true })
  latitude?: number;

  @Property({ type: 'double', nullable: true })
  longitude?: number;

  /** 繁简分流: simple disputes on the fast track. */
  @Property({ type: 'boolean', default: false })
  fastTrack: boolean = false;

  @ManyToOne(() => Mediator, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  mediator?: Ref<Mediator> | null;

  /** SHA-256 of the respondent's invitation code; set on acceptance. */
  @Property({ type: 'string', length: 64, nullable: true })
  @Unique({ name: 'mediation_case_invitation_unique' })
  invitationCodeHash?: string | null;

  /**
   * How the committee made sure who it sent the current invitation to (e.g. 电话核实本人), when
   * it re-issued it for a respondent whose bound phone is not, or not yet, the one on file.
   */
  @Property({ type: 'string', length: 200, nullable: true })
  invitationIdentityCheck?: string | null;

  /** The same code, encrypted: the committee shows and sends the link again at any time while the respondent has not answered. */
  @Property({ type: 'text', nullable: true })
  invitationCodeEncrypted?: string | null;

  /** The WeChat URL link (wxaurl.cn) made for the current code, opening the invitation from outside WeChat, and when it expires. */
  @Property({ type: 'string', length: 200, nullable: true })
  invitationUrlLink?: string | null;

  @Property({ type: 'datetime', nullable: true })
  invitationUrlLinkExpiresAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date;

  /** Normally one month from acceptance (一般在一个月内调结). */
  @Property({ type: 'datetime', nullable: true })
  dueAt?: Date;

  /** 补录: when a case handled before the committee used tiaojie was recorded from its ledger (台账); null for live cases. */
  @Property({ type: 'datetime', nullable: true })
  backfilledAt?: Date | null;

  /** The case's number in the committee's own paper ledger, for a 补录 case. */
  @Property({ type: 'string', length: 64, nullable: true })
  ledgerNumber?: string | null;

  /** By when the handling committee must accept (or transfer) the case; past it the case moves up a level. */
  @Property({ type: 'datetime', nullable: true })
  acceptanceDueAt?: Date;

  /** When a committee with nothing above it was flagged for not accepting in time; once per committee. */
  @Property({ type: 'datetime', nullable: true })
  acceptanceFlaggedAt?: Date;

  /** When the overdue job flagged it (挂牌督办) to the committee and the justice office; once. */
  @Property({ type: 'datetime', nullable: true })
  overdueFlaggedAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date;

  @Property({ type: 'text', nullable: true })
  closingNote?: string;

  @ManyToOne(() => UserAccount, { ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<UserAccount>;

  /** A double-tapped submit carries the same key and gets the same case back. */
  @Property({ type: 'string', length: 64 })
  idempotencyKey!: string;

  // In the order they were named (the first applicant first): lists and the printed agreement read them in this order.
  @OneToMany(() => CaseParty, (p) => p.mediationCase, { orderBy: { id: QueryOrder.ASC } })
  parties = new Collection<CaseParty>(this);

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
