import type { TestApi } from './api';

const MEASURES = ['accepted', 'successful', 'amount_succeeded', 'overdue', 'closed', 'close_seconds', 'judicial_confirmations', 'terms_checked',
  'terms_performed', 'follow_ups_answered', 'follow_ups_satisfied'];

/**
 * The differences between the trigger-kept rollups (monthly and daily, each with the rows of
 * case_statistics_delta not yet folded) and a recount of every case from the source tables, as rows
 * tagged by side: empty when the rollups are exact. Keys whose sums are all zeros are ignored (a
 * recount has no row for them).
 */
export async function rollupDrift(api: TestApi) {
  const sums = MEASURES.map((m) => `sum(x.${m}) as ${m}`).join(', ');
  const plainSums = MEASURES.map((m) => `sum(${m}) as ${m}`).join(', ');
  const xCols = MEASURES.map((m) => `x.${m}`).join(', ');
  const cols = `subject, dimension, month, value, ${MEASURES.join(', ')}`;
  const dailyCols = `subject, dimension, day, value, ${MEASURES.join(', ')}`;
  return api.sql(`
    with recounted as (
      select k.subject, k.dimension, x.month, k.value, ${sums}
      from case_statistics_source x cross join lateral statistics_keys(x.committee_id, x.region_code, x.dispute_type_code, x.channel, x.mediator_id) k
      group by 1, 2, 3, 4),
    kept as (select subject, dimension, month, value, ${plainSums} from (
        select ${cols} from statistics_rollup
        union all select k.subject, k.dimension, x.month, k.value, ${xCols}
        from case_statistics_delta x cross join lateral statistics_keys(x.committee_id, x.region_code, x.dispute_type_code, x.channel, x.mediator_id) k) r
      group by 1, 2, 3, 4 having ${MEASURES.map((m) => `sum(${m}) <> 0`).join(' or ')}),
    per_case as (select case_id, ${MEASURES.join(', ')} from case_statistics except select case_id, ${MEASURES.join(', ')} from case_statistics_source),
    recounted_daily as (
      select k.subject, k.dimension, (x.accepted_at at time zone 'Asia/Shanghai')::date as day, k.value, ${sums}
      from case_statistics_source x cross join lateral statistics_keys(x.committee_id, x.region_code, x.dispute_type_code, x.channel, x.mediator_id) k
      where k.subject like 'r:%' and length(k.subject) <= 6 and k.dimension <> 'mediator'
      group by 1, 2, 3, 4),
    kept_daily as (select subject, dimension, day, value, ${plainSums} from (
        select ${dailyCols} from statistics_rollup_daily
        union all select k.subject, k.dimension, (x.accepted_at at time zone 'Asia/Shanghai')::date, k.value, ${xCols}
        from case_statistics_delta x cross join lateral statistics_keys(x.committee_id, x.region_code, x.dispute_type_code, x.channel, x.mediator_id) k
        where k.subject like 'r:%' and length(k.subject) <= 6 and k.dimension <> 'mediator') r
      group by 1, 2, 3, 4 having ${MEASURES.map((m) => `sum(${m}) <> 0`).join(' or ')})
    (select 'kept' as side, ${cols} from kept except select 'kept', ${cols} from recounted)
    union all (select 'recounted', ${cols} from recounted except select 'recounted', ${cols} from kept)
    union all (select 'kept daily', ${dailyCols} from kept_daily except select 'kept daily', ${dailyCols} from recounted_daily)
    union all (select 'recounted daily', ${dailyCols} from recounted_daily except select 'recounted daily', ${dailyCols} from kept_daily)
    union all (select 'per-case', null, null, null, case_id::text, ${MEASURES.map(() => 'null::numeric').join(', ')} from per_case)`);
}
