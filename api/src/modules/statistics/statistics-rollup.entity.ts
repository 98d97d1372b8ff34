import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** What a case contributes to the statistics, and what the rollup sums: the same columns in both tables. */
@Entity({ abstract: true })
export abstract class StatisticsMeasures {
  @Property({ type: 'integer' }) accepted!: number;
  @Property({ type: 'integer' }) successful!: number;
  @Property({ type: 'decimal', columnType: 'numeric(20,2)' }) amountSucceeded!: string;
  @Property({ type: 'integer' }) overdue!: number;
  @Property({ type: 'integer' }) closed!: number;
  @Property({ type: 'decimal', columnType: 'numeric' }) closeSeconds!: string;
  @Property({ type: 'integer' }) judicialConfirmations!: number;
  @Property({ type: 'integer' }) termsChecked!: number;
  @Property({ type: 'integer' }) termsPerformed!: number;
  @Property({ type: 'integer' }) followUpsAnswered!: number;
  @Property({ type: 'integer' }) followUpsSatisfied!: number;
}

/** Where a case counts (its committee, region, month, type, channel, mediator) and what it counts. */
@Entity({ abstract: true })
export abstract class CaseContribution extends StatisticsMeasures {
  @Property({ type: 'integer' })
  committeeId!: number;

  /** The committee's region (what region scopes select by), not the dispute's place. */
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Property({ type: 'datetime' })
  acceptedAt!: Date;

  /** First day of the acceptance month, China time. */
  @Property({ type: 'date' })
  month!: string;

  @Property({ type: 'string', length: 32 })
  disputeTypeCode!: string;

  @Property({ type: 'string', length: 32 })
  channel!: string;

  @Property({ type: 'integer', nullable: true })
  mediatorId?: number;
}

/**
 * The figures one accepted case contributes to the statistics, as last counted: what a database
 * trigger subtracts from the rollup before adding the case's new contribution. Written only by the
 * `statistics_refresh_case` function (migration …StatisticsRollup), never by application code.
 */
@Entity({ tableName: 'case_statistics' })
@Index({ name: 'case_statistics_accepted_at_idx', properties: ['acceptedAt'] })
// Partial months of a committee's or a region's figures: the scope first, then the days.
@Index({ name: 'case_statistics_committee_accepted_idx', properties: ['committeeId', 'acceptedAt'] })
@Index({
  name: 'case_statistics_region_accepted_idx',
  expression: 'create index "case_statistics_region_accepted_idx" on "case_statistics" ("region_code" varchar_pattern_ops, "accepted_at")',
})
export class CaseStatistics extends CaseContribution {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  caseId!: number;
}

/**
 * Statistics summed per subject × month × breakdown, kept exact by triggers in the same transaction
 * as every change to a case, its agreements, terms and follow-ups. `subject` is `c:<committee id>`
 * or `r:<region code>` for the committee's region and each of its ancestors; `dimension` is
 * `total`, `type`, `channel` or `mediator`, with `value` the type code, channel or mediator id.
 */
@Entity({ tableName: 'statistics_rollup' })
export class StatisticsRollup extends StatisticsMeasures {
  @PrimaryKey({ type: 'string', length: 16 })
  subject!: string;

  @PrimaryKey({ type: 'string', length: 16 })
  dimension!: string;

  @PrimaryKey({ type: 'date' })
  month!: string;

  @PrimaryKey({ type: 'string', length: 32 })
  value!: string;
}

/**
 * The same sums per day, for the subjects whose partial months would otherwise be summed from too many
 * cases: the province and prefecture region prefixes (`r:` + 2 or 4 digits), without the mediator
 * breakdown. Kept by the same trigger function as `statistics_rollup`.
 */
@Entity({ tableName: 'statistics_rollup_daily' })
export class StatisticsRollupDaily extends StatisticsMeasures {
  @PrimaryKey({ type: 'string', length: 16 })
  subject!: string;

  @PrimaryKey({ type: 'string', length: 16 })
  dimension!: string;

  /** China-time day of acceptance. */
  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'string', length: 32 })
  value!: string;
}


/**
 * What changes of cases added to the statistics and `statistics_fold()` has not yet summed into the
 * rollups: per change, one row (the difference, when the case kept its keys) or two (its previous
 * contribution negated, its current one). Appended by the trigger and never updated, so concurrent
 * writers never wait on each other; readers add these rows as they add per-case rows.
 */
@Entity({ tableName: 'case_statistics_delta' })
export class CaseStatisticsDelta extends CaseContribution {
  @PrimaryKey({ type: 'bigint' })
  id!: string;

  @Property({ type: 'integer' })
  caseId!: number;
}
