import type { Context } from '../../context';
import { ConflictError, ForbiddenError, UserInputError } from '../../shared/errors';
import { queueCaseNotifications } from '../notification/notification.rules';
import { StaffRole } from '../staff/staff-role';
import type { Viewer } from '../staff/viewer';
import { CaseStatus } from './case-enums';
import { CaseEvent } from './case-event.entity';
import { CaseActor, OPEN_STATUSES } from './case-workflow';
import type { MediationCase } from './case.entity';
import { CaseService } from './case.service';

/** 督办: what a committee above the handling one, or the justice office, may do on a case it does not handle. */
export class CaseOversightService {
  private readonly cases: CaseService;

  constructor(private readonly ctx: Context) {
    this.cases = new CaseService(ctx);
  }

  /** Whether the viewer stands above the handling committee: a committee over it, or a justice office or system admin who is not its own admin. */
  static oversees(viewer: Viewer, actors: Set<CaseActor>, mediationCase: MediationCase): boolean {
    if (actors.has(CaseActor.SUPERVISING_COMMITTEE)) return true;
    return actors.has(CaseActor.COMMITTEE) && (viewer.has(StaffRole.JUSTICE_OFFICE) || viewer.has(StaffRole.SYSTEM_ADMIN))
      && !viewer.scopes(StaffRole.COMMITTEE_ADMIN).some((s) => s.committeeId === mediationCase.committee.id);
  }

  /**
   * 督办: a committee above the handling one, or the justice office, asks for the case to be moved
   * on — recorded for the staff (never the parties) and sent to the handling committee.
   */
  async supervise(caseId: string, note: string) {
    const text = note.trim();
    if (text.length < 2 || text.length > 500) throw new UserInputError({ field: 'note', reason: '请填写 2 到 500 字的督办意见' });
    return this.cases.change(caseId, async ({ mediationCase, actors, viewer }) => {
      if (!CaseOversightService.oversees(viewer, actors, mediationCase)) throw new ForbiddenError('督办由上级调委会或司法行政机关提出');
      if (!(OPEN_STATUSES as readonly CaseStatus[]).includes(mediationCase.status)) throw new ConflictError('案件已办结', 'caseId');
      const em = this.ctx.em;
      // The same note sent again by the same person (a double tap) is one record.
      const last = await em.findOne(CaseEvent, { mediationCase: mediationCase.id, action: 'SUPERVISION', actorUserId: viewer.userId }, { orderBy: { id: 'desc' } });
      if (last?.note === `督办：${text}`) return mediationCase;
      em.create(CaseEvent, {
        mediationCase, action: 'SUPERVISION', fromStatus: mediationCase.status, toStatus: mediationCase.status, actorUserId: viewer.userId,
        actorRole: actors.has(CaseActor.SUPERVISING_COMMITTEE) ? CaseActor.SUPERVISING_COMMITTEE : CaseActor.COMMITTEE, note: `督办：${text}`,
      });
      await queueCaseNotifications(em, mediationCase, 'SUPERVISION', `${mediationCase.number} 督办：${text}`, viewer.userId);
      await em.flush();
      return mediationCase;
    });
  }
}
