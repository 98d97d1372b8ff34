import { ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context';
import { addDays, chinaDate } from '../../shared/china-time';
import { type FieldProblem, UserInputError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { AuditLog } from '../audit/audit-log.entity';
import { DisputeType } from '../dispute-type/dispute-type.entity';
import { Mediator } from '../mediator/mediator.entity';
import { Policy } from '../staff/policy';
import { CaseStatus, PartyRole, REFERRAL_CHANNELS } from './case-enums';
import { CaseEvent } from './case-event.entity';
import { CaseAction, TRANSITIONS } from './case-workflow';
import { MediationCase } from './case.entity';
import { PAST_OUTCOMES, type PastCaseInput } from './case.inputs';
import { CaseFilingService } from './case-filing.service';
import { newCaseFields } from './case-numbering';

/** The step each past outcome was reached by. */
const CLOSING: Record<(typeof PAST_OUTCOMES)[number], CaseAction> = {
  SUCCEEDED: CaseAction.RECORD_SUCCESS,
  FAILED: CaseAction.RECORD_FAILURE,
  WITHDRAWN: CaseAction.WITHDRAW,
  REFUSED: CaseAction.REFUSE,
};

/** Noon in China on a calendar day: the instant a ledger's date stands for. */
const noonInChina = (day: string) => new Date(`${day}T04:00:00Z`);

/**
 * 补录 (#13): a case the committee handled before it used tiaojie, from its ledger (台账), with its
 * real acceptance and closing dates, so the statistics of past periods continue. It is marked as
 * 补录 on the case, on its timeline and in the audit log; no one is notified, no follow-up is
 * scheduled, and no warning is raised for what is long over.
 */
export class CaseBackfillService {
  constructor(private readonly ctx: Context) {}

  async record(input: PastCaseInput): Promise<MediationCase> {
    const viewer = await this.ctx.requireViewer();
    const em = this.ctx.em;
    const existing = await em.findOne(MediationCase, { createdBy: viewer.userId, idempotencyKey: input.idempotencyKey }, { populate: ['parties'] });
    if (existing) return existing;
    if (!input.committeeId) throw new UserInputError({ field: 'input.committeeId', reason: '补录须指定调委会' });
    const committeeId = parseId(input.committeeId, 'input.committeeId');
    const committee = await (await Policy.of(this.ctx)).assertCommittee(committeeId, { structural: false });

    const today = chinaDate(new Date());
    const problems: FieldProblem[] = [];
    if (!(PAST_OUTCOMES as readonly CaseStatus[]).includes(input.outcome)) problems.push({ field: 'input.outcome', reason: '补录的案件须已办结：调解成功、调解不成、撤回或不同意调解' });
    if (input.acceptedOn > today) problems.push({ field: 'input.acceptedOn', reason: '受理日期不能晚于今天' });
    if (input.closedOn > today) problems.push({ field: 'input.closedOn', reason: '办结日期不能晚于今天' });
    if (input.closedOn < input.acceptedOn) problems.push({ field: 'input.closedOn', reason: '办结日期不能早于受理日期' });
    if (!(await em.findOne(DisputeType, input.disputeType))) problems.push({ field: 'input.disputeType', reason: `未知的纠纷类型：${input.disputeType}` });
    if (!(await this.ctx.loaders.regionByCode.load(input.regionCode))) problems.push({ field: 'input.regionCode', reason: `行政区划 ${input.regionCode} 不存在` });
    if (input.applicants.length === 0) problems.push({ field: 'input.applicants', reason: '请填写申请人' });
    if (input.respondents.length === 0) problems.push({ field: 'input.respondents', reason: '请至少填写一个被申请人' });
    if (REFERRAL_CHANNELS.includes(input.channel) && !input.referralNumber) problems.push({ field: 'input.referralNumber', reason: '委派、移送的案件须填写文号' });
    const mediatorId = input.mediatorId ? parseId(input.mediatorId, 'input.mediatorId') : null;
    if (mediatorId !== null && !(await em.findOne(Mediator, mediatorId))) problems.push({ field: 'input.mediatorId', reason: `调解员 ${mediatorId} 不存在` });
    if (problems.length) throw new UserInputError(problems);

    const acceptedAt = noonInChina(input.acceptedOn);
    const closedAt = noonInChina(input.closedOn);
    const dueAt = noonInChina(addDays(input.acceptedOn, committee.caseDeadlineDays));
    const year = Number(input.acceptedOn.slice(0, 4));
    const filing = new CaseFilingService(this.ctx);
    try {
      return await em.transactional(async (tx) => {
        const mediationCase = tx.create(MediationCase, {
          ...(await newCaseFields(tx, committee, year, input, viewer.userId)),
          status: input.outcome,
          channel: input.channel,
          referralNumber: input.referralNumber ?? undefined,
          createdAt: acceptedAt,
          acceptedAt,
          dueAt,
          // Past its deadline then: counted as overdue in its period, as the ledger would show.
          overdueFlaggedAt: closedAt > dueAt ? dueAt : undefined,
          closedAt,
          closingNote: input.closingNote?.trim() || undefined,
          mediator: mediatorId === null ? null : ref(Mediator, mediatorId),
          backfilledAt: new Date(),
          ledgerNumber: input.ledgerNumber?.trim() || null,
        });
        input.applicants.forEach((p) => filing.addParty(tx, mediationCase, PartyRole.APPLICANT, p, null));
        input.respondents.forEach((p) => filing.addParty(tx, mediationCase, PartyRole.RESPONDENT, p, null));
        const actor = { actorUserId: viewer.userId, actorRole: 'BACKFILL' };
        tx.create(CaseEvent, { mediationCase, at: acceptedAt, action: 'FILE', toStatus: CaseStatus.PENDING_ACCEPTANCE, ...actor });
        tx.create(CaseEvent, { mediationCase, at: acceptedAt, action: CaseAction.ACCEPT, fromStatus: CaseStatus.PENDING_ACCEPTANCE, toStatus: TRANSITIONS.ACCEPT.to, ...actor });
        const closing = CLOSING[input.outcome as (typeof PAST_OUTCOMES)[number]];
        tx.create(CaseEvent, { mediationCase, at: closedAt, action: closing, fromStatus: TRANSITIONS.ACCEPT.to, toStatus: input.outcome, mediatorId: mediatorId ?? undefined, note: input.closingNote?.trim() || undefined, ...actor });
        const note = `补录：据台账${input.ledgerNumber ? ` ${input.ledgerNumber.trim()}` : ''}登记，受理于 ${input.acceptedOn}，办结于 ${input.closedOn}`;
        tx.create(CaseEvent, { mediationCase, action: 'BACKFILLED', fromStatus: input.outcome, toStatus: input.outcome, note, ...actor });
        await tx.flush();
        tx.create(AuditLog, { actorUserId: viewer.userId, action: 'CASE_BACKFILLED', subjectType: 'mediation_case', subjectId: String(mediationCase.id), reason: note, requestId: this.ctx.requestId });
        await tx.flush();
        return mediationCase;
      });
    } catch (error) {
      // The same submit twice at once: the other request recorded it.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      em.clear();
      const recorded = await em.findOne(MediationCase, { createdBy: viewer.userId, idempotencyKey: input.idempotencyKey }, { populate: ['parties'] });
      if (!recorded) throw error;
      return recorded;
    }
  }
}
