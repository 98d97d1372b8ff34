import { OptimisticLockError, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { inTransaction, lockRow } from '../../shared/transaction';
import { Committee } from '../committee/committee.entity';
import { Mediator } from '../mediator/mediator.entity';
import { CASE_STATUS_LABEL, CaseStatus } from './case-enums';
import { scheduleFollowUps } from '../feedback/follow-up.rules';
import { queueCaseNotifications } from '../notification/notification.rules';
import { sealAgreementForSuccess } from './agreement.rules';
import { CaseEvent } from './case-event.entity';
import { CaseAction, CaseActor, TRANSITIONS } from './case-workflow';
import { MediationCase } from './case.entity';
import type { CaseActionInput } from './case.inputs';
import { menuOf } from './case-menu';
import type { CaseAccess } from './case-access';
import { acceptanceDueAt } from './acceptance.rules';
import { MediatorRanking } from './mediator-ranking.entity';
import { issueInvitation, voidInvitation } from './invitation-code';

/** 一般在一个月内调结. */
const DEFAULT_DEADLINE_DAYS = 30;
const NEEDS_REASON = new Set([CaseAction.REFUSE, CaseAction.MEDIATOR_DECLINE, CaseAction.REQUEST_REPLACEMENT, CaseAction.WITHDRAW, CaseAction.RECORD_FAILURE, CaseAction.TRANSFER, CaseAction.ESCALATE]);

/**
 * The case workflow: one step at a time, by the transition table (case-workflow.ts), each step and
 * its timeline event in one transaction. Filing is in case-filing.service.ts, the respondent's
 * invitation in case-invitation.service.ts, the parties' choice of mediator in
 * mediator-choice.service.ts, who may see and act in case-access.ts.
 */
export class CaseService {
  constructor(private readonly ctx: Context) {}

  /**
   * Takes one step of the workflow. The table in case-workflow.ts decides whether the step is
   * allowed from the current status and by this viewer; the step and its timeline event are
   * written in one transaction, guarded by the version the client last saw.
   */
  async perform(caseId: string, action: CaseAction, expectedVersion: number, input: CaseActionInput = {}) {
    const reason = input.reason?.trim() || null;
    if (NEEDS_REASON.has(action) && !reason) throw new UserInputError({ field: 'input.reason', reason: '请填写原因' });
    const em = this.ctx.em;
    const { mediationCase, actors, viewer } = await this.ctx.caseAccess.loadVisible(caseId, 'caseId');
    if (mediationCase.version !== expectedVersion) throw this.conflict();
    const transition = TRANSITIONS[action];
    if (!transition.from.includes(mediationCase.status)) {
      throw new ConflictError(`案件当前状态为“${CASE_STATUS_LABEL[mediationCase.status]}”，不能执行“${transition.label}”`, 'action');
    }
    const actor = transition.by.find((a) => actors.has(a));
    if (!actor) throw new ForbiddenError(`无权执行“${transition.label}”`);

    const { invitationCode, mediatorId } = await this.applyEffects(mediationCase, action, input);
    await this.commit(em, mediationCase, action, transition.to, viewer.userId, actor, reason, mediatorId);
    return { mediationCase, invitationCode: invitationCode ?? null };
  }

  /**
   * Changes one case: `work` runs in a transaction that first locks the case row, so concurrent
   * changes to the same case queue here and each sees what the one before it wrote — the same step
   * tapped twice finds it already done. The identity map is cleared after the lock: load what you
   * change inside `work`, never before.
   */
  async change<T>(caseId: string | number, work: (loaded: Awaited<ReturnType<CaseAccess['loadVisible']>>) => Promise<T>, options: { field?: string; notFound?: () => NotFoundError } = {}): Promise<T> {
    const field = options.field ?? 'caseId';
    const id = parseId(caseId, field);
    return inTransaction(this.ctx.em, async () => {
      await lockRow(this.ctx.em, 'mediation_case', id);
      this.ctx.em.clear();
      return work(await this.ctx.caseAccess.loadVisible(id, field, options.notFound));
    });
  }

  /** What a step does besides changing the status; returns what the caller needs to know. */
  private async applyEffects(mediationCase: MediationCase, action: CaseAction, input: CaseActionInput): Promise<{ invitationCode?: string; mediatorId?: number }> {
    const em = this.ctx.em;
    switch (action) {
      case CaseAction.ACCEPT: {
        mediationCase.acceptedAt = new Date();
        mediationCase.fastTrack = input.fastTrack ?? false;
        const days = (await this.ctx.loaders.committeeById.load(mediationCase.committee.id))?.caseDeadlineDays ?? DEFAULT_DEADLINE_DAYS;
        mediationCase.dueAt = new Date(Date.now() + days * 24 * 3600 * 1000);
        // The respondent's invitation, to be shared as a card or link (the committee can show it again until it is answered).
        return { invitationCode: issueInvitation(mediationCase, this.ctx.secrets) };
      }
      case CaseAction.TRANSFER:
      case CaseAction.ESCALATE: {
        const target = action === CaseAction.ESCALATE
          ? ((await this.ctx.loaders.committeeById.load(mediationCase.committee.id))?.parentId ?? null)
          : input.committeeId ? parseId(input.committeeId, 'input.committeeId') : null;
        if (target === null) {
          throw new UserInputError({ field: 'input.committeeId', reason: action === CaseAction.ESCALATE ? '本调委会没有上级调委会' : '请选择转办的调委会' });
        }
        const committee = await this.ctx.loaders.committeeById.load(target);
        if (!committee?.active || target === mediationCase.committee.id) throw new UserInputError({ field: 'input.committeeId', reason: '目标调委会无效' });
        mediationCase.committee = ref(Committee, target);
        mediationCase.mediator = null;
        mediationCase.acceptedAt = undefined;
        mediationCase.dueAt = undefined;
        // The new committee's own time to accept starts now.
        mediationCase.acceptanceDueAt = acceptanceDueAt(committee.acceptanceDeadlineDays);
        mediationCase.acceptanceFlaggedAt = undefined;
        em.remove(await em.find(MediatorRanking, { mediationCase: mediationCase.id }));
        return {};
      }
      case CaseAction.ASSIGN_MEDIATOR: {
        const mediatorId = input.mediatorId ? parseId(input.mediatorId, 'input.mediatorId') : null;
        const menu = await menuOf(this.ctx, mediationCase, 'all');
        if (mediatorId === null || !menu.has(mediatorId)) {
          throw new UserInputError({ field: 'input.mediatorId', reason: '请从本案可选的调解员中指派：本调委会、上级调委会、县级调委会或专家库的在任调解员（已回避的除外）' });
        }
        mediationCase.mediator = ref(Mediator, mediatorId);
        return { mediatorId };
      }
      case CaseAction.MEDIATOR_DECLINE:
      case CaseAction.REQUEST_REPLACEMENT: {
        // 回避: the mediator leaves this case and cannot be chosen for it again.
        const mediatorId = mediationCase.mediator?.id;
        mediationCase.mediator = null;
        em.remove(await em.find(MediatorRanking, { mediationCase: mediationCase.id }));
        return { mediatorId };
      }
      case CaseAction.RECORD_SUCCESS:
        await sealAgreementForSuccess(em, mediationCase);
        this.close(mediationCase, input.reason ?? null);
        await scheduleFollowUps(em, mediationCase, mediationCase.closedAt as Date);
        return { mediatorId: mediationCase.mediator?.id };
      case CaseAction.RECORD_FAILURE:
        this.close(mediationCase, input.reason ?? null);
        await scheduleFollowUps(em, mediationCase, mediationCase.closedAt as Date);
        return { mediatorId: mediationCase.mediator?.id };
      case CaseAction.WITHDRAW:
      case CaseAction.REFUSE:
        this.close(mediationCase, input.reason ?? null);
        return { mediatorId: mediationCase.mediator?.id };
      case CaseAction.CONSENT:
      case CaseAction.MUTUAL_CHOICE:
      case CaseAction.MEDIATOR_ACCEPT:
        return { mediatorId: mediationCase.mediator?.id };
    }
  }

  /** Closes the case (its closing note; the invitation voided). */
  close(mediationCase: MediationCase, note: string | null) {
    mediationCase.closedAt = new Date();
    mediationCase.closingNote = note?.trim() || undefined;
    voidInvitation(mediationCase);
  }

  /** Moves the case to `to` and records the step (see perform); for services that take a step on the case they locked. */
  async commit(
    em: EntityManager,
    mediationCase: MediationCase,
    action: CaseAction,
    to: CaseStatus,
    actorUserId: number | null,
    actor: CaseActor,
    note: string | null,
    mediatorId?: number,
  ) {
    const from = mediationCase.status;
    const seenVersion = mediationCase.version;
    try {
      // The case row (UPDATE … WHERE version = seen) and its event, committed together.
      await inTransaction(em, async () => {
        // Lock the case row first: competing steps queue here. (Inserting the event first would take
        // a key-share lock through its foreign key, and two such steps would deadlock on the update.)
        const [row] = await em.getConnection().execute<[{ version: number }?]>('select version from mediation_case where id = ? for update', [mediationCase.id], 'all', em.getTransactionContext());
        if (!row || row.version !== seenVersion) throw this.conflict();
        mediationCase.status = to;
        em.create(CaseEvent, {
          mediationCase, action, fromStatus: from, toStatus: to, actorUserId: actorUserId ?? undefined, actorRole: actor, note: note ?? undefined, mediatorId,
        });
        await queueCaseNotifications(em, mediationCase, action, `${mediationCase.number} ${TRANSITIONS[action].label}${note ? `：${note}` : ''}`, actorUserId);
        await em.flush();
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) throw this.conflict();
      throw error;
    }
    return mediationCase;
  }

  private conflict() {
    return new ConflictError('案件已被他人更新，请刷新后重试', 'expectedVersion');
  }

}
