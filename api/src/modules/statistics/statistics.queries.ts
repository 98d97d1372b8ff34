import { sql, type Sql } from '../../shared/sql';

export interface StatisticsScope {
  /** From resolveScope: the committee or region subtree. */
  condition: Sql;
  from: string;
  to: string;
}

/**
 * The cohort every figure is computed over: cases accepted (受理) in [from, to) — dates in China
 * time — by a committee in scope: one committee, or every committee in a region's subtree.
 */
export function cohort(scope: StatisticsScope): Sql {
  return sql`select mc.* from mediation_case mc join committee c on c.id = mc.committee_id
    where ${scope.condition}
      and mc.accepted_at >= ${scope.from}::timestamp at time zone 'Asia/Shanghai'
      and mc.accepted_at < ${scope.to}::timestamp at time zone 'Asia/Shanghai'`;
}

export const totals = (scope: StatisticsScope) => sql`
  with k as (${cohort(scope)})
  select count(*)::int as accepted,
    count(*) filter (where status = 'SUCCEEDED')::int as successful,
    coalesce(sum(amount_involved) filter (where status = 'SUCCEEDED'), 0)::text as "amountInvolved",
    count(*) filter (where overdue_flagged_at is not null)::int as overdue,
    round(avg(extract(epoch from closed_at - accepted_at) / 86400) filter (where closed_at is not null), 1)::float as "averageDaysToClose",
    (select count(*) from agreement a join k on k.id = a.mediation_case_id where a.judicial_result = 'CONFIRMED')::int as "judicialConfirmations",
    (select count(*) from agreement_term t join agreement a on a.id = t.agreement_id join k on k.id = a.mediation_case_id where t.performance <> 'PENDING')::int as "termsChecked",
    (select count(*) from agreement_term t join agreement a on a.id = t.agreement_id join k on k.id = a.mediation_case_id where t.performance = 'PERFORMED')::int as "termsPerformed",
    (select count(*) from follow_up f join k on k.id = f.mediation_case_id where f.status = 'ANSWERED')::int as "followUpsAnswered",
    (select count(*) from follow_up f join k on k.id = f.mediation_case_id where f.status = 'ANSWERED' and f.satisfaction >= 4)::int as "followUpsSatisfied"
  from k`;

export const byDisputeType = (scope: StatisticsScope) => sql`
  with k as (${cohort(scope)})
  select d.code, d.label, count(*)::int as count from k join dispute_type d on d.code = k.dispute_type_code
  group by d.code, d.label, d.sort_order order by count(*) desc, d.sort_order`;

export const byChannel = (scope: StatisticsScope) => sql`
  with k as (${cohort(scope)})
  select channel::text as code, count(*)::int as count from k group by channel order by count(*) desc, channel`;

export const byMediator = (scope: StatisticsScope) => sql`
  with k as (${cohort(scope)})
  select m.id as "mediatorId", m.name, count(*)::int as cases, count(*) filter (where k.status = 'SUCCEEDED')::int as successful
  from k join mediator m on m.id = k.mediator_id
  group by m.id, m.name order by count(*) desc, m.id`;

export const byMonth = (scope: StatisticsScope) => sql`
  with k as (${cohort(scope)})
  select to_char(date_trunc('month', accepted_at at time zone 'Asia/Shanghai'), 'YYYY-MM') as month,
    count(*)::int as accepted, count(*) filter (where status = 'SUCCEEDED')::int as successful
  from k group by 1 order by 1`;
