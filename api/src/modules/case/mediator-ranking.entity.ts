import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Mediator } from '../mediator/mediator.entity';
import { CaseParty } from './case-party.entity';
import { MediationCase } from './case.entity';

/** One party's private choice (点单): up to three mediators in order. Never shown to the other party. */
@Entity({ tableName: 'mediator_ranking' })
@Unique({ name: 'mediator_ranking_party_rank_unique', properties: ['party', 'rank'] })
@Unique({ name: 'mediator_ranking_party_mediator_unique', properties: ['party', 'mediator'] })
export class MediatorRanking {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => MediationCase, { ref: true, deleteRule: 'cascade', index: true })
  mediationCase!: Ref<MediationCase>;

  @ManyToOne(() => CaseParty, { ref: true, deleteRule: 'cascade' })
  party!: Ref<CaseParty>;

  /** Null: this party leaves the choice to the committee. */
  @ManyToOne(() => Mediator, { ref: true, nullable: true, deleteRule: 'restrict' })
  mediator?: Ref<Mediator> | null;

  @Property({ type: 'smallint' })
  rank!: number;
}
