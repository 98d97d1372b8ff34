import type { Db } from '../../shared/db';
import { likeEscape, sql } from '../../shared/sql';
import type { OversightScope } from '../statistics/scope';

/**
 * The committees an oversight list covers: one committee (and, with `withSubordinates`, every
 * committee below it — the villages under a township), or every committee in a region's subtree.
 */
export async function committeesInScope(db: Db, scope: OversightScope, withSubordinates: boolean): Promise<number[]> {
  if (scope.committeeId !== null && !withSubordinates) return [scope.committeeId];
  const rows = scope.committeeId !== null
    ? await db.rows<{ id: number }>(sql`with recursive below (id, depth) as (
        select ${scope.committeeId}::int, 0
        union all select c.id, below.depth + 1 from committee c join below on c.parent_id = below.id where below.depth < 10)
      select distinct id from below`)
    : await db.rows<{ id: number }>(sql`select id from committee where region_code like ${`${likeEscape(scope.regionCode ?? '')}%`}`);
  return rows.map((r) => r.id);
}

export interface CaseBacklog {
  awaitingAcceptance: number;
  acceptanceOverdue: number;
  arranging: number;
  inMediation: number;
  overdue: number;
}

/** What waits where: not yet accepted (and past its acceptance deadline), being arranged, in mediation, past its deadline. */
export async function caseBacklog(db: Db, committeeIds: number[], now: Date): Promise<CaseBacklog> {
  const [row] = await db.rows<CaseBacklog>(sql`select
      count(*) filter (where status = 'PENDING_ACCEPTANCE')::int as "awaitingAcceptance",
      count(*) filter (where status = 'PENDING_ACCEPTANCE' and acceptance_due_at < ${now})::int as "acceptanceOverdue",
      count(*) filter (where status in ('AWAITING_CONSENT', 'CHOOSING_MEDIATOR', 'AWAITING_MEDIATOR'))::int as "arranging",
      count(*) filter (where status = 'IN_MEDIATION')::int as "inMediation",
      count(*) filter (where closed_at is null and due_at < ${now})::int as "overdue"
    from mediation_case where committee_id = any(${committeeIds}::int[])
      and status in ('PENDING_ACCEPTANCE', 'AWAITING_CONSENT', 'CHOOSING_MEDIATOR', 'AWAITING_MEDIATOR', 'IN_MEDIATION')`);
  return row;
}
