import { Collection, Entity, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { CaseParty } from '../case/case-party.entity';
import { MediationCase } from '../case/case.entity';
import { UserAccount } from '../identity/user-account.entity';

/** A term of a proposal, as an agreement term is written: what, how, by when. */
export interface ProposalTerm {
  content: string;
  method: string;
  performBy: string;
}

/**
 * A proposal (调解方案) the mediator puts in the room: to both parties in the joint thread, or to
 * one party privately (背对背, to sound them out). Each party it is put to accepts or rejects it,
 * with a note (a counter-proposal in words). A joint proposal every party accepted becomes the
 * draft agreement's terms in one step.
 */
@Entity({ tableName: 'room_proposal' })
@Unique({ name: 'room_proposal_author_key_unique', properties: ['author', 'clientKey'] })
export class RoomProposal {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => MediationCase, { ref: true, deleteRule: 'cascade', index: true })
  mediationCase!: Ref<MediationCase>;

  /** Put to this party alone (背对背); null: to both, in the joint thread. */
  @ManyToOne(() => CaseParty, { ref: true, nullable: true, deleteRule: 'cascade', index: true })
  privateParty?: Ref<CaseParty> | null;

  @ManyToOne(() => UserAccount, { ref: true })
  author!: Ref<UserAccount>;

  @Property({ type: 'json' })
  terms!: ProposalTerm[];

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'string', length: 64 })
  clientKey!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @OneToMany(() => RoomProposalAnswer, (a) => a.proposal, { orderBy: { id: 'asc' } })
  answers = new Collection<RoomProposalAnswer>(this);
}

/** A party's answer to a proposal put to them; their latest answer stands until the agreement is drafted from it. */
@Entity({ tableName: 'room_proposal_answer' })
@Unique({ name: 'room_proposal_answer_party_unique', properties: ['proposal', 'party'] })
export class RoomProposalAnswer {
  [OptionalProps]?: 'answeredAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => RoomProposal, { ref: true, deleteRule: 'cascade' })
  proposal!: Ref<RoomProposal>;

  @ManyToOne(() => CaseParty, { ref: true, deleteRule: 'cascade', index: true })
  party!: Ref<CaseParty>;

  @Property({ type: 'boolean' })
  accepted!: boolean;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  answeredAt: Date = new Date();
}
