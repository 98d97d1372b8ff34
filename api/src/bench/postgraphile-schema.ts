/**
 * What PostGraphile V5 is given to answer the benchmark's pages at its best, in its own schema
 * `pgl` beside the product's tables: views that expose exactly the rows a page lists (active
 * memberships of active committees, a mediator's specialties with their labels and order), smart
 * tags that declare their keys and relations (so nested lists become one lateral subquery in the same
 * statement), and an inlinable SQL function for the menu's region filter. Nothing here is used by the
 * product.
 */
export const POSTGRAPHILE_SCHEMA = 'pgl';

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
create view pgl.case_committee as select c.id, c.name from public.committee c;
comment on view pgl.case_committee is E'@primaryKey id';
create view pgl.dispute_type as select d.code, d.label from public.dispute_type d;
comment on view pgl.dispute_type is E'@primaryKey code';
-- Who may read a case, as the API decides it for these pages: its parties, and the admin of its committee.
create view pgl.mediation_case with (security_barrier) as
  select mc.id, mc.number, mc.status::text as status, mc.created_at, mc.due_at, mc.closed_at, mc.acceptance_due_at, mc.dispute_type_code, mc.committee_id
  from public.mediation_case mc
  where exists (select 1 from public.case_party p where p.mediation_case_id = mc.id and p.user_id = nullif(current_setting('jwt.claims.user_id', true), '')::int)
     or exists (select 1 from public.staff_assignment s where s.user_id = nullif(current_setting('jwt.claims.user_id', true), '')::int
                  and s.role = 'COMMITTEE_ADMIN' and s.committee_id = mc.committee_id and s.active);
comment on view pgl.mediation_case is E'@primaryKey id\\n@foreignKey (dispute_type_code) references pgl.dispute_type (code)|@fieldName disputeType|@foreignFieldName cases\\n@foreignKey (committee_id) references pgl.case_committee (id)|@fieldName committee|@foreignFieldName cases';
create view pgl.case_party as select p.id, p.mediation_case_id, p.role::text as role, p.name from public.case_party p;
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
`;
