import { join, likeEscape, raw, sql, type Sql } from '../../shared/sql';
import { CASE_CHANNEL_LABEL, CaseChannel } from '../case/case-enums';
import type { OversightScope } from './scope';
import type { StatisticsView } from './statistics.views';

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

/**
 * A ratio to four decimals (99.24 % → 0.9924), as PostgreSQL writes it into the answer; null when
 * there is nothing to divide by. Every rate of the statistics is this one expression.
 */
export const ratioSql = (part: string, whole: string) => `(case when (${whole}) = 0 then null else round((${part})::numeric / (${whole}), 4)::float8 end)`;

/**
 * Whether a period's figures run as a prepared statement: over whole months they read only the
 * monthly rollup (by its key) and the few changes not yet folded into it, so one plan serves every
 * scope and period — and planning that statement costs several times running it. A period with
 * partial months reads per-case rows by a region prefix, which needs its value to use the index:
 * planned each time.
 */
export function preparedFigures(period: StatisticsPeriod, source: StatisticsSource) {
  const months = wholeMonths(period);
  return source === 'rollup' && months !== null && months.first === period.from && months.end === period.to;
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

/** A row of the figures statement (what FIGURES holds, and HEADLINE_SQL and BREAKDOWN_SQL read). */
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

/** The name of a period's figure rows (the `figures` statement) wherever the Statistics answer is built from them. */
export const FIGURES = 'stat_figures';

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
/** The channels with their labels, in the enum's order (the tie-break of byChannel): rows of a `values` list (code, label, position). */
export const CHANNELS = Object.values(CaseChannel)
  .map((code, i) => `(${quote(code)}, ${quote(CASE_CHANNEL_LABEL[code])}, ${i})`)
  .join(', ');
const TOTAL_ACCEPTED = `coalesce((select accepted from ${FIGURES} where dimension = 'total' and month is null), 0)`;

/** The period's one row to read the headline figures from, alias `t`: its total, or nulls when nothing was accepted. */
export const totalRowSql = (t: string) => `(select) one left join ${FIGURES} ${t} on ${t}.dimension = 'total' and ${t}.month is null`;

/**
 * The headline figures of the Statistics type, each as SQL over the period's total row (totalRowSql):
 * what graphql-js answers and what the compiled dashboard answers are these expressions.
 */
export const HEADLINE_SQL = {
  accepted: (t: string) => `coalesce(${t}.accepted, 0)`,
  successful: (t: string) => `coalesce(${t}.successful, 0)`,
  successRate: (t: string) => ratioSql(`coalesce(${t}.successful, 0)`, `coalesce(${t}.accepted, 0)`),
  amountInvolved: (t: string) => `coalesce(${t}."amountSucceeded", '0')`,
  judicialConfirmations: (t: string) => `coalesce(${t}."judicialConfirmations", 0)`,
  fulfilmentRate: (t: string) => ratioSql(`coalesce(${t}."termsPerformed", 0)`, `coalesce(${t}."termsChecked", 0)`),
  satisfactionRate: (t: string) => ratioSql(`coalesce(${t}."followUpsSatisfied", 0)`, `coalesce(${t}."followUpsAnswered", 0)`),
  averageDaysToClose: (t: string) => `${t}."averageDaysToClose"`,
  overdue: (t: string) => `coalesce(${t}.overdue, 0)`,
};

/**
 * The breakdown lists of the Statistics type: each one's rows with the item's fields and its
 * `position` — the busiest first; types then by their menu order, channels by the enum's; months in order.
 */
export const BREAKDOWN_SQL = {
  byDisputeType: `select f.value as code, coalesce(f.label, f.value) as label, f.accepted as count, ${ratioSql('f.accepted', TOTAL_ACCEPTED)} as share,
      row_number() over (order by f.accepted desc, coalesce(f."sortOrder", 0), f.value collate "C")::int as position
    from ${FIGURES} f where f.dimension = 'type' and f.month is null`,
  byChannel: `select f.value as code, ch.label, f.accepted as count, ${ratioSql('f.accepted', TOTAL_ACCEPTED)} as share,
      row_number() over (order by f.accepted desc, ch.position)::int as position
    from ${FIGURES} f join (values ${CHANNELS}) ch(code, label, position) on ch.code = f.value where f.dimension = 'channel' and f.month is null`,
  byMonth: `select f.month, f.accepted, f.successful, row_number() over (order by f.month)::int as position
    from ${FIGURES} f where f.dimension = 'total' and f.month is not null`,
};

/** The Statistics answer of a period but for byMediator and byArea (their own statements): one JSON value. */
export type StatisticsFigures = Omit<StatisticsView, 'query'>;

/** A period's Statistics answer (headline and breakdowns) as one JSON value, built from its figures statement. */
export const statisticsFigures = (scope: OversightScope, period: StatisticsPeriod, source: StatisticsSource) => {
  const headline = Object.entries(HEADLINE_SQL).map(([name, value]) => `${quote(name)}, ${value('t')}`);
  const lists = Object.entries(BREAKDOWN_SQL).map(([name, rows]) => `${quote(name)}, coalesce((select json_agg(x order by x.position) from (${rows}) x), '[]')`);
  return sql`(with ${raw(FIGURES)} as materialized (${figures(scope, period, source)})
    select json_build_object(${raw([...headline, ...lists].join(', '))}) from ${raw(totalRowSql('t'))})`;
};

export interface MediatorFigureRow {
  mediatorId: number;
  name: string;
  cases: number;
  successful: number;
  successRate: number | null;
  /** 1, 2, … in the table's order. */
  position: number;
}

/**
 * The mediators with the most cases accepted in the period (then by id), at most `first`. Its own
 * statement, run only when asked for: over a province it sums a row per mediator and month.
 */
export const mediatorFigures = (scope: OversightScope, period: StatisticsPeriod, source: StatisticsSource, first: number) => sql`
  with r as (${measureRows(scope, period, source, 'mediators')}),
  g as (select value::int as "mediatorId", sum(accepted)::int as cases, sum(successful)::int as successful from r group by value having sum(accepted) > 0)
  select g."mediatorId", m.name, g.cases, g.successful, ${raw(ratioSql('g.successful', 'g.cases'))} as "successRate",
    row_number() over (order by g.cases desc, g."mediatorId")::int as position
  from g join mediator m on m.id = g."mediatorId"
  order by g.cases desc, g."mediatorId" limit ${first}`;

export interface AreaFigureRow {
  regionCode: string;
  name: string;
  accepted: number;
  successful: number;
  successRate: number | null;
  overdue: number;
  amountInvolved: string;
  /** 1, 2, … in the table's order. */
  position: number;
}

/**
 * The period's figures for every region directly under `regionCode` (a county's townships, a
 * township's villages), side by side — each one listed, with zeros where nothing was accepted —
 * and, when committees sit at the scope's own level (the county's centre and industry committees,
 * the township's own committee), a row for them (本级), so the parts add up to the whole.
 *
 * Whole months read the monthly rollup: each child's own subject, and 本级 as the region's whole
 * less its children (so one plan serves every region: prepared, see preparedFigures); plus the
 * changes not yet folded, by the case's region. Other periods read the per-case rows the rollup
 * itself sums, grouped by the committee region's prefix at the children's level. One statement,
 * whatever the number of children.
 */
export const areaFigures = (regionCode: string, childLength: number, period: StatisticsPeriod, source: StatisticsSource) => {
  // Each case's row filed under the child region it lies in, or under the region itself (本级).
  const filed = (table: 'case_statistics' | 'case_statistics_source' | 'case_statistics_delta', from: string, to: string) => sql`
    select case when length(x.region_code) > ${regionCode.length} then left(x.region_code, ${childLength}) else ${regionCode} end as code,
      x.accepted, x.successful, x.overdue, x.amount_succeeded
    from ${raw(table)} x
    where x.region_code like ${`${likeEscape(regionCode)}%`} and x.accepted_at >= ${chinaTime(from)} and x.accepted_at < ${chinaTime(to)}`;
  const months = preparedFigures(period, source) ? wholeMonths(period) : null;
  const x = months
    ? sql`rolled as (
        select substr(r.subject, 3) as code, r.accepted, r.successful, r.overdue, r.amount_succeeded from statistics_rollup r
        where r.dimension = 'total' and r.value = '' and r.month >= ${months.first}::date and r.month < ${months.end}::date
          and r.subject in (select 'r:' || c.code from region c where c.parent_code = ${regionCode} union all select ${`r:${regionCode}`})
      ),
      x as (
        select * from rolled
        union all select ${regionCode}, -accepted, -successful, -overdue, -amount_succeeded from rolled where code <> ${regionCode}
        union all ${filed('case_statistics_delta', months.first, months.end)}
      )`
    : sql`x as (${filed(source === 'recount' ? 'case_statistics_source' : 'case_statistics', period.from, period.to)})`;
  return sql`
  with ${x},
  rows as (
    select r.code as "regionCode", r.name, coalesce(sum(x.accepted), 0)::int as accepted, coalesce(sum(x.successful), 0)::int as successful,
      coalesce(sum(x.overdue), 0)::int as overdue, case when sum(x.accepted) > 0 then sum(x.amount_succeeded)::text else '0' end as "amountInvolved"
    from region r left join x on x.code = r.code
    where r.parent_code = ${regionCode}
    group by r.code, r.name
    union all
    select r.code, r.name || '本级', sum(x.accepted)::int, sum(x.successful)::int, sum(x.overdue)::int, sum(x.amount_succeeded)::text
    from x join region r on r.code = x.code
    where x.code = ${regionCode}
    group by r.code, r.name
    having sum(x.accepted) > 0
  )
  select rows.*, ${raw(ratioSql('rows.successful', 'rows.accepted'))} as "successRate",
    row_number() over (order by rows.accepted desc, rows."regionCode")::int as position
  from rows order by position`;
};
