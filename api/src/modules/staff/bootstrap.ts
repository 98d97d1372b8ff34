import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditLog } from '../audit/audit-log.entity';
import { sha256 } from '../identity/tokens';
import { StaffAssignment } from './staff-assignment.entity';
import { StaffRole } from './staff-role';
import { INVITATION_DAYS, newInvitationCode } from './staff.service';

/** The audit log's actor for what is done from the command line, before any account exists. */
export const COMMAND_LINE_ACTOR = 0;

export class AlreadyBootstrapped extends Error {}

/**
 * Going live (#13): the first system administrator's one-time invitation, for a database with no
 * system administrator yet. Runs once — a second run is refused — except that `replaceUnused`
 * issues a new code while the first invitation has not been redeemed (the old code stops working).
 * Serialised by an advisory lock, and written to the audit log with who ran it.
 */
export async function bootstrapSystemAdmin(em: EntityManager, options: { displayName: string; ranBy: string; replaceUnused?: boolean }) {
  return em.transactional(async (tx) => {
    await tx.getConnection().execute("select pg_advisory_xact_lock(hashtext('tiaojie.bootstrap'))", [], 'all', tx.getTransactionContext());
    const admins = await tx.find(StaffAssignment, { role: StaffRole.SYSTEM_ADMIN });
    const unused = admins.length === 1 && !admins[0].user && admins[0].invitationCodeHash ? admins[0] : null;
    if (admins.length > 0 && !(options.replaceUnused && unused)) {
      throw new AlreadyBootstrapped(
        unused
          ? '已经生成过初始系统管理员邀请码，尚未使用。如邀请码遗失，可加 --replace-unused 重新生成（原邀请码随即失效）。'
          : '系统管理员已经存在：初始化只能运行一次。新的管理员请由现有系统管理员在小程序中邀请。',
      );
    }
    const code = newInvitationCode();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
    const assignment = unused ?? tx.create(StaffAssignment, { role: StaffRole.SYSTEM_ADMIN, displayName: options.displayName });
    Object.assign(assignment, { displayName: options.displayName, invitationCodeHash: sha256(code), invitationExpiresAt: expiresAt });
    await tx.flush();
    tx.create(AuditLog, {
      actorUserId: COMMAND_LINE_ACTOR,
      action: unused ? 'BOOTSTRAP_ADMIN_REISSUED' : 'BOOTSTRAP_ADMIN_INVITED',
      subjectType: 'staff_assignment',
      subjectId: String(assignment.id),
      reason: `npm run bootstrap（${options.ranBy}）：初始系统管理员“${options.displayName}”的一次性邀请码`,
    });
    await tx.flush();
    return { code, expiresAt, assignmentId: assignment.id };
  });
}
