import { partySeesEventSql } from '../modules/case/case-event.audience';
import { REGION_CODE_LENGTH } from '../modules/region/region-level';
// The channels' labels in the API's order (its tie-break), the table the dashboard's function joins.
import { CHANNELS } from '../modules/statistics/statistics.queries';

/**
 * What PostGraphile V5 is given to answer the benchmark's pages at its best, in its own schema
 * `pgl` beside the product's tables: views that expose exactly the rows a page lists (active
 * memberships of active committees, a mediator's specialties with their labels and order), smart
 * tags that declare their keys and relations (so nested lists become one lateral subquery in the same
 * statement), and an inlinable SQL function for the menu's region filter. Nothing here is used by the
 * product.
 */
export const POSTGRAPHILE_SCHEMA = 'pgl';

/** The children's code length under each region length (a county's townships, a township's villages). */
const CHILD_LENGTHS = Object.values(REGION_CODE_LENGTH).slice(0, -1).map((length, i) => `(${length}, ${Object.values(REGION_CODE_LENGTH)[i + 1]})`).join(', ');

export const POSTGRAPHILE_SETUP = `
drop schema if exists pgl cascade;
create schema pgl;

create view pgl.mediator as
  select m.id, m.name, m.photo_url, m.sex, m.ethnicity, m.grade, m.employment, m.languages, m.in_expert_pool,
         m.rating_sum, m.rating_count, m.active
  from public.mediator m;
comment on view pgl.mediator is E'@primaryKey id';

create view pgl.committee as
  select c.id, c.name, c.region_code from public.committee c where c.active;
comment on view pgl.committee is E'@primaryKey id';

create view pgl.specialty as
  select s.mediator_id, d.code, d.label, d.sort_order
  from public.mediator_specialty s join public.dispute_type d on d.code = s.dispute_type_code;
comment on view pgl.specialty is E'@primaryKey mediator_id,code\\n@foreignKey (mediator_id) references pgl.mediator (id)|@fieldName mediator|@foreignFieldName specialties';

-- A mediator's active memberships of active committees (the menu), and a committee's active members (its page).
create view pgl.membership as
  select ms.id, ms.mediator_id, ms.committee_id, ms.role, c.region_code
  from public.membership ms join public.committee c on c.id = ms.committee_id
  where ms.active and c.active;
comment on view pgl.membership is E'@primaryKey id\\n@foreignKey (mediator_id) references pgl.mediator (id)|@fieldName mediator|@foreignFieldName memberships\\n@foreignKey (committee_id) references pgl.committee (id)|@fieldName committee|@foreignFieldName committeeMemberships';

create view pgl.member as
  select ms.id, ms.committee_id, ms.mediator_id, ms.role, m.grade
  from public.membership ms join public.mediator m on m.id = ms.mediator_id
  where ms.active and m.active;
comment on view pgl.member is E'@primaryKey id\\n@foreignKey (committee_id) references pgl.committee (id)|@fieldName committee|@foreignFieldName members\\n@foreignKey (mediator_id) references pgl.mediator (id)|@fieldName mediator|@foreignFieldName mediatorMembers';

-- Views have no indexes, so PostGraphile offers no ordering by their columns unless told to.
comment on column pgl.specialty.sort_order is E'@behavior +orderBy';
comment on column pgl.membership.role is E'@behavior +orderBy';
comment on column pgl.membership.committee_id is E'@behavior +orderBy';
comment on column pgl.member.role is E'@behavior +orderBy';
comment on column pgl.member.grade is E'@behavior +orderBy';
comment on column pgl.member.mediator_id is E'@behavior +orderBy';
comment on column pgl.committee.region_code is E'@behavior +orderBy';

-- The menu of a region: active mediators with an active membership of an active committee there, by grade.
create function pgl.menu(region text) returns setof pgl.mediator as $$
  select m.* from pgl.mediator m
  where m.active and exists (select 1 from public.membership ms join public.committee c on c.id = ms.committee_id
    where ms.mediator_id = m.id and ms.active and c.active and c.region_code like region || '%')
  order by m.grade, m.id
$$ language sql stable;

-- The smoothed rating the menu shows (feedback/rating.ts), as a computed column.
create function pgl.mediator_rating(m pgl.mediator) returns float as $$
  select case when m.rating_count > 0 then round((20 + m.rating_sum)::numeric / (5 + m.rating_count), 2)::float end
$$ language sql stable;

-- A resident's own cases (my cases): the signed-in user comes in as a session setting
-- (jwt.claims.user_id, set per request from pgSettings, as PostGraphile's guides do it) and the
-- view keeps every other case out, as a row-level policy would (the bench connects as the table
-- owner, whom policies do not bind). Committees of cases may be inactive: a view of their own.
create view pgl.case_committee as select c.id, c.name, c.phone, c.address from public.committee c;
comment on view pgl.case_committee is E'@primaryKey id';
create view pgl.dispute_type as select d.code, d.label from public.dispute_type d;
comment on view pgl.dispute_type is E'@primaryKey code';
-- Who may read a case, as the API decides it for these pages: its parties, and the admin of its committee.
create view pgl.mediation_case with (security_barrier) as
  select mc.id, mc.number, mc.status::text as status, mc.created_at, mc.due_at, mc.closed_at, mc.acceptance_due_at, mc.dispute_type_code, mc.committee_id,
         mc.facts, mc.claims, mc.place, mc.accepted_at
  from public.mediation_case mc
  where exists (select 1 from public.case_party p where p.mediation_case_id = mc.id and p.user_id = nullif(current_setting('jwt.claims.user_id', true), '')::int)
     or exists (select 1 from public.staff_assignment s where s.user_id = nullif(current_setting('jwt.claims.user_id', true), '')::int
                  and s.role = 'COMMITTEE_ADMIN' and s.committee_id = mc.committee_id and s.active);
comment on view pgl.mediation_case is E'@primaryKey id\\n@foreignKey (dispute_type_code) references pgl.dispute_type (code)|@fieldName disputeType|@foreignFieldName cases\\n@foreignKey (committee_id) references pgl.case_committee (id)|@fieldName committee|@foreignFieldName cases';
create view pgl.case_party as select p.id, p.mediation_case_id, p.role::text as role, p.name, p.statement, p.user_id from public.case_party p;
comment on view pgl.case_party is E'@primaryKey id\\n@foreignKey (mediation_case_id) references pgl.mediation_case (id)|@fieldName mediationCase|@foreignFieldName parties';

-- Newest first, as the API lists them: the viewer's own, and a committee's inbox.
create function pgl.my_cases() returns setof pgl.mediation_case as $$
  select c.* from pgl.mediation_case c
  where exists (select 1 from public.case_party p where p.mediation_case_id = c.id and p.user_id = nullif(current_setting('jwt.claims.user_id', true), '')::int)
  order by c.id desc
$$ language sql stable;
create function pgl.committee_cases(committee int) returns setof pgl.mediation_case as $$
  select c.* from pgl.mediation_case c where c.committee_id = committee order by c.id desc
$$ language sql stable;

-- The API's deadline states (办理期限 due in 3 days, 受理期限 in 24 hours), as computed columns.
create function pgl.mediation_case_deadline_state(c pgl.mediation_case) returns text as $$
  select case when c.due_at is null or c.closed_at is not null then null
    when c.due_at < now() then 'OVERDUE' when c.due_at < now() + interval '3 days' then 'DUE_SOON' else 'ON_TIME' end
$$ language sql stable;
create function pgl.mediation_case_acceptance_state(c pgl.mediation_case) returns text as $$
  select case when c.status <> 'PENDING_ACCEPTANCE' or c.acceptance_due_at is null then null
    when c.acceptance_due_at < now() then 'OVERDUE' when c.acceptance_due_at < now() + interval '24 hours' then 'DUE_SOON' else 'ON_TIME' end
$$ language sql stable;

-- The dashboard (统计看板) of a region over whole months, in the API's answer shape, for a justice
-- office whose region covers it (the signed-in user, as above). Its figures are read as the API reads
-- them (statistics.queries.ts): the monthly rollup of the region, plus what changed since it was last
-- folded; the townships side by side from the per-case rows. One function call per period.
create function pgl.ratio(part numeric, whole numeric) returns float as $$
  select case when whole = 0 then null else round(part / whole, 4)::float end
$$ language sql immutable;
comment on function pgl.ratio is E'@behavior -*';

create function pgl.figure_rows(region text, from_date date, to_date date)
  returns table (dimension text, value text, month date, accepted int, successful int, amount_succeeded numeric, overdue int, closed int,
    close_seconds numeric, judicial_confirmations int, terms_checked int, terms_performed int, follow_ups_answered int, follow_ups_satisfied int) as $$
  select r.dimension, r.value, r.month, r.accepted, r.successful, r.amount_succeeded, r.overdue, r.closed, r.close_seconds, r.judicial_confirmations,
    r.terms_checked, r.terms_performed, r.follow_ups_answered, r.follow_ups_satisfied
  from public.statistics_rollup r
  where r.subject = 'r:' || region and r.dimension in ('total', 'type', 'channel', 'mediator') and r.month >= from_date and r.month < to_date
  union all
  select d.dimension, d.value, x.month, x.accepted, x.successful, x.amount_succeeded, x.overdue, x.closed, x.close_seconds, x.judicial_confirmations,
    x.terms_checked, x.terms_performed, x.follow_ups_answered, x.follow_ups_satisfied
  from public.case_statistics_delta x
  cross join lateral (values ('total', ''), ('type', x.dispute_type_code), ('channel', x.channel), ('mediator', x.mediator_id::text)) d(dimension, value)
  where d.value is not null and x.region_code like region || '%'
    and x.accepted_at >= (from_date::timestamp at time zone 'Asia/Shanghai') and x.accepted_at < (to_date::timestamp at time zone 'Asia/Shanghai')
$$ language sql stable;
comment on function pgl.figure_rows is E'@behavior -*';

create function pgl.dashboard(region text, from_date date, to_date date, breakdowns boolean) returns json as $$
  with allowed as (
    select 1 from public.staff_assignment s
    where s.user_id = nullif(current_setting('jwt.claims.user_id', true), '')::int and s.active
      and ((s.role = 'JUSTICE_OFFICE' and region like s.region_code || '%') or s.role = 'SYSTEM_ADMIN')
    limit 1
  ),
  r as (select * from pgl.figure_rows(region, from_date, to_date) where exists (select 1 from allowed)),
  g as (
    select dimension, value, sum(accepted)::int as accepted, sum(successful)::int as successful, sum(amount_succeeded) as amount, sum(overdue)::int as overdue,
      round(sum(close_seconds) / nullif(sum(closed), 0) / 86400, 1)::float as days, sum(judicial_confirmations)::int as confirmations,
      sum(terms_checked) as checked, sum(terms_performed) as performed, sum(follow_ups_answered) as answered, sum(follow_ups_satisfied) as satisfied
    from r group by dimension, value having sum(accepted) > 0
  ),
  t as (select * from g where dimension = 'total'),
  total as (select coalesce((select accepted from t), 0) as accepted),
  children as (select c.child_length from (values ${CHILD_LENGTHS}) c(parent_length, child_length) where c.parent_length = length(region)),
  area as (
    select case when length(x.region_code) > length(region) then left(x.region_code, (select child_length from children)) else region end as code,
      x.accepted, x.successful, x.overdue, x.amount_succeeded
    from public.case_statistics x
    where breakdowns and exists (select 1 from allowed) and exists (select 1 from children) and x.region_code like region || '%'
      and x.accepted_at >= (from_date::timestamp at time zone 'Asia/Shanghai') and x.accepted_at < (to_date::timestamp at time zone 'Asia/Shanghai')
  ),
  areas as (
    select r.code as code, r.name, coalesce(sum(a.accepted), 0)::int as accepted, coalesce(sum(a.successful), 0)::int as successful,
      coalesce(sum(a.overdue), 0)::int as overdue, coalesce(sum(a.amount_succeeded), 0)::text as amount
    from public.region r left join area a on a.code = r.code
    where breakdowns and exists (select 1 from allowed) and exists (select 1 from children) and r.parent_code = region
    group by r.code, r.name
    union all
    select r.code, r.name || '本级', sum(a.accepted)::int, sum(a.successful)::int, sum(a.overdue)::int, sum(a.amount_succeeded)::text
    from area a join public.region r on r.code = a.code where a.code = region group by r.code, r.name
  )
  select case when exists (select 1 from allowed) then (json_build_object(
    'accepted', (select accepted from total),
    'successful', coalesce((select successful from t), 0),
    'successRate', pgl.ratio(coalesce((select successful from t), 0), (select accepted from total)),
    'amountInvolved', coalesce((select nullif(amount, 0)::text from t), '0'),
    'judicialConfirmations', coalesce((select confirmations from t), 0),
    'fulfilmentRate', pgl.ratio(coalesce((select performed from t), 0), coalesce((select checked from t), 0)),
    'satisfactionRate', pgl.ratio(coalesce((select satisfied from t), 0), coalesce((select answered from t), 0)),
    'averageDaysToClose', (select days from t),
    'overdue', coalesce((select overdue from t), 0)
  )::jsonb || case when breakdowns then jsonb_build_object(
    'byDisputeType', coalesce((select jsonb_agg(jsonb_build_object('code', g.value, 'label', coalesce(d.label, g.value), 'count', g.accepted,
        'share', pgl.ratio(g.accepted, (select accepted from total))) order by g.accepted desc, d.sort_order)
      from g left join public.dispute_type d on d.code = g.value where g.dimension = 'type'), '[]'),
    'byChannel', coalesce((select jsonb_agg(jsonb_build_object('code', g.value, 'label', ch.label, 'count', g.accepted,
        'share', pgl.ratio(g.accepted, (select accepted from total))) order by g.accepted desc, ch.position)
      from g join (values ${CHANNELS}) ch(code, label, position) on ch.code = g.value where g.dimension = 'channel'), '[]'),
    'byMediator', coalesce((select jsonb_agg(jsonb_build_object('mediatorId', m.id::text, 'name', m.name, 'cases', top.accepted, 'successful', top.successful,
        'successRate', pgl.ratio(top.successful, top.accepted)) order by top.accepted desc, m.id)
      from (select * from g where g.dimension = 'mediator' order by g.accepted desc, g.value::int limit 20) top join public.mediator m on m.id = top.value::int), '[]'),
    'byMonth', coalesce((select jsonb_agg(jsonb_build_object('month', to_char(x.month, 'YYYY-MM'), 'accepted', x.accepted, 'successful', x.successful) order by x.month)
      from (select month, sum(accepted)::int as accepted, sum(successful)::int as successful from r where dimension = 'total' group by month having sum(accepted) > 0) x), '[]'),
    'byArea', coalesce((select jsonb_agg(jsonb_build_object('regionCode', a.code, 'name', a.name, 'accepted', a.accepted, 'successful', a.successful,
        'successRate', pgl.ratio(a.successful, a.accepted), 'overdue', a.overdue, 'amountInvolved', a.amount) order by a.accepted desc, a.code) from areas a), '[]')
  ) else '{}'::jsonb end)::json end
$$ language sql stable;

-- A case page as one of its parties reads it: the case, its parties (isMe), its timeline (what the
-- viewer may read: staff everything, a party what is for everyone and what they wrote themselves,
-- as case-event.audience.ts decides), its sessions, and its agreement with its terms.
create function pgl.case_party_is_me(p pgl.case_party) returns boolean as $$
  select p.user_id is not distinct from nullif(current_setting('jwt.claims.user_id', true), '')::int
$$ language sql stable;
create view pgl.case_event with (security_barrier) as
  select e.id, e.mediation_case_id, e.action, e.actor_role, e.at, e.note, e.to_status::text as to_status
  from public.case_event e join public.mediation_case mc on mc.id = e.mediation_case_id
  where exists (select 1 from public.staff_assignment s where s.user_id = nullif(current_setting('jwt.claims.user_id', true), '')::int
                  and s.role = 'COMMITTEE_ADMIN' and s.committee_id = mc.committee_id and s.active)
     or exists (select 1 from public.case_party p where p.mediation_case_id = mc.id and p.user_id = nullif(current_setting('jwt.claims.user_id', true), '')::int)
        and ${partySeesEventSql('e', "nullif(current_setting('jwt.claims.user_id', true), '')::int")};
comment on view pgl.case_event is E'@primaryKey id\\n@foreignKey (mediation_case_id) references pgl.mediation_case (id)|@fieldName mediationCase|@foreignFieldName timeline';
create view pgl.mediation_session as
  select s.id, s.mediation_case_id, s.mode::text as mode, s.place, s.scheduled_at, s.participants, s.record, s.recorded_at from public.mediation_session s;
comment on view pgl.mediation_session is E'@primaryKey id\\n@foreignKey (mediation_case_id) references pgl.mediation_case (id)|@fieldName mediationCase|@foreignFieldName sessions';
comment on column pgl.mediation_session.scheduled_at is E'@behavior +orderBy';
create view pgl.agreement as
  select a.id, a.mediation_case_id, a.kind::text as kind, a.facts_and_responsibilities, a.sealed_at from public.agreement a;
comment on view pgl.agreement is E'@primaryKey id';
create view pgl.agreement_term as
  select t.id, t.agreement_id, t.seq, t.content, t.method, t.perform_by, t.performance::text as performance from public.agreement_term t;
comment on view pgl.agreement_term is E'@primaryKey id\\n@foreignKey (agreement_id) references pgl.agreement (id)|@fieldName agreement|@foreignFieldName terms';
comment on column pgl.agreement_term.seq is E'@behavior +orderBy';
-- A case has at most one agreement: a computed column, so the page asks for one object, not a list.
create function pgl.mediation_case_agreement(c pgl.mediation_case) returns pgl.agreement as $$
  select a.* from pgl.agreement a where a.mediation_case_id = c.id
$$ language sql stable;
create function pgl.case_page(id int) returns pgl.mediation_case as $$
  select c.* from pgl.mediation_case c where c.id = case_page.id
$$ language sql stable;
`;
