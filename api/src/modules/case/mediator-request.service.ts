import { ref } from '@mikro-orm/core';
import type { Context } from '../../context';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { sql } from '../../shared/sql';
import { Mediator } from '../mediator/mediator.entity';
import { Notification } from '../notification/notification.entity';
import { queueCaseNotifications } from '../notification/notification.rules';
import { casePage, PAGE } from '../../shared/page-paths';
import { CaseStatus } from './case-enums';
import { CaseEvent } from './case-event.entity';
import { CaseAction, CaseActor, TRANSITIONS } from './case-workflow';
import { CaseService } from './case.service';
import { MediatorRequest, MediatorRequestStatus } from './mediator-request.entity';

/**
 * 指名: a party names any mediator on the county's published menu; the committee arranges it
 * (the mediator is assigned, as 调委会指派) or records why not. Both steps are on the timeline for
 * the party who asked and the staff; the other party sees only the assignment.
 */
export class MediatorRequestService {
  private readonly cases: CaseService;

  constructor(private readonly ctx: Context) {
    this.cases = new CaseService(ctx);
  }

  async request(caseId: string, mediatorIdText: string, reason: string | null) {
    const mediatorId = parseId(mediatorIdText, 'mediatorId');
    const why = reason?.trim() || null;
    if (why && why.length > 500) throw new UserInputError({ field: 'reason', reason: '理由不超过 500 字' });
    return this.cases.change(caseId, async ({ mediationCase, viewer }) => {
      const em = this.ctx.em;
      const party = mediationCase.parties.getItems().find((p) => p.user?.id === viewer.userId);
      if (!party) throw new ForbiddenError('只有当事人可以指名调解员');
      if (mediationCase.status !== CaseStatus.CHOOSING_MEDIATOR) throw new ConflictError('现在不是选择调解员的时候', 'caseId');
      // The same name asked again (a double tap) is the one request.
      const already = await em.findOne(MediatorRequest, { party: party.id, mediator: mediatorId });
      if (already) return already;
      const [published] = await this.ctx.db.rows<{ name: string }>(sql`
        select m.name from mediator m join committee handling on handling.id = ${mediationCase.committee.id}
        where m.id = ${mediatorId} and m.active and exists (select 1 from membership ms join committee c on c.id = ms.committee_id
          where ms.mediator_id = m.id and ms.active and c.active and c.region_code like left(handling.region_code, 6) || '%')`);
      if (!published) throw new UserInputError({ field: 'mediatorId', reason: '只能指名本县（区）调解员名册中的在任调解员' });
      const request = em.create(MediatorRequest, { mediationCase, party, mediator: ref(Mediator, mediatorId), reason: why });
      em.create(CaseEvent, {
        mediationCase, action: 'MEDIATOR_REQUESTED', fromStatus: mediationCase.status, toStatus: mediationCase.status, actorUserId: viewer.userId,
        actorRole: party.role, mediatorId, note: `指名调解员${published.name}${why ? `：${why}` : ''}`,
      });
      await queueCaseNotifications(em, mediationCase, 'MEDIATOR_REQUESTED', `${mediationCase.number} 当事人指名调解员${published.name}`, viewer.userId);
      await em.flush();
      return request;
    });
  }

  async answer(requestIdText: string, arrange: boolean, answer: string | null) {
    const requestId = parseId(requestIdText, 'requestId');
    const text = answer?.trim() || null;
    if (!arrange && (!text || text.length < 2)) throw new UserInputError({ field: 'answer', reason: '请说明不能安排的原因' });
    if (text && text.length > 500) throw new UserInputError({ field: 'answer', reason: '说明不超过 500 字' });
    const missing = () => new NotFoundError('指名申请', requestId);
    const [found] = await this.ctx.db.rows<{ caseId: number }>(sql`select mediation_case_id as "caseId" from mediator_request where id = ${requestId}`);
    if (!found) throw missing();
    return this.cases.change(found.caseId, async ({ mediationCase, actors, viewer }) => {
      const em = this.ctx.em;
      if (!actors.has(CaseActor.COMMITTEE)) throw new ForbiddenError('由承办调委会答复指名');
      const request = await em.findOneOrFail(MediatorRequest, requestId, { populate: ['mediator'] });
      // Answered already: the same answer again is that answer; another is a conflict.
      if (request.status !== MediatorRequestStatus.PENDING) {
        if (request.status === (arrange ? MediatorRequestStatus.ARRANGED : MediatorRequestStatus.DECLINED)) return request;
        throw new ConflictError('该指名已经答复', 'requestId');
      }
      const name = request.mediator.getEntity().name;
      Object.assign(request, { answer: text, answeredByUserId: viewer.userId, answeredAt: new Date() });
      if (!arrange) {
        request.status = MediatorRequestStatus.DECLINED;
        em.create(CaseEvent, {
          mediationCase, action: 'MEDIATOR_REQUEST_DECLINED', fromStatus: mediationCase.status, toStatus: mediationCase.status, actorUserId: viewer.userId,
          actorRole: CaseActor.COMMITTEE, mediatorId: request.mediator.id, note: `未能安排指名的调解员${name}：${text}`,
        });
        // Told to the party who asked, alone: the other party never learns whom they named.
        const asker = mediationCase.parties.getItems().find((p) => p.id === request.party.id)?.user;
        if (asker) {
          em.create(Notification, { user: asker, mediationCase, kind: 'MEDIATOR_REQUEST_DECLINED', summary: `${mediationCase.number} 未能安排您指名的调解员${name}`.slice(0, 200), page: casePage(PAGE.partyCase, mediationCase.id) });
        }
        await em.flush();
        return request;
      }
      if (!TRANSITIONS.ASSIGN_MEDIATOR.from.includes(mediationCase.status)) throw new ConflictError('案件已不在选择调解员的阶段', 'requestId');
      request.status = MediatorRequestStatus.ARRANGED;
      mediationCase.mediator = ref(Mediator, request.mediator.id);
      // The assignment reads like any other: who named the mediator stays between that party and the staff.
      await this.cases.commit(em, mediationCase, CaseAction.ASSIGN_MEDIATOR, TRANSITIONS.ASSIGN_MEDIATOR.to, viewer.userId, CaseActor.COMMITTEE, null, request.mediator.id);
      return request;
    }, { field: 'requestId', notFound: missing });
  }
}
