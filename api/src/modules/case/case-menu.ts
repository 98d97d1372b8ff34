import type { Context } from '../../context';
import type { MediationCase } from './case.entity';
import type { Db } from '../../shared/db';
import { type CaseMenuRow, menuCandidates, type MenuOf, MenuTier, widenMenu } from './case-menu.queries';

export interface CaseMenu {
  /** What the parties choose from, best fit first. */
  offered: CaseMenuRow[];
  /** Every mediator the committee may arrange for the case (all tiers). */
  all: CaseMenuRow[];
  reach: MenuTier;
}

/** The 点单式 menu of one case; see case-menu.queries.ts for who is on it and in what order. */
export async function caseMenu(db: Db, of: MenuOf): Promise<CaseMenu> {
  const all = await menuCandidates(db, of);
  const offered = widenMenu(all);
  const reach = offered.reduce((most, row) => Math.max(most, row.tier), MenuTier.OWN) as MenuTier;
  return { offered, all, reach };
}

const TIER_LABEL: Record<MenuTier, string> = {
  [MenuTier.OWN]: '本调委会',
  [MenuTier.PARENT]: '上级调委会',
  [MenuTier.COUNTY]: '县级调委会和专家库',
};

export const tierLabel = (tier: MenuTier) => TIER_LABEL[tier];

/** The sentence above the menu: whose mediators it holds, so a widened choice is not a surprise. */
export function menuNote(committeeName: string, reach: MenuTier): string {
  if (reach === MenuTier.OWN) return `从${committeeName}的调解员中，按信任程度依次选择最多三位。`;
  if (reach === MenuTier.PARENT) return `从${committeeName}及其上级调委会的调解员中，按信任程度依次选择最多三位。`;
  return `从${committeeName}、上级调委会、县级调委会和专家库的调解员中，按信任程度依次选择最多三位。`;
}

/**
 * Who may mediate this case: what the parties are offered (the menu, widened upward until enough
 * fit), or for the committee's own arrangement every mediator up the chain. Those who stood down
 * from the case (回避) are never on it.
 */
export async function menuOf(ctx: Pick<Context, 'db'>, mediationCase: MediationCase, reach: 'offered' | 'all' = 'offered'): Promise<Set<number>> {
  const menu = await caseMenu(ctx.db, { committeeId: mediationCase.committee.id, disputeType: mediationCase.disputeType.code, caseId: mediationCase.id });
  return new Set(menu[reach].map((row) => row.mediatorId));
}
