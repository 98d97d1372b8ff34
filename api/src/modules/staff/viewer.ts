import { sql } from '../../shared/sql';
import type { StaffRole } from './staff-role';

export interface StaffScope {
  id: number;
  role: StaffRole;
  displayName: string;
  committeeId: number | null;
  regionCode: string | null;
  mediatorId: number | null;
  gridUnitId: number | null;
}

/** The signed-in person and the staff roles bound to them (active ones only). */
export class Viewer {
  constructor(
    readonly userId: number,
    readonly staff: StaffScope[],
  ) {}

  has(role: StaffRole): boolean {
    return this.staff.some((s) => s.role === role);
  }

  scopes(role: StaffRole): StaffScope[] {
    return this.staff.filter((s) => s.role === role);
  }
}

export const staffOfUser = (userId: number) =>
  sql`select s.id, s.role, s.display_name as "displayName", s.committee_id as "committeeId", s.region_code as "regionCode",
        s.mediator_id as "mediatorId", s.grid_unit_id as "gridUnitId"
      from staff_assignment s where s.user_id = ${userId} and s.active order by s.id`;

/** The account and its active staff roles in one statement: no row when the account does not exist, one row with a null `id` when it has no roles. */
export const viewerOf = (userId: number) =>
  sql`select s.id, s.role, s.display_name as "displayName", s.committee_id as "committeeId", s.region_code as "regionCode",
        s.mediator_id as "mediatorId", s.grid_unit_id as "gridUnitId"
      from user_account u left join staff_assignment s on s.user_id = u.id and s.active where u.id = ${userId} order by s.id`;
