import { ref } from '@mikro-orm/core';
import { chinaDate, chinaDateTime, daysBetween } from '../../shared/china-time';
import type { Context } from '../../context';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { Agreement, AgreementConfirmation, agreementContentHash, AgreementDraft, AgreementTerm, type AgreementText, contentHashOf } from './agreement.entity';
import { CASE_STATUS_LABEL, CaseStatus } from './case-enums';
import { caseFileChecklist, caseFileItems } from './case-file.rules';
import { CaseEvent } from './case-event.entity';
import { CaseParty } from './case-party.entity';
import { CaseActor } from './case-workflow';
import type { MediationCase } from './case.entity';
import type { CaseAccess } from './case-access';
import { CaseService } from './case.service';
import { AgreementKind, CONTACT_LABEL, type ContactChannel, JUDICIAL_RESULT_LABEL, type JudicialResult, SessionMode, TERM_PERFORMANCE_LABEL, type TermPerformance } from './outcome-enums';
import type { AgreementInput, JudicialApplicationInput, SessionInput } from './outcome.inputs';
import { MediationSession } from './session.entity';
import { queueCaseNotifications } from '../notification/notification.rules';

const EVENT_LABEL: Record<string, string> = {
  SESSION_SCHEDULED: '已安排调解',
  SESSION_RECORDED: '已记录调解笔录',
  AGREEMENT_DRAFTED: '调解协议待确认',
  AGREEMENT_CONFIRMED: '当事人已确认调解协议',
  JUDICIAL_APPLIED: '已申请司法确认',
  JUDICIAL_DECIDED: '司法确认结果',
  TERM_PERFORMANCE: '协议履行情况',
};

/** Art 33: the parties may jointly apply for judicial confirmation within 30 days of the agreement. */
export const JUDICIAL_WINDOW_DAYS = 30;

/**
 * Everything recorded around the workflow's steps: sessions and their records, the agreement
 * and the parties' confirmations, judicial confirmation, fulfilment of each term. Each write
 * appends a timeline event in the same transaction; the case's status itself only moves
 * through CaseService.perform.
 */

export class OutcomeService {
  private readonly cases: CaseService;

  constructor(private readonly ctx: Context) {
    this.cases = new CaseService(ctx);
  }

  /** The same session scheduled twice (a double tap) is one session. */
  async scheduleSession(caseId: string, input: SessionInput) {
    const place = input.place.trim();
    const meetingUrl = input.meetingUrl?.trim() || null;
    if (meetingUrl && input.mode !== SessionMode.ONLINE) throw new UserInputError({ field: 'input.meetingUrl', reason: '只有线上视频调解需要会议链接' });
    return this.change(caseId, [CaseActor.ASSIGNED_MEDIATOR, CaseActor.COMMITTEE, CaseActor.JOINT_COMMITTEE], [CaseStatus.IN_MEDIATION], async ({ mediationCase, viewer, actor }) => {
      const em = this.ctx.em;
      const same = await em.findOne(MediationSession, { mediationCase: mediationCase.id, scheduledAt: input.scheduledAt, place, mode: input.mode });
      if (same) return same;
      const session = em.create(MediationSession, { mediationCase, scheduledAt: input.scheduledAt, place, mode: input.mode, meetingUrl, participants: input.participants.map((p) => p.trim()) });
      await this.event(mediationCase, 'SESSION_SCHEDULED', viewer.userId, actor, `${place}，${chinaDateTime(input.scheduledAt)}`);
      await em.flush();
      return session;
    });
  }

  async recordSession(sessionId: string, record: string) {
    const text = record.trim();
    if (text.length < 10) throw new UserInputError({ field: 'record', reason: '调解笔录至少 10 字' });
    const id = parseId(sessionId, 'sessionId');
    const notFound = () => new NotFoundError('调解会', id);
    const caseId = (await this.ctx.em.findOne(MediationSession, id))?.mediationCase.id;
    if (caseId === undefined) throw notFound();
    return this.change(caseId, [CaseActor.ASSIGNED_MEDIATOR, CaseActor.COMMITTEE], [CaseStatus.IN_MEDIATION], async ({ mediationCase, viewer, actor }) => {
      const session = await this.ctx.em.findOneOrFail(MediationSession, id);
      if (session.record === text) return session;
      session.record = text;
      session.recordedAt = new Date();
      await this.event(mediationCase, 'SESSION_RECORDED', viewer.userId, actor, null);
      await this.ctx.em.flush();
      return session;
    }, notFound);
  }

  /** 电子档案: every contact with a party, and every reply, goes into the case file (once: the same note sent twice is one entry). */
  async logContact(caseId: string, channel: ContactChannel, partyName: string, summary: string) {
    const text = summary.trim();
    if (text.length < 2 || text.length > 2000) throw new UserInputError({ field: 'summary', reason: '请填写 2 到 2000 字的联系内容' });
    return this.change(caseId, [CaseActor.ASSIGNED_MEDIATOR, CaseActor.COMMITTEE, CaseActor.JOINT_COMMITTEE], [
      CaseStatus.PENDING_ACCEPTANCE, CaseStatus.AWAITING_CONSENT, CaseStatus.CHOOSING_MEDIATOR, CaseStatus.AWAITING_MEDIATOR, CaseStatus.IN_MEDIATION, CaseStatus.SUCCEEDED, CaseStatus.FAILED,
    ], async ({ mediationCase, viewer, actor }) => {
      if (!mediationCase.parties.getItems().some((p) => p.name === partyName.trim())) throw new UserInputError({ field: 'partyName', reason: '不是本案当事人' });
      const note = `［${CONTACT_LABEL[channel]}］${partyName.trim()}：${text}`;
      const em = this.ctx.em;
      const last = await em.findOne(CaseEvent, { mediationCase: mediationCase.id, action: 'CONTACT' }, { orderBy: { id: 'desc' } });
      if (last?.note === note && last.actorUserId === viewer.userId) return note;
      em.create(CaseEvent, { mediationCase, action: 'CONTACT', fromStatus: mediationCase.status, toStatus: mediationCase.status, actorUserId: viewer.userId, actorRole: actor, note });
      await em.flush();
      return note;
    });
  }

  /**
   * The mediator drafts (or re-drafts) the agreement. A re-draft replaces the text in the same
   * transaction, counts the version up, keeps the earlier draft in the case file and voids the
   * confirmations given so far (each party confirms again what it is now shown). The same draft
   * sent twice is one draft.
   */
  async draftAgreement(caseId: string, input: AgreementInput) {
    if (input.kind === AgreementKind.WRITTEN && input.terms.length === 0) {
      throw new UserInputError({ field: 'input.terms', reason: '书面调解协议须列明协议条款及履行方式、期限' });
    }
    const text: AgreementText = {
      kind: input.kind,
      factsAndResponsibilities: input.factsAndResponsibilities.trim(),
      terms: input.terms.map((t, i) => ({ seq: i + 1, content: t.content.trim(), method: t.method.trim(), performBy: t.performBy })),
    };
    const contentHash = agreementContentHash(text);
    return this.change(caseId, [CaseActor.ASSIGNED_MEDIATOR], [CaseStatus.IN_MEDIATION], async ({ mediationCase, viewer, actor }) => {
      const em = this.ctx.em;
      const previous = await em.findOne(Agreement, { mediationCase: mediationCase.id }, { populate: ['terms'] });
      if (previous && contentHashOf(previous) === contentHash) return previous;
      const agreement = previous ?? em.create(Agreement, { mediationCase, kind: text.kind, factsAndResponsibilities: text.factsAndResponsibilities });
      if (previous) {
        mediationCase.updatedAt = new Date(); // the case's version moves: a page showing the old draft is stale
        await em.nativeDelete(AgreementTerm, { agreement: previous.id });
        previous.terms.removeAll();
        previous.version += 1;
        previous.kind = text.kind;
        previous.factsAndResponsibilities = text.factsAndResponsibilities;
      }
      text.terms.forEach((t) => agreement.terms.add(em.create(AgreementTerm, { agreement, ...t })));
      em.create(AgreementDraft, { agreement, version: agreement.version, ...text, contentHash, draftedByUserId: viewer.userId });
      const summary = text.kind === AgreementKind.WRITTEN ? `书面协议，${text.terms.length} 项条款` : '口头协议';
      await this.event(mediationCase, 'AGREEMENT_DRAFTED', viewer.userId, actor, previous ? `第 ${agreement.version} 稿（${summary}），此前的确认作废，须各方重新确认` : summary);
      await em.flush();
      return agreement;
    });
  }

  /**
   * A party confirms the written agreement in WeChat: the very text it was shown, named by the
   * agreement's id and the hash the page received with it. A superseded or altered text is refused.
   */
  async confirmAgreement(caseId: string, agreementId: string, contentHash: string) {
    const id = parseId(agreementId, 'agreementId');
    return this.change(caseId, [CaseActor.APPLICANT, CaseActor.RESPONDENT], [CaseStatus.IN_MEDIATION], async ({ mediationCase, viewer, actor }) => {
      const agreement = await this.ctx.em.findOne(Agreement, { mediationCase: mediationCase.id }, { populate: ['terms'] });
      if (!agreement || agreement.kind !== AgreementKind.WRITTEN) throw new ConflictError('还没有需要确认的书面调解协议', 'caseId');
      if (agreement.id !== id || contentHashOf(agreement) !== contentHash.trim().toLowerCase()) {
        throw new ConflictError(`调解协议已修改（现为第 ${agreement.version} 稿），请重新阅读后再确认`, 'contentHash');
      }
      const party = mediationCase.parties.getItems().find((p) => p.user?.id === viewer.userId) as CaseParty;
      const already = await this.ctx.em.findOne(AgreementConfirmation, { agreement, party, agreementVersion: agreement.version });
      if (!already) {
        this.ctx.em.create(AgreementConfirmation, { agreement, party, agreementVersion: agreement.version, contentHash: contentHash.trim().toLowerCase() });
        await this.event(mediationCase, 'AGREEMENT_CONFIRMED', viewer.userId, actor, `${party.name}确认第 ${agreement.version} 稿`);
        await this.ctx.em.flush();
      }
      return agreement;
    });
  }

  async applyForJudicialConfirmation(caseId: string, input: JudicialApplicationInput) {
    return this.change(caseId, [CaseActor.APPLICANT, CaseActor.RESPONDENT, CaseActor.COMMITTEE], [CaseStatus.SUCCEEDED], async ({ mediationCase, viewer, actor }) => {
      const agreement = await this.writtenAgreement(mediationCase);
      if (agreement.judicialAppliedOn) throw new ConflictError('已申请司法确认', 'caseId');
      const days = daysBetween(chinaDate(agreement.sealedAt as Date), input.appliedOn);
      if (days < 0 || days > JUDICIAL_WINDOW_DAYS) {
        throw new UserInputError({ field: 'input.appliedOn', reason: `司法确认须在调解协议生效之日起 ${JUDICIAL_WINDOW_DAYS} 日内申请` });
      }
      agreement.judicialCourt = input.court.trim();
      agreement.judicialAppliedOn = input.appliedOn;
      await this.event(mediationCase, 'JUDICIAL_APPLIED', viewer.userId, actor, `${input.court.trim()}，${input.appliedOn}`);
      await this.ctx.em.flush();
      return agreement;
    });
  }

  async recordJudicialResult(caseId: string, result: JudicialResult, reference: string) {
    if (reference.trim().length < 2) throw new UserInputError({ field: 'reference', reason: '请填写法院裁定书文号或驳回理由' });
    return this.change(caseId, [CaseActor.COMMITTEE], [CaseStatus.SUCCEEDED], async ({ mediationCase, viewer, actor }) => {
      const agreement = await this.writtenAgreement(mediationCase);
      if (!agreement.judicialAppliedOn) throw new ConflictError('尚未申请司法确认', 'caseId');
      if (agreement.judicialResult) throw new ConflictError('已记录司法确认结果', 'caseId');
      agreement.judicialResult = result;
      agreement.judicialReference = reference.trim();
      await this.event(mediationCase, 'JUDICIAL_DECIDED', viewer.userId, actor, `${JUDICIAL_RESULT_LABEL[result]}：${reference.trim()}`);
      await this.ctx.em.flush();
      return agreement;
    });
  }

  /** The committee supervises performance (Art 31), term by term. The same record sent twice is one record. */
  async recordTermPerformance(termId: string, performance: TermPerformance, note: string | null) {
    const id = parseId(termId, 'termId');
    const notFound = () => new NotFoundError('协议条款', id);
    const text = note?.trim() || undefined;
    const term = await this.ctx.em.findOne(AgreementTerm, id, { populate: ['agreement'] });
    if (!term) throw notFound();
    return this.change(term.agreement.getEntity().mediationCase.id, [CaseActor.COMMITTEE, CaseActor.ASSIGNED_MEDIATOR], [CaseStatus.SUCCEEDED], async ({ mediationCase, viewer, actor }) => {
      const current = await this.ctx.em.findOneOrFail(AgreementTerm, id);
      if (current.performance === performance && current.performanceNote === text) return current;
      current.performance = performance;
      current.performanceNote = text;
      current.performanceRecordedAt = new Date();
      await this.event(mediationCase, 'TERM_PERFORMANCE', viewer.userId, actor, `第${current.seq}项：${TERM_PERFORMANCE_LABEL[performance]}${text ? `，${text}` : ''}`);
      await this.ctx.em.flush();
      return current;
    }, notFound);
  }

  /** The case file (卷宗) checklist; later issues pay subsidies only for complete files. */
  async fileCompleteness(mediationCase: MediationCase) {
    const [row] = await this.ctx.db.rows<Record<string, boolean>>(caseFileChecklist(mediationCase.id));
    const items = caseFileItems('k').map(({ item, label }) => ({ item, label, present: row?.[item] === true }));
    return { complete: items.every((i) => i.present), items };
  }

  private async writtenAgreement(mediationCase: MediationCase) {
    const agreement = await this.ctx.em.findOne(Agreement, { mediationCase: mediationCase.id });
    if (!agreement?.sealedAt || agreement.kind !== AgreementKind.WRITTEN) throw new ConflictError('只有已生效的书面调解协议才能申请司法确认', 'caseId');
    return agreement;
  }

  /** A change to one case (locked, see CaseService.change) by one of `allowed`, in one of `statuses`. */
  private change<T>(
    caseId: string | number,
    allowed: CaseActor[],
    statuses: CaseStatus[],
    work: (loaded: Awaited<ReturnType<CaseAccess['loadVisible']>> & { actor: CaseActor }) => Promise<T>,
    notFound?: () => NotFoundError,
  ): Promise<T> {
    return this.cases.change(caseId, async (loaded) => {
      const actor = allowed.find((a) => loaded.actors.has(a));
      if (!actor) throw new ForbiddenError();
      if (!statuses.includes(loaded.mediationCase.status)) throw new ConflictError(`案件当前状态为“${CASE_STATUS_LABEL[loaded.mediationCase.status]}”，不能进行此操作`, 'caseId');
      return work({ ...loaded, actor });
    }, { notFound });
  }

  private async event(mediationCase: MediationCase, action: string, actorUserId: number, actor: CaseActor, note: string | null) {
    await queueCaseNotifications(this.ctx.em, mediationCase, action, `${mediationCase.number} ${EVENT_LABEL[action] ?? action}${note ? `：${note}` : ''}`, actorUserId);
    this.ctx.em.create(CaseEvent, {
      mediationCase: ref(mediationCase),
      action,
      fromStatus: mediationCase.status,
      toStatus: mediationCase.status,
      actorUserId,
      actorRole: actor,
      note: note ?? undefined,
    });
  }
}
