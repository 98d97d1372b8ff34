import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Adds `count` synthetic cases, spread over the network's committees, types, channels and the
 * 22 months before November 2026, in one set-based statement per batch (deterministic: every value
 * is a function of the row number). Closed cases get an agreement-free outcome; a tenth run overdue;
 * every case but the withdrawn has one of its committee's mediators.
 * The per-row statistics trigger is off during the load and the rollup recounted once at the end,
 * in the same transaction, so nothing sees the cases without their statistics.
 */
export async function insertScaleCases(em: EntityManager, count: number, createdBy: number) {
  await em.transactional(async (tx) => {
    await tx.execute('alter table mediation_case disable trigger statistics_case');
    await insertBatches(tx, count, createdBy);
    await tx.execute('alter table mediation_case enable trigger statistics_case');
    await tx.execute('select statistics_rebuild()');
    // The committees' number counters past the numbers taken, so cases filed afterwards get new ones.
    await tx.execute(
      `insert into case_number_counter (committee_id, year, last_number)
       select number_committee_id, number_year, max(number_seq) from mediation_case group by 1, 2
       on conflict (committee_id, year) do update set last_number = greatest(case_number_counter.last_number, excluded.last_number)`,
    );
  });
}

async function insertBatches(tx: EntityManager, count: number, createdBy: number) {
  const batch = 200_000;
  for (let start = 1; start <= count; start += batch) {
    const end = Math.min(count, start + batch - 1);
    await tx.execute(
      `with committees as (select id, region_code, row_number() over (order by id) - 1 as i, count(*) over () as n from committee),
       types as (select code, row_number() over (order by sort_order) - 1 as i, count(*) over () as n from dispute_type),
       members as (select committee_id, mediator_id, row_number() over (partition by committee_id order by mediator_id) - 1 as i,
         count(*) over (partition by committee_id) as n from membership where active)
       insert into mediation_case (number, number_committee_id, number_year, number_seq, committee_id, status, channel, dispute_type_code,
         facts, claims, amount_involved, people_involved, region_code, mediator_id, accepted_at, closed_at, overdue_flagged_at, created_by_id, idempotency_key)
       select 'S' || g, c.id, 2026, g, c.id,
         (array['SUCCEEDED','SUCCEEDED','SUCCEEDED','SUCCEEDED','SUCCEEDED','SUCCEEDED','SUCCEEDED','FAILED','IN_MEDIATION','WITHDRAWN'])[1 + g % 10]::case_status,
         (array['RESIDENT_ONLINE','WALK_IN','GRID_REPORT','COURT_REFERRAL','POLICE_REFERRAL','PETITION_REFERRAL','PROCURATORATE_REFERRAL','OWN_INITIATIVE'])[1 + (g / 7) % 8]::case_channel,
         t.code, '规模测试', '规模测试', ((g * 37) % 50000)::numeric, 2 + g % 5, c.region_code,
         -- Every case that reached mediation has one of its committee's mediators (none for withdrawn ones).
         case when g % 10 < 9 then m.mediator_id end,
         timestamp '2025-01-01' + ((g * 2654435761) % (660 * 24)) * interval '1 hour',
         case when g % 10 < 8 then timestamp '2025-01-01' + ((g * 2654435761) % (660 * 24)) * interval '1 hour' + (1 + g % 40) * interval '1 day' end,
         case when g % 10 = 8 and g % 3 = 0 then now() end,
         ?, 'scale-' || g
       from generate_series(?::bigint, ?::bigint) g
       join committees c on c.i = (g / 11) % c.n
       join types t on t.i = g % t.n
       left join members m on m.committee_id = c.id and m.i = (g / 3) % m.n`,
      [createdBy, start, end],
    );
  }
}
