import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { addDays, chinaDate } from '../../shared/china-time';
import { Role } from '../../auth-checker';
import type { Context } from '../../context';
import { Agreement, AgreementConfirmation, AgreementDraft, contentHashOf } from './agreement.entity';
import { MediationCase } from './case.entity';
import { CaseView } from './case.views';
import { AGREEMENT_STATE_LABEL, AgreementKind, AgreementState, ContactChannel, JudicialResult, TermPerformance } from './outcome-enums';
import { AgreementInput, JudicialApplicationInput, SessionInput } from './outcome.inputs';
import { JUDICIAL_WINDOW_DAYS, OutcomeService } from './outcome.service';
import { AgreementConfirmationView, AgreementDraftView, AgreementStatusView, AgreementTermView, AgreementView, CaseEvidenceView, CaseFileCompletenessView, SessionView } from './outcome.views';
import { CaseEvidence } from './evidence.entity';
import { MediationSession } from './session.entity';

@Resolver(() => CaseView)
export class CaseOutcomeFieldsResolver {
  @FieldResolver(() => AgreementView, { nullable: true, description: '调解协议' })
  agreement(@Root() c: MediationCase, @Ctx() ctx: Context) {
    return ctx.em.findOne(Agreement, { mediationCase: c.id });
  }

  @FieldResolver(() => [SessionView], { description: '调解会，按时间先后' })
  sessions(@Root() c: MediationCase, @Ctx() ctx: Context) {
    return ctx.em.find(MediationSession, { mediationCase: c.id }, { orderBy: { scheduledAt: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => [CaseEvidenceView], { description: '证据材料；上传：POST /cases/{id}/evidence（multipart，字段 file）' })
  async evidence(@Root() c: MediationCase, @Ctx() ctx: Context) {
    const files = await ctx.em.find(CaseEvidence, { mediationCase: c.id }, { orderBy: { id: 'asc' } });
    return files.map((f) => ({ ...f, id: f.id, url: `/cases/${c.id}/evidence/${f.id}` }));
  }

  @FieldResolver(() => CaseFileCompletenessView, { description: '卷宗完整性检查' })
  fileCompleteness(@Root() c: MediationCase, @Ctx() ctx: Context) {
    return new OutcomeService(ctx).fileCompleteness(c);
  }
}

@Resolver(() => AgreementView)
export class AgreementResolver {
  @FieldResolver(() => [AgreementTermView])
  async terms(@Root() agreement: Agreement) {
    await termsLoaded(agreement);
    return agreement.terms.getItems();
  }

  @FieldResolver(() => String, { description: '本稿文本的 SHA-256：确认时连同协议编号一并提交，文本有变即不能确认' })
  async contentHash(@Root() agreement: Agreement) {
    await termsLoaded(agreement);
    return contentHashOf(agreement);
  }

  @FieldResolver(() => [String], { description: '已确认本稿的当事人' })
  async confirmedBy(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return (await confirmationsOf(ctx, agreement)).filter((c) => c.current).map((c) => c.partyName);
  }

  @FieldResolver(() => [AgreementConfirmationView], { description: '历次确认：谁、确认哪一稿、何时、所见文本的摘要值' })
  confirmations(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return confirmationsOf(ctx, agreement);
  }

  @FieldResolver(() => [AgreementDraftView], { description: '历次草稿（含现行稿），存入卷宗' })
  drafts(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.em.find(AgreementDraft, { agreement }, { orderBy: { version: 'asc' } });
  }

  @FieldResolver(() => AgreementStatusView, { description: '协议现在的状态（各页面同一说法）' })
  async status(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    // The case's parties, as the case page already loaded them.
    const mediationCase = await agreement.mediationCase.loadOrFail();
    if (!mediationCase.parties.isInitialized()) await mediationCase.parties.init();
    const parties = [...mediationCase.parties.getItems()].sort((a, b) => a.id - b.id);
    const confirmed = new Set((await confirmationsOf(ctx, agreement)).filter((c) => c.current).map((c) => c.partyId));
    const awaitingConfirmationFrom = agreement.kind === AgreementKind.WRITTEN && !agreement.sealedAt ? parties.filter((p) => p.user && !confirmed.has(p.id)).map((p) => p.name) : [];
    const state = agreement.sealedAt
      ? AgreementState.EFFECTIVE
      : agreement.kind === AgreementKind.ORAL
        ? AgreementState.ORAL_RECORDED
        : awaitingConfirmationFrom.length
          ? AgreementState.AWAITING_CONFIRMATION
          : AgreementState.AWAITING_SEAL;
    const label = state === AgreementState.AWAITING_CONFIRMATION ? `${AGREEMENT_STATE_LABEL[state]}：${awaitingConfirmationFrom.join('、')}` : AGREEMENT_STATE_LABEL[state];
    return { state, label, awaitingConfirmationFrom };
  }

  @FieldResolver(() => String, { nullable: true, description: '申请司法确认的截止日期（协议生效之日起 30 日）' })
  judicialDeadline(@Root() agreement: Agreement) {
    if (!agreement.sealedAt) return null;
    return addDays(chinaDate(agreement.sealedAt), JUDICIAL_WINDOW_DAYS);
  }

  @Authorized(Role.USER)
  @Mutation(() => SessionView, { description: '安排调解会（承办调解员或调委会）' })
  scheduleSession(@Arg('caseId', () => ID) caseId: string, @Arg('input') input: SessionInput, @Ctx() ctx: Context) {
    return new OutcomeService(ctx).scheduleSession(caseId, input);
  }

  @Authorized(Role.USER)
  @Mutation(() => SessionView, { description: '记录调解笔录' })
  recordSession(@Arg('sessionId', () => ID) sessionId: string, @Arg('record') record: string, @Ctx() ctx: Context) {
    return new OutcomeService(ctx).recordSession(sessionId, record);
  }

  @Authorized(Role.USER)
  @Mutation(() => String, { description: '记录与当事人的一次联系或答复（存入电子档案，显示在时间线上）' })
  logContact(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('channel', () => ContactChannel) channel: ContactChannel,
    @Arg('partyName') partyName: string,
    @Arg('summary') summary: string,
    @Ctx() ctx: Context,
  ) {
    return new OutcomeService(ctx).logContact(caseId, channel, partyName, summary);
  }

  @Authorized(Role.USER)
  @Mutation(() => AgreementView, { description: '起草调解协议（承办调解员）；重新起草后须各方重新确认' })
  draftAgreement(@Arg('caseId', () => ID) caseId: string, @Arg('input') input: AgreementInput, @Ctx() ctx: Context) {
    return new OutcomeService(ctx).draftAgreement(caseId, input);
  }

  @Authorized(Role.USER)
  @Mutation(() => AgreementView, { description: '当事人在微信中确认书面调解协议' })
  confirmAgreement(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('agreementId', () => ID, { description: '所确认协议的编号' }) agreementId: string,
    @Arg('contentHash', { description: '页面收到的协议文本摘要值（Agreement.contentHash）：确认的正是看到的文本' }) contentHash: string,
    @Ctx() ctx: Context,
  ) {
    return new OutcomeService(ctx).confirmAgreement(caseId, agreementId, contentHash);
  }

  @Authorized(Role.USER)
  @Mutation(() => AgreementView, { description: '申请司法确认（协议生效之日起 30 日内）' })
  applyForJudicialConfirmation(@Arg('caseId', () => ID) caseId: string, @Arg('input') input: JudicialApplicationInput, @Ctx() ctx: Context) {
    return new OutcomeService(ctx).applyForJudicialConfirmation(caseId, input);
  }

  @Authorized(Role.USER)
  @Mutation(() => AgreementView, { description: '记录法院的司法确认结果（调委会）' })
  recordJudicialResult(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('result', () => JudicialResult) result: JudicialResult,
    @Arg('reference') reference: string,
    @Ctx() ctx: Context,
  ) {
    return new OutcomeService(ctx).recordJudicialResult(caseId, result, reference);
  }

  @Authorized(Role.USER)
  @Mutation(() => AgreementTermView, { description: '记录协议条款的履行情况（调委会或承办调解员）' })
  recordTermPerformance(
    @Arg('termId', () => ID) termId: string,
    @Arg('performance', () => TermPerformance) performance: TermPerformance,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return new OutcomeService(ctx).recordTermPerformance(termId, performance, note);
  }
}

/**
 * Several fields of one agreement resolve side by side (its terms and its content hash; who
 * confirmed, the confirmations, the status) and would each load the same rows: they share the load
 * in flight. Only while in flight — a later step of the same request (a second mutation) reads afresh.
 */
function shared<T>(inFlight: WeakMap<Agreement, Promise<T>>, agreement: Agreement, load: () => Promise<T>): Promise<T> {
  let pending = inFlight.get(agreement);
  if (!pending) {
    inFlight.set(agreement, (pending = load()));
    void pending.finally(() => inFlight.delete(agreement)).catch(() => undefined);
  }
  return pending;
}

const termsInFlight = new WeakMap<Agreement, Promise<unknown>>();
const confirmationsInFlight = new WeakMap<Agreement, Promise<(AgreementConfirmationView & { partyId: number })[]>>();

const termsLoaded = (agreement: Agreement) => shared(termsInFlight, agreement, () => agreement.terms.init());

/** Every confirmation of an agreement, oldest first, marked current when it is of the version that stands. */
const confirmationsOf = (ctx: Context, agreement: Agreement) => shared(confirmationsInFlight, agreement, () => loadConfirmations(ctx, agreement));

async function loadConfirmations(ctx: Context, agreement: Agreement): Promise<(AgreementConfirmationView & { partyId: number })[]> {
  const rows = await ctx.em.find(AgreementConfirmation, { agreement }, { populate: ['party'], orderBy: { id: 'asc' } });
  return rows.map((c) => ({
    partyId: c.party.id,
    partyName: c.party.getEntity().name,
    version: c.agreementVersion,
    contentHash: c.contentHash ?? null,
    confirmedAt: c.confirmedAt,
    current: c.agreementVersion === agreement.version,
  }));
}
