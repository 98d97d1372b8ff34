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
  sql`select u.session_version as "sessionVersion", s.id, s.role, s.display_name as "displayName", s.committee_id as "committeeId", s.region_code as "regionCode",
        s.mediator_id as "mediatorId", s.grid_unit_id as "gridUnitId"
      from user_account u left join staff_assignment s on s.user_id = u.id and s.active where u.id = ${userId} order by s.id`;

/** Signs out everywhere every account bound to a mediator (清退): access tokens stop, refresh tokens are revoked. */
export const signOutMediatorAccounts = (mediatorId: number) =>
  sql`with accounts as (select user_id from staff_assignment where mediator_id = ${mediatorId} and user_id is not null),
        revoked as (update refresh_token set used_at = now() where used_at is null and user_id in (select user_id from accounts))
      update user_account set session_version = session_version + 1 where id in (select user_id from accounts)`;

/** Signs a user out everywhere: every access token issued before stops working at once (their refresh tokens are revoked by the caller). */
export const signOutEverywhere = (userIds: number[]) => sql`update user_account set session_version = session_version + 1 where id = any(${userIds}::int[])`;
