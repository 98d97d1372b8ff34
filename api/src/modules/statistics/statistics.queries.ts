import { join, likeEscape, raw, sql, type Sql } from '../../shared/sql';
import type { OversightScope } from './scope';

/**
 * Where the figures come from. `rollup`: whole months from `statistics_rollup`, the partial months
 * at either end of the period from `statistics_rollup_daily` (province and prefecture) or the per-case
 * rows in `case_statistics` — all kept by triggers in the same transaction as every change (the
 * rollups through `case_statistics_delta`, whose rows not yet folded every read adds). `recount`: every case recounted from the source tables
 * through the `case_statistics_source` view — the reference the rollup is tested against.
 */
export type StatisticsSource = 'rollup' | 'recount';

export interface StatisticsPeriod {
  /** YYYY-MM-DD, China time, inclusive. */
  from: string;
  /** YYYY-MM-DD, China time, exclusive. */
  to: string;
}

/** The whole months inside [from, to) — [first, end) as YYYY-MM-01 — or null when there is none. */
export function wholeMonths({ from, to }: StatisticsPeriod): { first: string; end: string } | null {
  const monthStart = (date: string) => `${date.slice(0, 7)}-01`;
  const nextMonth = (date: string) => {
    const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
    return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  };
  const first = from === monthStart(from) ? from : nextMonth(from);
  const end = monthStart(to);
  return first < end ? { first, end } : null;
}

const MEASURES = ['accepted', 'successful', 'amount_succeeded', 'overdue', 'closed', 'close_seconds', 'judicial_confirmations', 'terms_checked',
  'terms_performed', 'follow_ups_answered', 'follow_ups_satisfied'] as const;

const chinaTime = (date: string) => sql`${date}::timestamp at time zone 'Asia/Shanghai'`;

/**
 * Per-case rows of `table` accepted in any of `ranges`, summed per breakdown key and month. The
 * scope is matched on the case's own columns (committee, or the committee's region by prefix) —
 * the same cases `statistics_keys` files under the scope's subject.
 */
function perCase(table: 'case_statistics' | 'case_statistics_source' | 'case_statistics_delta', scope: OversightScope, ranges: StatisticsPeriod[], part: FigurePart): Sql {
  const inScope = scope.committeeId !== null ? sql`x.committee_id = ${scope.committeeId}` : sql`x.region_code like ${`${likeEscape(scope.regionCode ?? '')}%`}`;
  const inPeriod = join(ranges.map((r) => sql`(x.accepted_at >= ${chinaTime(r.from)} and x.accepted_at < ${chinaTime(r.to)})`), ' or ');
  const sums = raw(MEASURES.map((m) => `sum(${m}) as ${m}`).join(', '));
  const cases = sql`select * from ${raw(table)} x where ${inScope} and (${inPeriod})`;
  if (part === 'mediators') {
    return sql`(select 'mediator' as dimension, mediator_id::text as value, month, ${sums} from (${cases}) x where mediator_id is not null group by mediator_id, month)`;
  }
  return sql`(with x as materialized (${cases})
    select 'total' as dimension, '' as value, month, ${sums} from x group by month
    union all select 'type', dispute_type_code, month, ${sums} from x group by dispute_type_code, month
    union all select 'channel', channel, month, ${sums} from x group by channel, month)`;
}

/** The period's totals with their breakdowns by type, channel and month; or the per-mediator rows alone. */
export type FigurePart = 'breakdowns' | 'mediators';

/** Every row the figures are summed from: one per breakdown key and month. */
/** Province and prefecture scopes have a rollup per day (statistics_rollup_daily) for their breakdowns. */
const hasDailyRollup = (scope: OversightScope, part: FigurePart) => part === 'breakdowns' && scope.regionCode !== null && scope.regionCode.length <= 4;

/** The days in `ranges` from the daily rollup, as rows of the month each day is in. */
function daily(scope: OversightScope, ranges: StatisticsPeriod[]): Sql {
  const inPeriod = join(ranges.map((r) => sql`(day >= ${r.from}::date and day < ${r.to}::date)`), ' or ');
  return sql`(select dimension, value, date_trunc('month', day)::date as month, ${raw(MEASURES.join(', '))} from statistics_rollup_daily
    where subject = ${scope.subject} and dimension in ('total', 'type', 'channel') and (${inPeriod}))`;
}

function measureRows(scope: OversightScope, period: StatisticsPeriod, source: StatisticsSource, part: FigurePart): Sql {
  if (source === 'recount') return perCase('case_statistics_source', scope, [period], part);
  // The rollups hold what statistics_fold() has summed; what changes appended since is added from
  // case_statistics_delta, as per-case rows. The per-case rows themselves are always current.
  const unfolded = (ranges: StatisticsPeriod[]) => perCase('case_statistics_delta', scope, ranges, part);
  // Partial months: from the daily rollup where there is one, else from the per-case rows.
  const partial = (ranges: StatisticsPeriod[]) =>
    hasDailyRollup(scope, part) ? sql`${daily(scope, ranges)} union all ${unfolded(ranges)}` : perCase('case_statistics', scope, ranges, part);
  const months = wholeMonths(period);
  if (!months) return partial([period]);
  const edges = [
    { from: period.from, to: months.first },
    { from: months.end, to: period.to },
  ].filter((r) => r.from < r.to);
  const dimensions = part === 'mediators' ? sql`dimension = 'mediator'` : sql`dimension in ('total', 'type', 'channel')`;
  const rolled = sql`(select dimension, value, month, ${raw(MEASURES.join(', '))} from statistics_rollup
    where subject = ${scope.subject} and ${dimensions} and month >= ${months.first}::date and month < ${months.end}::date)
    union all ${unfolded([{ from: months.first, to: months.end }])}`;
  return edges.length ? sql`${rolled} union all ${partial(edges)}` : rolled;
}

export interface FigureRow {
  dimension: 'total' | 'type' | 'channel';
  value: string;
  /** YYYY-MM for the per-month rows of `total`; null for the period as a whole. */
  month: string | null;
  label: string | null;
  sortOrder: number | null;
  accepted: number;
  successful: number;
  amountSucceeded: string;
  overdue: number;
  averageDaysToClose: number | null;
  judicialConfirmations: number;
  termsChecked: number;
  termsPerformed: number;
  followUpsAnswered: number;
  followUpsSatisfied: number;
}

/**
 * The period's figures in one statement: sums per breakdown key over the period, plus the per-month
 * sums of the totals. Average days to close = total seconds from acceptance to closure / closed cases.
 */
export const figures = (scope: OversightScope, period: StatisticsPeriod, source: StatisticsSource) => sql`
  with r as (${measureRows(scope, period, source, 'breakdowns')}),
  g as (
    select dimension, value, month, sum(accepted)::int as accepted, sum(successful)::int as successful,
      coalesce(nullif(sum(amount_succeeded), 0), 0)::text as "amountSucceeded", sum(overdue)::int as overdue,
      round(sum(close_seconds) / nullif(sum(closed), 0) / 86400, 1)::float as "averageDaysToClose",
      sum(judicial_confirmations)::int as "judicialConfirmations", sum(terms_checked)::int as "termsChecked",
      sum(terms_performed)::int as "termsPerformed", sum(follow_ups_answered)::int as "followUpsAnswered",
      sum(follow_ups_satisfied)::int as "followUpsSatisfied", grouping(month) = 1 as whole
    from r group by grouping sets ((dimension, value), (dimension, value, month))
    having sum(accepted) > 0 and (grouping(month) = 1 or dimension = 'total')
  )
  select g.dimension, g.value, case when g.whole then null else to_char(g.month, 'YYYY-MM') end as month,
    d.label, d.sort_order as "sortOrder", g.accepted, g.successful, g."amountSucceeded", g.overdue,
    g."averageDaysToClose", g."judicialConfirmations", g."termsChecked", g."termsPerformed", g."followUpsAnswered", g."followUpsSatisfied"
  from g left join dispute_type d on g.dimension = 'type' and d.code = g.value`;

export interface MediatorFigureRow {
  mediatorId: number;
  name: string;
  cases: number;
  successful: number;
}

/**
 * The mediators with the most cases accepted in the period (then by id), at most `first`. Its own
 * statement, run only when asked for: over a province it sums a row per mediator and month.
 */
export const mediatorFigures = (scope: OversightScope, period: StatisticsPeriod, source: StatisticsSource, first: number) => sql`
  with r as (${measureRows(scope, period, source, 'mediators')}),
  g as (select value::int as "mediatorId", sum(accepted)::int as cases, sum(successful)::int as successful from r group by value having sum(accepted) > 0)
  select g."mediatorId", m.name, g.cases, g.successful from g join mediator m on m.id = g."mediatorId"
  order by g.cases desc, g."mediatorId" limit ${first}`;

export interface AreaFigureRow {
  regionCode: string;
  name: string;
  accepted: number;
  successful: number;
  overdue: number;
  amountSucceeded: string;
}

/**
 * The period's figures for every region directly under `regionCode` (a county's townships, a
 * township's villages), side by side — each one listed, with zeros where nothing was accepted —
 * and, when committees sit at the scope's own level (the county's centre and industry committees,
 * the township's own committee), a row for them (本级), so the parts add up to the whole.
 * From the per-case rows the rollup itself sums (case_statistics), grouped by the committee
 * region's prefix at the children's level: one statement, whatever the number of children.
 */
export const areaFigures = (regionCode: string, childLength: number, period: StatisticsPeriod, source: StatisticsSource) => sql`
  with x as (
    select case when length(x.region_code) > ${regionCode.length} then left(x.region_code, ${childLength}) else ${regionCode} end as code,
      x.accepted, x.successful, x.overdue, x.amount_succeeded
    from ${raw(source === 'recount' ? 'case_statistics_source' : 'case_statistics')} x
    where x.region_code like ${`${likeEscape(regionCode)}%`} and x.accepted_at >= ${chinaTime(period.from)} and x.accepted_at < ${chinaTime(period.to)}
  ),
  rows as (
    select r.code as "regionCode", r.name, coalesce(sum(x.accepted), 0)::int as accepted, coalesce(sum(x.successful), 0)::int as successful,
      coalesce(sum(x.overdue), 0)::int as overdue, coalesce(sum(x.amount_succeeded), 0)::text as "amountSucceeded"
    from region r left join x on x.code = r.code
    where r.parent_code = ${regionCode}
    group by r.code, r.name
    union all
    select r.code, r.name || '本级', sum(x.accepted)::int, sum(x.successful)::int, sum(x.overdue)::int, sum(x.amount_succeeded)::text
    from x join region r on r.code = x.code
    where x.code = ${regionCode}
    group by r.code, r.name
  )
  select * from rows order by accepted desc, "regionCode"`;
