import type { Db } from '../../shared/db';
import { sql } from '../../shared/sql';
import { PRIOR_COUNT, PRIOR_MEAN } from '../feedback/rating';
import { CaseAction } from './case-workflow';
import { CaseStatus } from './case-enums';

/** The menu widens until this many offered mediators have a specialty that fits the dispute. */
export const MENU_FITTING_TARGET = 5;

/** How far up the chain a mediator on a case's menu comes from. */
export enum MenuTier {
  /** The handling committee's own members. */
  OWN = 0,
  /** The committee it reports to (village → township). */
  PARENT = 1,
  /** The county: committees further up, the one-stop centre, the industry committee for the type, the expert pool. */
  COUNTY = 2,
}

export interface CaseMenuRow {
  mediatorId: number;
  tier: MenuTier;
  /** The committee through which the mediator is offered (null: the expert pool). */
  committeeId: number | null;
  fits: boolean;
  /** Speaks a language a party asked for. */
  speaks: boolean;
  openCases: number;
}

/** The case (its handling committee and dispute type); `caseId` leaves out who stood down from it. */
export interface MenuOf {
  committeeId: number;
  disputeType: string;
  caseId?: number;
}

/**
 * Every mediator a case could be offered, with the tier they come from ("小事不出村、大事不出乡镇":
 * the handling committee, then the level above, then the county — upward, never into another
 * village), whether a specialty fits the dispute type, whether they speak a language a party asked
 * for, and their current workload. Mediators who stood down from this case (回避) are left out.
 * Ordered by fit, language, nearness, grade, rating, workload.
 */
export async function menuCandidates(db: Db, of: MenuOf): Promise<CaseMenuRow[]> {
  return db.rows<CaseMenuRow>(sql`
    with recursive c as (
      select k.id as committee_id, ${of.disputeType}::text as type, left(k.region_code, 6) as county from committee k where k.id = ${of.committeeId}
    ),
    up (committee_id, depth) as (
      select k.parent_id, 1 from committee k join c on k.id = c.committee_id where k.parent_id is not null
      union all
      select k.parent_id, up.depth + 1 from committee k join up on k.id = up.committee_id where k.parent_id is not null and up.depth < 10
    ),
    sources (committee_id, tier) as (
      select c.committee_id, 0 from c
      union all select up.committee_id, case when up.depth = 1 then 1 else 2 end from up
      union all
      select k.id, 2 from committee k, c
      where k.region_code = c.county and k.active
        and (k.kind = 'ONE_STOP_CENTER'
          or (k.kind = 'INDUSTRY' and exists (select 1 from committee_dispute_type t where t.committee_id = k.id and t.dispute_type_code = c.type)))
    ),
    offered as (
      select ms.mediator_id, s.tier, ms.committee_id from sources s
      join committee k on k.id = s.committee_id and k.active
      join membership ms on ms.committee_id = s.committee_id and ms.active
      union all
      -- The county's expert pool (专家库): experts serving any committee at the county level or above.
      select m.id, 2, null::int from mediator m, c
      where m.in_expert_pool and exists (select 1 from membership ms join committee k on k.id = ms.committee_id
        where ms.mediator_id = m.id and ms.active and k.active and c.county like k.region_code || '%')
    ),
    best as (
      select distinct on (o.mediator_id) o.mediator_id, o.tier, o.committee_id from offered o
      order by o.mediator_id, o.tier, o.committee_id nulls last
    )
    select b.mediator_id as "mediatorId", b.tier, b.committee_id as "committeeId",
      exists (select 1 from mediator_specialty sp, c where sp.mediator_id = m.id and sp.dispute_type_code = c.type) as fits,
      exists (select 1 from case_party p where p.mediation_case_id = ${of.caseId ?? 0} and p.language = any(m.languages)) as speaks,
      (select count(*)::int from mediation_case w where w.mediator_id = m.id
        and w.status in (${CaseStatus.AWAITING_MEDIATOR}::case_status, ${CaseStatus.IN_MEDIATION}::case_status)) as "openCases"
    from best b join mediator m on m.id = b.mediator_id
    where m.active and not exists (select 1 from case_event e where e.mediation_case_id = ${of.caseId ?? 0} and e.mediator_id = m.id
      and e.action in (${CaseAction.MEDIATOR_DECLINE}, ${CaseAction.REQUEST_REPLACEMENT}))
    order by fits desc, speaks desc, b.tier, m.grade,
      (${PRIOR_MEAN * PRIOR_COUNT} + m.rating_sum)::numeric / (${PRIOR_COUNT} + m.rating_count) desc, "openCases", m.id`);
}

/**
 * The menu a case offers: the nearest tiers that, together, have at least MENU_FITTING_TARGET
 * mediators whose specialty fits (all tiers when even the county has fewer), in the order above.
 */
export function widenMenu(candidates: readonly CaseMenuRow[]): CaseMenuRow[] {
  let reach = MenuTier.COUNTY;
  for (const tier of [MenuTier.OWN, MenuTier.PARENT]) {
    if (candidates.filter((c) => c.tier <= tier && c.fits).length >= MENU_FITTING_TARGET) {
      reach = tier;
      break;
    }
  }
  return candidates.filter((c) => c.tier <= reach);
}
