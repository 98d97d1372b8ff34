import { ref } from '@mikro-orm/core';
import type { Context } from '../../context';
import { ConflictError, ForbiddenError, UserInputError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { Mediator } from '../mediator/mediator.entity';
import { queueCaseNotifications } from '../notification/notification.rules';
import { CaseStatus, PartyRole } from './case-enums';
import { CaseEvent } from './case-event.entity';
import { menuOf } from './case-menu';
import { CaseAction, CaseActor, TRANSITIONS } from './case-workflow';
import { chooseMutualMediator } from './case.queries';
import { CaseService } from './case.service';
import { MediatorRanking } from './mediator-ranking.entity';

/** 点单式: each party's private choice from the case's menu, and the mutual choice that follows. */
export class MediatorChoiceService {
  private readonly cases: CaseService;

  constructor(private readonly ctx: Context) {
    this.cases = new CaseService(ctx);
  }

  /**
   * A party's private list (up to three, best first) from the handling committee's menu, or
   * the choice left to the committee. When both sides have answered, the best mutual choice
   * becomes the mediator; with none, the parties may choose again or the committee assigns.
   */
  async rank(caseId: string, mediatorIds: string[], leaveToCommittee: boolean) {
    const ids = [...new Set(mediatorIds.map((m, i) => parseId(m, `mediatorIds[${i}]`)))];
    if (leaveToCommittee ? ids.length > 0 : ids.length === 0 || ids.length > 3) {
      throw new UserInputError({ field: 'mediatorIds', reason: leaveToCommittee ? '交由调委会指派时不用选择调解员' : '请选择 1 到 3 位调解员' });
    }
    return this.cases.change(caseId, async ({ mediationCase, viewer }) => {
      const id = mediationCase.id;
      const em = this.ctx.em;
      const party = mediationCase.parties.getItems().find((p) => p.user?.id === viewer.userId);
      if (!party) throw new ForbiddenError('只有当事人可以选择调解员');
      if (mediationCase.status !== CaseStatus.CHOOSING_MEDIATOR) throw new ConflictError('现在不是选择调解员的时候', 'caseId');
      const menu = await menuOf(this.ctx, mediationCase);
      const outside = ids.filter((m) => !menu.has(m));
      if (outside.length) throw new UserInputError({ field: 'mediatorIds', reason: `不在本案可选的调解员名单中：${outside.join('、')}` });

      const wanted = leaveToCommittee ? [null] : ids;
      const current = (await em.find(MediatorRanking, { party: party.id }, { orderBy: { rank: 'asc' } })).map((r) => r.mediator?.id ?? null);
      // The same list sent again (a double tap) changes nothing.
      if (current.length === wanted.length && current.every((m, i) => m === wanted[i])) return mediationCase;
      await em.nativeDelete(MediatorRanking, { party: party.id });
      wanted.forEach((m, i) => em.create(MediatorRanking, { mediationCase, party, mediator: m, rank: i + 1 }));
      await em.flush();

      const rankings = await em.find(MediatorRanking, { mediationCase: id });
      const answered = new Set(rankings.map((r) => r.party.id));
      const parties = mediationCase.parties.getItems().filter((p) => p.user);
      const everyone = [PartyRole.APPLICANT, PartyRole.RESPONDENT].every((role) => parties.some((p) => p.role === role && answered.has(p.id)));
      if (!everyone) return mediationCase;
      const chosen = await chooseMutualMediator(this.ctx.db, id);
      if (chosen === null) {
        const note = '双方没有共同选择的调解员，可重新选择或由调委会指派';
        em.create(CaseEvent, { mediationCase, action: 'NO_MUTUAL_CHOICE', fromStatus: mediationCase.status, toStatus: mediationCase.status, actorRole: CaseActor.SYSTEM, note });
        await queueCaseNotifications(em, mediationCase, 'NO_MUTUAL_CHOICE', `${mediationCase.number} ${note}`);
        await em.flush();
        return mediationCase;
      }
      mediationCase.mediator = ref(Mediator, chosen);
      return this.cases.commit(em, mediationCase, CaseAction.MUTUAL_CHOICE, TRANSITIONS.MUTUAL_CHOICE.to, null, CaseActor.SYSTEM, null, chosen);
    });
  }
}
