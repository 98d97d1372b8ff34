import type { Context } from '../../context';
import { ForbiddenError, NotFoundError } from '../../shared/errors';
import { StaffRole } from './staff-role';
import type { Viewer } from './viewer';

const inRegion = (code: string, scope: string | null) => scope !== null && code.startsWith(scope);

/**
 * Whether the viewer works for this committee day to day: a system admin, the justice office over
 * its region, its own committee admin. The one rule both managing a committee and handling its
 * cases follow.
 */
export function managesCommittee(viewer: Viewer, committee: { id: number; regionCode: string }): boolean {
  return viewer.has(StaffRole.SYSTEM_ADMIN)
    || viewer.scopes(StaffRole.JUSTICE_OFFICE).some((s) => inRegion(committee.regionCode, s.regionCode))
    || viewer.scopes(StaffRole.COMMITTEE_ADMIN).some((s) => s.committeeId === committee.id);
}

/**
 * Which objects a staff member may manage, in one place: a system admin everything; a justice
 * office its region's subtree; a committee admin its own committee and that committee's
 * mediators. Every method throws FORBIDDEN (or NOT_FOUND) and changes nothing.
 */
export class Policy {
  private constructor(
    private readonly ctx: Context,
    readonly viewer: Viewer,
  ) {}

  static async of(ctx: Context): Promise<Policy> {
    return new Policy(ctx, await ctx.requireViewer());
  }

  get isSystemAdmin() {
    return this.viewer.has(StaffRole.SYSTEM_ADMIN);
  }

  /** Regions this viewer oversees as a justice office. */
  private regionScopes() {
    return this.viewer.scopes(StaffRole.JUSTICE_OFFICE).map((s) => s.regionCode);
  }

  coversRegion(regionCode: string): boolean {
    return this.isSystemAdmin || this.regionScopes().some((scope) => inRegion(regionCode, scope));
  }

  assertRegion(regionCode: string) {
    if (!this.coversRegion(regionCode)) throw new ForbiddenError('只能管理本辖区的调解组织');
  }

  /**
   * `structural` changes (region, parent, activation) belong to the justice office; a committee
   * admin may keep its own committee's details current.
   */
  async assertCommittee(committeeId: number, options: { structural: boolean }) {
    const committee = await this.ctx.loaders.committeeById.load(committeeId);
    if (!committee) throw new NotFoundError('调委会', committeeId);
    if (this.coversRegion(committee.regionCode)) return committee;
    if (!managesCommittee(this.viewer, committee)) throw new ForbiddenError('只能管理本调委会或本辖区的调解组织');
    if (options.structural) throw new ForbiddenError('调委会的区划、上级和启停由司法行政机关管理');
    return committee;
  }

  /** A mediator is managed through the committees they serve. */
  async assertMediator(mediatorId: number) {
    if (this.isSystemAdmin) return;
    const memberships = await this.ctx.loaders.membershipsOfMediator.load(mediatorId);
    const adminOf = new Set(this.viewer.scopes(StaffRole.COMMITTEE_ADMIN).map((s) => s.committeeId));
    const allowed = await Promise.all(
      memberships.map(async (m) => {
        if (adminOf.has(m.committeeId)) return true;
        const committee = await this.ctx.loaders.committeeById.load(m.committeeId);
        return committee ? this.coversRegion(committee.regionCode) : false;
      }),
    );
    if (!allowed.some(Boolean)) throw new ForbiddenError('只能管理本调委会或本辖区的调解员');
  }

  /** Registering a new mediator: admins of any committee, justice offices, system admins. */
  assertMayRegisterMediators() {
    if (this.isSystemAdmin || this.viewer.has(StaffRole.JUSTICE_OFFICE) || this.viewer.has(StaffRole.COMMITTEE_ADMIN)) return;
    throw new ForbiddenError();
  }
}
