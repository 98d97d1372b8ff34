import { ArrayType, Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { CaseParty } from '../case/case-party.entity';
import { MediationCase } from '../case/case.entity';
import { Mediator } from '../mediator/mediator.entity';

/** 群众评价: one party's rating of the outcome and of the mediator, given once after closure. */
@Entity({ tableName: 'case_rating' })
@Unique({ name: 'case_rating_party_unique', properties: ['mediationCase', 'party'] })
export class CaseRating {
  [OptionalProps]?: 'tags' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => MediationCase, { ref: true, deleteRule: 'cascade', index: true })
  mediationCase!: Ref<MediationCase>;

  @ManyToOne(() => CaseParty, { ref: true, deleteRule: 'cascade' })
  party!: Ref<CaseParty>;

  @ManyToOne(() => Mediator, { ref: true, deleteRule: 'restrict', index: true })
  mediator!: Ref<Mediator>;

  @Property({ type: 'smallint' })
  outcomeScore!: number;

  @Property({ type: 'smallint' })
  mediatorScore!: number;

  @Property({ type: ArrayType, default: '{}' })
  tags: string[] = [];

  @Property({ type: 'text', nullable: true })
  comment?: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
