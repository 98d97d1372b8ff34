import { ref } from '@mikro-orm/core';
import type { Context } from '../../context';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { CaseEvent } from '../case/case-event.entity';
import { CaseActor } from '../case/case-workflow';
import type { MediationCase } from '../case/case.entity';
import { CaseService } from '../case/case.service';
import { TermPerformance } from '../case/outcome-enums';
import { queueCaseNotifications } from '../notification/notification.rules';
import { FollowUpChannel, FollowUpStatus, FollowUpTaskStatus } from './follow-up-enums';
import { FollowUp, FollowUpTask } from './follow-up.entity';
import type { FollowUpAnswerInput } from './follow-up.inputs';

/** Satisfaction at or below this opens a task for the committee. */
export const DISSATISFIED_AT_MOST = 2;

export class FollowUpService {
  constructor(private readonly ctx: Context) {}

  /**
   * A party answers in the mini-program (SELF) or staff record a call or visit. Non-performance,
   * a flare-up or dissatisfaction opens a task for the committee (revisit, 流动调解, or guidance
   * towards judicial confirmation), on the timeline and notified to its staff — all in one transaction.
   */
  async answer(followUpId: string, input: FollowUpAnswerInput) {
    const id = parseId(followUpId, 'followUpId');
    const em = this.ctx.em;
    const notFound = () => new NotFoundError('回访', id);
    const caseId = (await em.findOne(FollowUp, id))?.mediationCase.id;
    if (caseId === undefined) throw notFound();
    return new CaseService(this.ctx).change(caseId, async ({ mediationCase, actors, viewer }) => {
      const followUp = await em.findOneOrFail(FollowUp, id);
      const party = actors.has(CaseActor.APPLICANT) || actors.has(CaseActor.RESPONDENT);
      const staff = actors.has(CaseActor.COMMITTEE) || actors.has(CaseActor.ASSIGNED_MEDIATOR);
      if (input.channel === FollowUpChannel.SELF ? !party : !staff) {
        throw new ForbiddenError(input.channel === FollowUpChannel.SELF ? '只有当事人可以自行填写回访' : '只有工作人员可以记录电话或上门回访');
      }
      if (followUp.status === FollowUpStatus.ANSWERED) throw new ConflictError('该回访已经完成', 'followUpId');

      Object.assign(followUp, {
        status: FollowUpStatus.ANSWERED,
        channel: input.channel,
        answeredBy: viewer.userId,
        answeredAt: new Date(),
        performed: input.performed ?? undefined,
        flaredUp: input.flaredUp,
        satisfaction: input.satisfaction,
        note: input.note?.trim() || undefined,
      });
      const reasons = [
        input.performed === TermPerformance.NOT_PERFORMED ? '协议未履行' : null,
        input.performed === TermPerformance.PARTLY_PERFORMED ? '协议部分履行' : null,
        input.flaredUp ? '纠纷出现反复' : null,
        input.satisfaction <= DISSATISFIED_AT_MOST ? `满意度 ${input.satisfaction} 分` : null,
      ].filter((r): r is string => r !== null);
      const actorRole = input.channel === FollowUpChannel.SELF ? (actors.has(CaseActor.APPLICANT) ? CaseActor.APPLICANT : CaseActor.RESPONDENT) : CaseActor.COMMITTEE;
      this.event(mediationCase, 'FOLLOW_UP', viewer.userId, actorRole, `满意度 ${input.satisfaction} 分${reasons.length ? `；${reasons.join('，')}` : ''}`);
      if (reasons.length) {
        em.create(FollowUpTask, { mediationCase, followUp, reason: reasons.join('，') });
        this.event(mediationCase, 'FOLLOW_UP_TASK', viewer.userId, actorRole, `回访发现：${reasons.join('，')}，请调委会跟进（回访、流动调解或引导申请司法确认）`);
        await queueCaseNotifications(em, mediationCase, 'FOLLOW_UP_TASK', `${mediationCase.number} 回访发现：${reasons.join('，')}`, viewer.userId);
      }
      await em.flush();
      return followUp;
    }, { notFound });
  }

  async resolveTask(taskId: string, resolution: string) {
    const id = parseId(taskId, 'taskId');
    if (resolution.trim().length < 2) throw new UserInputError({ field: 'resolution', reason: '请填写处理情况' });
    const em = this.ctx.em;
    const notFound = () => new NotFoundError('回访任务', id);
    const caseId = (await em.findOne(FollowUpTask, id))?.mediationCase.id;
    if (caseId === undefined) throw notFound();
    return new CaseService(this.ctx).change(caseId, async ({ mediationCase, actors, viewer }) => {
      const task = await em.findOneOrFail(FollowUpTask, id);
      if (!actors.has(CaseActor.COMMITTEE)) throw new ForbiddenError();
      if (task.status === FollowUpTaskStatus.DONE) throw new ConflictError('该任务已处理', 'taskId');
      task.status = FollowUpTaskStatus.DONE;
      task.resolution = resolution.trim();
      task.resolvedAt = new Date();
      this.event(mediationCase, 'FOLLOW_UP_TASK_DONE', viewer.userId, CaseActor.COMMITTEE, resolution.trim());
      await em.flush();
      return task;
    }, { notFound });
  }

  private event(mediationCase: MediationCase, action: string, actorUserId: number, actorRole: string, note: string) {
    this.ctx.em.create(CaseEvent, { mediationCase: ref(mediationCase), action, fromStatus: mediationCase.status, toStatus: mediationCase.status, actorUserId, actorRole, note });
  }
}
