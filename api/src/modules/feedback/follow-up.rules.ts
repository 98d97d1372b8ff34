import type { EntityManager } from '@mikro-orm/postgresql';
import { AgreementTerm } from '../case/agreement.entity';
import type { MediationCase } from '../case/case.entity';
import { FOLLOW_UP_AFTER_CLOSURE_DAYS, FollowUpKind } from './follow-up-enums';
import { FollowUp } from './follow-up.entity';

const DAY = 86_400_000;

/**
 * 定期回访, scheduled with the closing step (same transaction): one a week after closure, and one
 * the day after each agreement term falls due — was it performed, has the dispute flared up.
 */
export async function scheduleFollowUps(em: EntityManager, mediationCase: MediationCase, closedAt: Date) {
  em.create(FollowUp, { mediationCase, kind: FollowUpKind.AFTER_CLOSURE, dueAt: new Date(closedAt.getTime() + FOLLOW_UP_AFTER_CLOSURE_DAYS * DAY) });
  const terms = await em.find(AgreementTerm, { agreement: { mediationCase: mediationCase.id } }, { orderBy: { seq: 'asc' } });
  for (const term of terms) {
    em.create(FollowUp, { mediationCase, kind: FollowUpKind.AFTER_TERM_DUE, term, dueAt: new Date(new Date(`${term.performBy}T00:00:00Z`).getTime() + DAY) });
  }
}
