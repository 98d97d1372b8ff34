import { join, likeEscape, sql, type Sql } from '../../shared/sql';
import type { CommitteeKind } from './committee-kind';

export const committeeColumns = sql`c.id, c.name, c.kind, c.region_code as "regionCode", c.parent_id as "parentId",
  c.host_institution as "hostInstitution", c.host_name as "hostName", c.address, c.phone, c.latitude, c.longitude,
  c.service_hours as "serviceHours", c.introduction, c.case_deadline_days as "caseDeadlineDays", c.acceptance_deadline_days as "acceptanceDeadlineDays", c.active`;

export interface CommitteeListFilter {
  regionCode?: string | null;
  kinds?: CommitteeKind[] | null;
  disputeType?: string | null;
  search?: string | null;
  includeInactive?: boolean | null;
}

function conditions(filter: CommitteeListFilter): Sql {
  const parts: Sql[] = [sql`true`];
  if (!filter.includeInactive) parts.push(sql`c.active`);
  if (filter.regionCode) parts.push(sql`c.region_code like ${`${likeEscape(filter.regionCode)}%`}`);
  if (filter.kinds?.length) parts.push(sql`c.kind = any(${filter.kinds}::committee_kind[])`);
  if (filter.disputeType) {
    // A committee that lists no types takes any dispute (village and township committees).
    parts.push(sql`(exists (select 1 from committee_dispute_type t where t.committee_id = c.id and t.dispute_type_code = ${filter.disputeType})
      or not exists (select 1 from committee_dispute_type t where t.committee_id = c.id))`);
  }
  if (filter.search?.trim()) parts.push(sql`c.name like ${`%${likeEscape(filter.search.trim())}%`}`);
  return join(parts, ' and ');
}

/** Ordered by place, then id; keyset on (region_code, id). */
export const committeePage = (filter: CommitteeListFilter, after: readonly [string, number] | undefined, limit: number) =>
  sql`select ${committeeColumns} from committee c
      where ${conditions(filter)} ${after ? sql`and (c.region_code, c.id) > (${after[0]}, ${after[1]})` : sql``}
      order by c.region_code, c.id limit ${limit}`;

export const committeeCount = (filter: CommitteeListFilter) =>
  sql`select count(*)::int as count from committee c where ${conditions(filter)}`;

export const committeesByIds = (ids: readonly number[]) =>
  sql`select ${committeeColumns} from committee c where c.id = any(${ids}::int[])`;

export const disputeTypesOfCommittees = (ids: readonly number[]) =>
  sql`select t.committee_id as "committeeId", d.code, d.label
      from committee_dispute_type t join dispute_type d on d.code = t.dispute_type_code
      where t.committee_id = any(${ids}::int[]) order by d.sort_order`;
