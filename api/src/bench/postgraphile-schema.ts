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
`;
