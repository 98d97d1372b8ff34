import { join, likeEscape, sql, type Sql } from '../../shared/sql';

const columns = sql`g.id, g.name, g.kind, g.region_code as "regionCode", g.committee_id as "committeeId"`;

export interface GridUnitFilter {
  regionCode?: string | null;
  committeeId?: number | null;
}

function conditions(filter: GridUnitFilter): Sql {
  const parts: Sql[] = [sql`true`];
  if (filter.regionCode) parts.push(sql`g.region_code like ${`${likeEscape(filter.regionCode)}%`}`);
  if (filter.committeeId != null) parts.push(sql`g.committee_id = ${filter.committeeId}`);
  return join(parts, ' and ');
}

export const gridUnitPage = (filter: GridUnitFilter, after: readonly [string, number] | undefined, limit: number) =>
  sql`select ${columns} from grid_unit g where ${conditions(filter)}
      ${after ? sql`and (g.region_code, g.id) > (${after[0]}, ${after[1]})` : sql``}
      order by g.region_code, g.id limit ${limit}`;

export const gridUnitCount = (filter: GridUnitFilter) =>
  sql`select count(*)::int as count from grid_unit g where ${conditions(filter)}`;

export const officersOfGridUnits = (ids: readonly number[]) =>
  sql`select o.id, o.name, o.role, o.mediator_id as "mediatorId", o.grid_unit_id as "gridUnitId"
      from grid_officer o where o.grid_unit_id = any(${ids}::int[]) order by o.grid_unit_id, o.id`;

export const gridUnitsByIds = (ids: readonly number[]) =>
  sql`select ${columns} from grid_unit g where g.id = any(${ids}::int[])`;
