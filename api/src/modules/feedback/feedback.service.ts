import { ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context';
import { ConflictError, ForbiddenError } from '../../shared/errors';
import { CaseStatus } from '../case/case-enums';
import { CaseEvent } from '../case/case-event.entity';
import { CaseActor } from '../case/case-workflow';
import { Mediator } from '../mediator/mediator.entity';
import { CaseRating } from './case-rating.entity';
import type { RatingInput } from './feedback.inputs';

export class FeedbackService {
  constructor(private readonly ctx: Context) {}

  /**
   * Each party rates a closed case once. The mediator's rating totals are updated in the same
   * transaction (an atomic increment), so the menu's rating is always exactly its reviews.
   */
  async rate(caseId: string, input: RatingInput) {
    const { mediationCase, actors, viewer } = await this.ctx.caseAccess.loadVisible(caseId);
    if (!actors.has(CaseActor.APPLICANT) && !actors.has(CaseActor.RESPONDENT)) throw new ForbiddenError('只有当事人可以评价');
    if (![CaseStatus.SUCCEEDED, CaseStatus.FAILED].includes(mediationCase.status) || !mediationCase.mediator) {
      throw new ConflictError('调解结束后才能评价', 'caseId');
    }
    const party = mediationCase.parties.getItems().find((p) => p.user?.id === viewer.userId)!;
    const mediatorId = mediationCase.mediator.id;
    const em = this.ctx.em;
    try {
      await em.transactional(async (tx) => {
        tx.create(CaseRating, {
          mediationCase: mediationCase.id,
          party: party.id,
          mediator: ref(Mediator, mediatorId),
          outcomeScore: input.outcomeScore,
          mediatorScore: input.mediatorScore,
          tags: [...new Set(input.tags.map((t) => t.trim()).filter(Boolean))],
          comment: input.comment?.trim() || undefined,
        });
        tx.create(CaseEvent, {
          mediationCase: mediationCase.id, action: 'RATED', fromStatus: mediationCase.status, toStatus: mediationCase.status,
          actorUserId: viewer.userId, actorRole: party.role, note: `结果 ${input.outcomeScore} 分，调解员 ${input.mediatorScore} 分`,
        });
        await tx.flush();
        await tx.getConnection().execute(
          'update mediator set rating_sum = rating_sum + ?, rating_count = rating_count + 1 where id = ?',
          [input.mediatorScore, mediatorId],
          'run',
          tx.getTransactionContext(),
        );
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError('您已评价过本案', 'caseId');
      throw error;
    }
    this.ctx.loaders.mediatorById.clear(mediatorId);
    return em.findOneOrFail(CaseRating, { mediationCase: mediationCase.id, party: party.id });
  }
}
