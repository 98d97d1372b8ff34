import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Committee } from '../committee/committee.entity';

/**
 * The last case number a committee gave out in a year. Incremented with an upsert in the same
 * transaction as the case insert: concurrent filings queue on the row, and a rolled-back filing
 * gives its number back, so numbers are unique and gapless.
 */
@Entity({ tableName: 'case_number_counter' })
export class CaseNumberCounter {
  @ManyToOne(() => Committee, { primary: true, ref: true, deleteRule: 'restrict' })
  committee!: Ref<Committee>;

  @PrimaryKey({ type: 'smallint' })
  year!: number;

  @Property({ type: 'integer' })
  lastNumber!: number;
}
