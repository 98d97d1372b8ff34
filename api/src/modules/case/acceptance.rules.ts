import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Committee } from '../committee/committee.entity';
import { queueCaseNotifications } from '../notification/notification.rules';
import { CaseEvent } from './case-event.entity';
import { CaseAction, CaseActor, TRANSITIONS } from './case-workflow';
import { MediationCase } from './case.entity';
import { MediatorRanking } from './mediator-ranking.entity';

const DAY_MS = 24 * 3600 * 1000;

/** When a case that reaches a committee now must be accepted by. */
export const acceptanceDueAt = (days: number, from = new Date()) => new Date(from.getTime() + days * DAY_MS);

/** Within this many hours of the acceptance deadline a waiting case is shown as due soon. */
export const ACCEPTANCE_DUE_SOON_HOURS = 24;

export type AcceptanceOutcome = 'escalated' | 'flagged' | 'skipped';

/**
 * A case not accepted in time (no case stranded at a village): it moves to the committee above,
 * which gets its own time to accept, recorded as an automatic 上报 on the timeline and sent to
 * that committee's inbox, the justice office and the parties. A committee with nothing above it
 * is flagged once (挂牌督办) instead. Runs in the caller's transaction, with the case row locked.
 */
export async function escalateUnaccepted(em: EntityManager, caseId: number, now: Date): Promise<AcceptanceOutcome> {
  const connection = em.getConnection();
  // Checked again under the lock, in SQL: accepted, transferred or handled by another instance since it was listed.
  const [row] = await connection.execute<[{ due: boolean }?]>(
    `select true as due from mediation_case where id = ? and status = 'PENDING_ACCEPTANCE' and acceptance_due_at < ? and acceptance_flagged_at is null for update`,
    [caseId, now], 'all', em.getTransactionContext(),
  );
  if (!row?.due) return 'skipped';
  const mediationCase = await em.findOneOrFail(MediationCase, caseId, { populate: ['parties'] });
  const from = await em.findOneOrFail(Committee, mediationCase.committee.id);
  const parent = from.parent ? await em.findOne(Committee, { id: from.parent.id, active: true }) : null;
  if (!parent || !TRANSITIONS.ESCALATE.by.includes(CaseActor.SYSTEM)) {
    mediationCase.acceptanceFlaggedAt = now;
    const note = `超过受理期限（${from.acceptanceDeadlineDays} 天）仍未受理，挂牌督办`;
    em.create(CaseEvent, { mediationCase, action: 'ACCEPTANCE_OVERDUE', fromStatus: mediationCase.status, toStatus: mediationCase.status, actorRole: CaseActor.SYSTEM, note });
    await queueCaseNotifications(em, mediationCase, 'ACCEPTANCE_OVERDUE', `${mediationCase.number} ${note}`);
    await em.flush();
    return 'flagged';
  }
  mediationCase.committee = ref(Committee, parent.id);
  mediationCase.acceptanceDueAt = acceptanceDueAt(parent.acceptanceDeadlineDays, now);
  em.remove(await em.find(MediatorRanking, { mediationCase: caseId }));
  const note = `${from.name}超过受理期限（${from.acceptanceDeadlineDays} 天）未受理，自动移交${parent.name}`;
  em.create(CaseEvent, {
    mediationCase, action: CaseAction.ESCALATE, fromStatus: mediationCase.status, toStatus: TRANSITIONS.ESCALATE.to, actorRole: CaseActor.SYSTEM, note,
  });
  mediationCase.status = TRANSITIONS.ESCALATE.to;
  await queueCaseNotifications(em, mediationCase, CaseAction.ESCALATE, `${mediationCase.number} ${note}`);
  await em.flush();
  return 'escalated';
}
