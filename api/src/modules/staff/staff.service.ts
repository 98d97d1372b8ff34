import { LockMode, ref } from '@mikro-orm/core';
import { randomInt } from 'node:crypto';
import type { Context } from '../../context';
import { createOnce } from '../idempotency/idempotency';
import { ConflictError, type FieldProblem, ForbiddenError, NotFoundError, UserInputError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { sql } from '../../shared/sql';
import { inTransaction } from '../../shared/transaction';
import { AuditLog } from '../audit/audit-log.entity';
import type { StaffRoleView } from '../identity/identity.views';
import { sha256 } from '../identity/tokens';
import { UserAccount } from '../identity/user-account.entity';
import { Policy } from './policy';
import { StaffAssignment } from './staff-assignment.entity';
import { StaffRole } from './staff-role';
import type { StaffInvitationInput, StaffInvitationView } from './staff.inputs';

export const INVITATION_DAYS = 7;
/** No 0/O, 1/I/L: read aloud or copied from a screen without mistakes. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A one-time staff invitation code (only its hash is stored). */
export const newInvitationCode = () => Array.from({ length: 10 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

const scopeOf = (a: StaffAssignment): StaffRoleView => ({
  id: a.id,
  role: a.role,
  displayName: a.displayName,
  committeeId: a.committee?.id ?? null,
  regionCode: a.region?.code ?? null,
  mediatorId: a.mediator?.id ?? null,
  gridUnitId: a.gridUnit?.id ?? null,
});

export class StaffService {
  constructor(private readonly ctx: Context) {}

  /** An admin invites someone into a role within their own reach; the code is shown once. */
  async invite(input: StaffInvitationInput): Promise<StaffInvitationView> {
    const policy = await Policy.of(this.ctx);
    const scope = await this.checkScope(input, policy);
    const code = newInvitationCode();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
    const em = this.ctx.em;
    let assignment: StaffAssignment | undefined;
    const created = await createOnce(this.ctx, 'createStaffInvitation', input.idempotencyKey, async () => {
      assignment = em.create(StaffAssignment, {
        role: input.role,
        displayName: input.displayName.trim(),
        committee: scope.committeeId ?? undefined,
        region: scope.regionCode ?? undefined,
        mediator: scope.mediatorId ?? undefined,
        gridUnit: scope.gridUnitId ?? undefined,
        invitationCodeHash: sha256(code),
        invitationExpiresAt: expiresAt,
        createdBy: policy.viewer.userId,
      });
      await em.flush();
      em.create(AuditLog, {
        actorUserId: policy.viewer.userId,
        action: 'STAFF_INVITED',
        subjectType: 'staff_assignment',
        subjectId: String(assignment.id),
        reason: `${input.role} ${input.displayName}`,
        requestId: this.ctx.requestId,
      });
      await em.flush();
      return assignment.id;
    });
    // The code is shown once and only its hash is kept: a repeated request cannot show it again.
    if (created.replay || !assignment) throw new ConflictError('该邀请码已经生成（同一次提交只生成一个），请查看第一次的结果', 'input.idempotencyKey');
    return { code, expiresAt, assignment: scopeOf(assignment) };
  }

  /**
   * Binds the invited role to the signed-in WeChat account, once: the invitation row is locked, so
   * of several people redeeming one code at once exactly one gets the role; the same person
   * redeeming again (a double tap) gets the same answer. The code's hash stays to recognise them.
   */
  async redeem(userId: number, code: string): Promise<void> {
    const em = this.ctx.em;
    const normalised = code.trim().toUpperCase();
    const invalid = () => new UserInputError({ field: 'code', reason: '邀请码无效或已过期' });
    if (!normalised) throw invalid();
    await inTransaction(em, async () => {
      const assignment = await em.findOne(StaffAssignment, { invitationCodeHash: sha256(normalised) }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!assignment?.active) throw invalid();
      if (assignment.user) {
        if (assignment.user.id === userId) return;
        throw invalid();
      }
      if (!assignment.invitationExpiresAt || assignment.invitationExpiresAt < new Date()) throw invalid();
      assignment.user = ref(UserAccount, userId);
      assignment.boundAt = new Date();
      assignment.invitationExpiresAt = null;
      em.create(AuditLog, {
        actorUserId: userId,
        action: 'STAFF_BOUND',
        subjectType: 'staff_assignment',
        subjectId: String(assignment.id),
        reason: 'invitation redeemed',
        requestId: this.ctx.requestId,
      });
      await em.flush();
    });
  }

  /** Who may invite whom: system admins anyone; justice offices within their region; committee admins their own mediators and grids. */
  private async checkScope(input: StaffInvitationInput, policy: Policy) {
    const problems: FieldProblem[] = [];
    const need = (field: 'committeeId' | 'regionCode' | 'mediatorId' | 'gridUnitId') => {
      if (!input[field]) problems.push({ field: `input.${field}`, reason: '该角色须填写此项' });
    };
    switch (input.role) {
      case StaffRole.MEDIATOR:
        need('committeeId');
        need('mediatorId');
        break;
      case StaffRole.COMMITTEE_ADMIN:
        need('committeeId');
        break;
      case StaffRole.JUSTICE_OFFICE:
        need('regionCode');
        break;
      case StaffRole.GRID_OFFICER:
        need('gridUnitId');
        break;
      case StaffRole.SYSTEM_ADMIN:
        break;
    }
    if (problems.length) throw new UserInputError(problems);

    const committeeId = input.committeeId ? parseId(input.committeeId, 'input.committeeId') : null;
    const mediatorId = input.mediatorId ? parseId(input.mediatorId, 'input.mediatorId') : null;
    const gridUnitId = input.gridUnitId ? parseId(input.gridUnitId, 'input.gridUnitId') : null;
    const regionCode = input.role === StaffRole.JUSTICE_OFFICE ? (input.regionCode ?? null) : null;

    if (input.role === StaffRole.SYSTEM_ADMIN && !policy.isSystemAdmin) throw new ForbiddenError('只有系统管理员可以邀请系统管理员');
    if (regionCode !== null) {
      if (!(await this.ctx.loaders.regionByCode.load(regionCode))) throw new UserInputError({ field: 'input.regionCode', reason: `行政区划 ${regionCode} 不存在` });
      policy.assertRegion(regionCode);
    }
    if (committeeId !== null) {
      if (!(await this.ctx.loaders.committeeById.load(committeeId))) throw new UserInputError({ field: 'input.committeeId', reason: `调委会 ${committeeId} 不存在` });
      // Appointing a committee admin is structural: the justice office's decision.
      await policy.assertCommittee(committeeId, { structural: input.role === StaffRole.COMMITTEE_ADMIN });
    }
    if (mediatorId !== null && committeeId !== null) {
      const memberships = await this.ctx.loaders.membershipsOfMediator.load(mediatorId);
      if (!memberships.some((m) => m.committeeId === committeeId)) {
        throw new UserInputError({ field: 'input.mediatorId', reason: '该调解员不在此调委会任职' });
      }
    }
    if (gridUnitId !== null) {
      const [grid] = await this.ctx.db.rows<{ committeeId: number }>(sql`select committee_id as "committeeId" from grid_unit where id = ${gridUnitId}`);
      if (!grid) throw new NotFoundError('网格', gridUnitId);
      await policy.assertCommittee(grid.committeeId, { structural: false });
    }
    return {
      committeeId: input.role === StaffRole.MEDIATOR || input.role === StaffRole.COMMITTEE_ADMIN ? committeeId : null,
      regionCode,
      mediatorId: input.role === StaffRole.MEDIATOR ? mediatorId : null,
      gridUnitId: input.role === StaffRole.GRID_OFFICER ? gridUnitId : null,
    };
  }
}
