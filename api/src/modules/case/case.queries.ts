import type { Db } from '../../shared/db';
import { sql } from '../../shared/sql';
import { CaseStatus } from './case-enums';

/**
 * The committee a new dispute should go to (分流): among active committees whose region contains
 * the place, one that takes this dispute type explicitly (industry committees: traffic,
 * medical, labour…) before one that takes any type; then the most local; then the lowest id.
 */
export async function suggestCommittee(db: Db, regionCode: string, disputeType: string): Promise<number | null> {
  const [row] = await db.rows<{ id: number }>(sql`
    select c.id from committee c
    where c.active and ${regionCode} like c.region_code || '%'
      and c.kind not in ('PERSONAL_STUDIO', 'DISPATCHED_ROOM', 'COUNTY_GUIDANCE', 'PARK', 'MARKET', 'ENTERPRISE')
      and (exists (select 1 from committee_dispute_type t where t.committee_id = c.id and t.dispute_type_code = ${disputeType})
           or not exists (select 1 from committee_dispute_type t where t.committee_id = c.id))
    order by exists (select 1 from committee_dispute_type t where t.committee_id = c.id and t.dispute_type_code = ${disputeType}) desc,
             length(c.region_code) desc, c.id
    limit 1`);
  return row?.id ?? null;
}

/**
 * The best mutual choice: a mediator on every party's list, with the lowest combined rank;
 * ties go to the one with fewer open cases, then the lowest id. Null when there is none (or a
 * party left the choice to the committee).
 */
export async function chooseMutualMediator(db: Db, caseId: number): Promise<number | null> {
  const [row] = await db.rows<{ mediatorId: number }>(sql`
    with parties as (select count(distinct r.party_id) as n from mediator_ranking r where r.mediation_case_id = ${caseId}),
    picks as (
      select r.mediator_id, sum(r.rank) as total, count(distinct r.party_id) as chosen_by
      from mediator_ranking r where r.mediation_case_id = ${caseId} and r.mediator_id is not null
      group by r.mediator_id
    )
    select p.mediator_id as "mediatorId" from picks p, parties
    where p.chosen_by = parties.n
    order by p.total,
      (select count(*) from mediation_case mc where mc.mediator_id = p.mediator_id
        and mc.status in (${CaseStatus.AWAITING_MEDIATOR}::case_status, ${CaseStatus.IN_MEDIATION}::case_status)),
      p.mediator_id
    limit 1`);
  return row?.mediatorId ?? null;
}

/** The applicant's newest open case against a respondent of this name: a second filing would duplicate it. */
export const openCaseAgainst = (userId: number, respondentName: string) => sql`
  select mc.id from mediation_case mc
  where mc.status in ('PENDING_ACCEPTANCE', 'AWAITING_CONSENT', 'CHOOSING_MEDIATOR', 'AWAITING_MEDIATOR', 'IN_MEDIATION')
    and exists (select 1 from case_party a where a.mediation_case_id = mc.id and a.role = 'APPLICANT' and a.user_id = ${userId})
    and exists (select 1 from case_party r where r.mediation_case_id = mc.id and r.role = 'RESPONDENT' and r.name = ${respondentName})
  order by mc.id desc limit 1`;
