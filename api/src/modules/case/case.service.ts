import { OptimisticLockError, ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { ConflictError, type FieldProblem, ForbiddenError, NotFoundError, UserInputError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { inTransaction, lockRow } from '../../shared/transaction';
import { chinaDate } from '../../shared/china-time';
import { Committee } from '../committee/committee.entity';
import { DisputeType } from '../dispute-type/dispute-type.entity';
import { decrypt, encrypt, lookupHash } from '../identity/personal-data';
import { isStaffOnCase } from './case-event.audience';
import { newOpaqueToken, sha256 } from '../identity/tokens';
import { UserAccount } from '../identity/user-account.entity';
import { canonicalLanguage } from '../mediator/language-vocabulary';
import { Mediator } from '../mediator/mediator.entity';
import { StaffRole } from '../staff/staff-role';
import type { Viewer } from '../staff/viewer';
import { CaseChannel, CaseStatus, PartyKind, PartyRole, REFERRAL_CHANNELS } from './case-enums';
import { scheduleFollowUps } from '../feedback/follow-up.rules';
import { queueCaseNotifications } from '../notification/notification.rules';
import { evaluateWarnings } from '../warning/warning.rules';
import { sealAgreementForSuccess } from './agreement.rules';
import { CaseEvent } from './case-event.entity';
import { CaseParty } from './case-party.entity';
import { CaseAction, CaseActor, TRANSITIONS } from './case-workflow';
import { MediationCase } from './case.entity';
import type { CaseActionInput, CaseInput, PartyInput, RegisterCaseInput } from './case.inputs';
import { chooseMutualMediator, suggestCommittee } from './case.queries';
import { caseMenu } from './case-menu';
import type { CaseAccess } from './case-access';
import { acceptanceDueAt } from './acceptance.rules';
import { MediatorRanking } from './mediator-ranking.entity';

/** 一般在一个月内调结. */
const DEFAULT_DEADLINE_DAYS = 30;
const NEEDS_REASON = new Set([CaseAction.REFUSE, CaseAction.MEDIATOR_DECLINE, CaseAction.REQUEST_REPLACEMENT, CaseAction.WITHDRAW, CaseAction.RECORD_FAILURE, CaseAction.TRANSFER, CaseAction.ESCALATE]);

/** "黄羊镇人民调解委员会" → "黄羊镇" for the case number. */
export function committeeShortName(name: string) {
  return name.replace(/(人民调解委员会|调解委员会|调委会)$/, '') || name;
}

/** The next number of a committee's cases in a year: gapless, taken under the counter row's lock. */
async function nextCaseNumber(tx: EntityManager, committeeId: number, year: number): Promise<number> {
  const [row] = await tx.getConnection().execute<[{ last_number: number }]>(
    `insert into case_number_counter (committee_id, year, last_number) values (?, ?, 1)
     on conflict (committee_id, year) do update set last_number = case_number_counter.last_number + 1
     returning last_number`,
    [committeeId, year],
    'all',
    tx.getTransactionContext(),
  );
  return row.last_number;
}

/**
 * What every new case takes from its filing, and its number — （2026）黄羊镇调字第0007号, gapless per
 * committee and year — for a case filed now and one recorded from a ledger (补录) alike.
 */
export async function newCaseFields(tx: EntityManager, committee: { id: number; name: string }, year: number, input: CaseInput, createdBy: number) {
  const seq = await nextCaseNumber(tx, committee.id, year);
  return {
    number: `（${year}）${committeeShortName(committee.name)}调字第${String(seq).padStart(4, '0')}号`,
    numberCommittee: committee.id,
    numberYear: year,
    numberSeq: seq,
    committee: committee.id,
    disputeType: input.disputeType,
    facts: input.facts.trim(),
    claims: input.claims.trim(),
    amountInvolved: input.amountInvolved ?? undefined,
    peopleInvolved: input.peopleInvolved,
    region: input.regionCode,
    place: input.place ?? undefined,
    latitude: input.latitude ?? undefined,
    longitude: input.longitude ?? undefined,
    createdBy,
    idempotencyKey: input.idempotencyKey,
  };
}

export class CaseService {
  constructor(private readonly ctx: Context) {}

  /** A resident files from the mini-program; they are the (first) applicant. */
  async file(input: CaseInput) {
    const viewer = await this.ctx.requireViewer();
    return this.create(input, CaseChannel.RESIDENT_ONLINE, viewer, null);
  }

  /** Staff register a walk-in, a grid report, a referral or their own initiative. */
  async register(input: RegisterCaseInput) {
    const viewer = await this.ctx.requireViewer();
    if (input.channel === CaseChannel.RESIDENT_ONLINE) throw new UserInputError({ field: 'input.channel', reason: '群众线上申请请使用 fileCase' });
    if (REFERRAL_CHANNELS.includes(input.channel) && !input.referralNumber) {
      throw new UserInputError({ field: 'input.referralNumber', reason: '委派、移送的案件须填写文号' });
    }
    if (input.channel === CaseChannel.GRID_REPORT && !viewer.has(StaffRole.GRID_OFFICER) && !viewer.has(StaffRole.SYSTEM_ADMIN)) {
      throw new ForbiddenError('只有网格员可以上报网格纠纷');
    }
    if (input.applicants.length === 0) throw new UserInputError({ field: 'input.applicants', reason: '请填写申请人' });
    return this.create(input, input.channel, viewer, input.referralNumber ?? null);
  }

  private async create(input: CaseInput, channel: CaseChannel, viewer: Viewer, referralNumber: string | null) {
    const em = this.ctx.em;
    const existing = await em.findOne(MediationCase, { createdBy: viewer.userId, idempotencyKey: input.idempotencyKey });
    if (existing) return existing;

    const problems: FieldProblem[] = [];
    if (!(await em.findOne(DisputeType, input.disputeType))) problems.push({ field: 'input.disputeType', reason: `未知的纠纷类型：${input.disputeType}` });
    if (!(await this.ctx.loaders.regionByCode.load(input.regionCode))) problems.push({ field: 'input.regionCode', reason: `行政区划 ${input.regionCode} 不存在` });
    if (input.respondents.length === 0) problems.push({ field: 'input.respondents', reason: '请至少填写一个被申请人' });
    if (problems.length) throw new UserInputError(problems);

    const committeeId = input.committeeId ? parseId(input.committeeId, 'input.committeeId') : await this.suggest(input.regionCode, input.disputeType);
    const committee = await this.ctx.loaders.committeeById.load(committeeId);
    if (!committee?.active) throw new UserInputError({ field: 'input.committeeId', reason: '该调委会不存在或已停用' });
    if (channel !== CaseChannel.RESIDENT_ONLINE && channel !== CaseChannel.GRID_REPORT) {
      // Walk-ins, referrals and own initiative are registered by the committee's own staff.
      if (!(await this.ctx.caseAccess.coversCommittee(viewer, committeeId))) throw new ForbiddenError('只能为本调委会登记案件');
    }

    const applicants: PartyInput[] =
      input.applicants.length > 0 ? input.applicants : [{ kind: PartyKind.PERSON, name: await this.nameOf(viewer.userId), hasPowerOfAttorney: false }];
    if (channel === CaseChannel.RESIDENT_ONLINE && !applicants[0].phone) {
      // A resident filing for themselves is reached on the phone they bound, unless they gave another.
      const account = await em.findOne(UserAccount, viewer.userId);
      if (account?.phoneEncrypted) applicants[0] = { ...applicants[0], phone: decrypt(this.ctx.secrets, account.phoneEncrypted) };
    }
    // The year of the number is the year in China: a case filed at 00:30 on 1 January Beijing time is numbered in the new year.
    const filedAt = new Date();
    const year = Number(chinaDate(filedAt).slice(0, 4));
    try {
      return await em.transactional(async (tx) => {
        const mediationCase = tx.create(MediationCase, {
          ...(await newCaseFields(tx, committee, year, input, viewer.userId)),
          status: CaseStatus.PENDING_ACCEPTANCE,
          createdAt: filedAt,
          acceptanceDueAt: acceptanceDueAt(committee.acceptanceDeadlineDays, filedAt),
          channel,
          referralNumber: referralNumber ?? undefined,
        });
        applicants.forEach((p, i) => this.addParty(tx, mediationCase, PartyRole.APPLICANT, p, channel === CaseChannel.RESIDENT_ONLINE && i === 0 ? viewer.userId : null));
        input.respondents.forEach((p) => this.addParty(tx, mediationCase, PartyRole.RESPONDENT, p, null));
        tx.create(CaseEvent, { mediationCase, action: 'FILE', toStatus: CaseStatus.PENDING_ACCEPTANCE, actorUserId: viewer.userId, actorRole: channel });
        await tx.flush();
        await queueCaseNotifications(tx, mediationCase, 'FILE', `${mediationCase.number} 新案件待受理`, viewer.userId);
        await evaluateWarnings(tx, mediationCase, channel === CaseChannel.RESIDENT_ONLINE ? viewer.userId : null);
        return mediationCase;
      });
    } catch (error) {
      // The same submit twice at once: the other request created it (and its number was given back).
      if (error instanceof UniqueConstraintViolationException) {
        this.ctx.em.clear();
        const created = await this.ctx.em.findOne(MediationCase, { createdBy: viewer.userId, idempotencyKey: input.idempotencyKey });
        if (created) return created;
      }
      throw error;
    }
  }

  /**
   * Takes one step of the workflow. The table in case-workflow.ts decides whether the step is
   * allowed from the current status and by this viewer; the step and its timeline event are
   * written in one transaction, guarded by the version the client last saw.
   */
  async perform(caseId: string, action: CaseAction, expectedVersion: number, input: CaseActionInput = {}) {
    const viewer = await this.ctx.requireViewer();
    const id = parseId(caseId, 'caseId');
    const reason = input.reason?.trim() || null;
    if (NEEDS_REASON.has(action) && !reason) throw new UserInputError({ field: 'input.reason', reason: '请填写原因' });
    const em = this.ctx.em;
    const mediationCase = await em.findOne(MediationCase, id, { populate: ['parties'] });
    if (!mediationCase || !(await this.ctx.caseAccess.canSee(viewer, mediationCase))) throw new NotFoundError('案件', id);
    if (mediationCase.version !== expectedVersion) throw this.conflict();
    const transition = TRANSITIONS[action];
    if (!transition.from.includes(mediationCase.status)) {
      throw new ConflictError(`案件当前状态为“${mediationCase.status}”，不能执行“${transition.label}”`, 'action');
    }
    const actors = await this.ctx.caseAccess.actorsFor(viewer, mediationCase);
    const actor = transition.by.find((a) => actors.has(a));
    if (!actor) throw new ForbiddenError(`无权执行“${transition.label}”`);

    const { invitationCode, mediatorId } = await this.applyEffects(mediationCase, action, input);
    await this.commit(em, mediationCase, action, transition.to, viewer.userId, actor, reason, mediatorId);
    return { mediationCase, invitationCode: invitationCode ?? null };
  }

  /** The respondent, signed in, answers the invitation shared with them: consent or refuse (Art 17). */
  async respondToInvitation(code: string, consent: boolean, reason: string | null) {
    const viewer = await this.ctx.requireViewer();
    const em = this.ctx.em;
    const mediationCase = code.trim() ? await em.findOne(MediationCase, { invitationCodeHash: sha256(code.trim()) }, { populate: ['parties'] }) : null;
    if (!mediationCase) throw new UserInputError({ field: 'code', reason: '邀请码无效或已使用' });
    // The code makes its holder the respondent only if they are not already someone else in the case.
    const actors = await this.ctx.caseAccess.actorsFor(viewer, mediationCase);
    if (actors.has(CaseActor.APPLICANT) || isStaffOnCase(actors)) throw new ForbiddenError('邀请只能由被申请人本人答复：申请人和本案工作人员不能代为答复');
    const respondent = mediationCase.parties.getItems().find((p) => p.role === PartyRole.RESPONDENT && (!p.user || p.user.id === viewer.userId));
    if (!respondent) throw new ForbiddenError('该邀请已由其他人接受');
    if (respondent.phoneEncrypted && !respondent.user && !mediationCase.invitationIdentityCheck) {
      // Where the filing gave the respondent's phone, the holder of the code must have bound that
      // phone — unless the committee checked who it sent this invitation to (reissueInvitation).
      const account = await em.findOne(UserAccount, viewer.userId);
      if (!account?.phoneHash) throw new ForbiddenError('请先绑定手机号，以核实您是被申请人本人；也可以联系调委会核实身份后重新发送邀请');
      if (account.phoneHash !== lookupHash(this.ctx.secrets, 'phone', decrypt(this.ctx.secrets, respondent.phoneEncrypted))) {
        throw new ForbiddenError('您绑定的手机号与申请时填写的被申请人电话不一致，请联系调委会核实身份');
      }
    }
    respondent.user = ref(UserAccount, viewer.userId);
    if (!consent && !reason?.trim()) throw new UserInputError({ field: 'reason', reason: '请填写不同意调解的原因' });
    const action = consent ? CaseAction.CONSENT : CaseAction.REFUSE;
    if (!TRANSITIONS[action].from.includes(mediationCase.status)) throw new ConflictError('该案件已不在等待答复的状态', 'code');
    mediationCase.invitationCodeHash = null;
    mediationCase.invitationIdentityCheck = null;
    if (!consent) this.close(mediationCase, reason);
    return this.commit(em, mediationCase, action, TRANSITIONS[action].to, viewer.userId, CaseActor.RESPONDENT, reason?.trim() || null);
  }

  /**
   * The committee issues the respondent's invitation again — to send it once more, or because the
   * old one went to the wrong person: a new code, and the old one stops working. Only while the
   * case waits for the respondent's answer.
   */
  async reissueInvitation(caseId: string, identityCheck: string | null = null) {
    const check = identityCheck?.trim() || null;
    if (check !== null && (check.length < 4 || check.length > 200)) {
      throw new UserInputError({ field: 'identityCheck', reason: '请用 4 到 200 字写明如何核实了被申请人身份，如“电话核实本人，姓名与申请一致”' });
    }
    return this.change(caseId, async ({ mediationCase, actors, viewer }) => {
      if (!actors.has(CaseActor.COMMITTEE)) throw new ForbiddenError('只有承办调委会可以重新发送邀请');
      if (mediationCase.status !== CaseStatus.AWAITING_CONSENT) throw new ConflictError('案件已不在等待被申请人答复的状态', 'caseId');
      const invitationCode = newOpaqueToken(12);
      mediationCase.invitationCodeHash = sha256(invitationCode);
      // Checked by staff: whoever the committee gave this link to answers as the respondent, whatever phone they bound.
      mediationCase.invitationIdentityCheck = check;
      this.ctx.em.create(CaseEvent, {
        mediationCase, action: 'INVITATION_REISSUED', fromStatus: mediationCase.status, toStatus: mediationCase.status, actorUserId: viewer.userId, actorRole: CaseActor.COMMITTEE,
        note: check ? `已核实被申请人身份（${check}），重新发送调解邀请，此前的邀请链接失效` : '重新发送调解邀请，此前的邀请链接失效',
      });
      await this.ctx.em.flush();
      return { mediationCase, invitationCode };
    });
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
    return this.change(caseId, async ({ mediationCase, viewer }) => {
      const id = mediationCase.id;
      const em = this.ctx.em;
      const party = mediationCase.parties.getItems().find((p) => p.user?.id === viewer.userId);
      if (!party) throw new ForbiddenError('只有当事人可以选择调解员');
      if (mediationCase.status !== CaseStatus.CHOOSING_MEDIATOR) throw new ConflictError('现在不是选择调解员的时候', 'caseId');
      const menu = await this.menuOf(mediationCase);
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
      return this.commit(em, mediationCase, CaseAction.MUTUAL_CHOICE, TRANSITIONS.MUTUAL_CHOICE.to, null, CaseActor.SYSTEM, null, chosen);
    });
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
        // The respondent's invitation: shown once, to be shared as a card or link.
        const invitationCode = newOpaqueToken(12);
        mediationCase.invitationCodeHash = sha256(invitationCode);
        mediationCase.invitationIdentityCheck = null;
        return { invitationCode };
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
        const menu = await this.menuOf(mediationCase, 'all');
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

  /**
   * Who may mediate this case: what the parties are offered (the menu, widened upward until enough
   * fit), or for the committee's own arrangement every mediator up the chain. Those who stood down
   * from the case (回避) are never on it.
   */
  async menuOf(mediationCase: MediationCase, reach: 'offered' | 'all' = 'offered'): Promise<Set<number>> {
    const menu = await caseMenu(this.ctx.db, { committeeId: mediationCase.committee.id, disputeType: mediationCase.disputeType.code, caseId: mediationCase.id });
    return new Set(menu[reach].map((row) => row.mediatorId));
  }

  private close(mediationCase: MediationCase, note: string | null) {
    mediationCase.closedAt = new Date();
    mediationCase.closingNote = note?.trim() || undefined;
    mediationCase.invitationCodeHash = null;
    mediationCase.invitationIdentityCheck = null;
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


  private async suggest(regionCode: string, disputeType: string) {
    const committeeId = await suggestCommittee(this.ctx.db, regionCode, disputeType);
    if (committeeId === null) throw new UserInputError({ field: 'input.regionCode', reason: '该地区暂无可受理的调委会' });
    return committeeId;
  }

  addParty(em: EntityManager, mediationCase: MediationCase, role: PartyRole, input: PartyInput, userId: number | null) {
    em.create(CaseParty, {
      mediationCase,
      role,
      kind: input.kind,
      name: input.name.trim(),
      user: userId === null ? null : ref(UserAccount, userId),
      phoneEncrypted: input.phone ? encrypt(this.ctx.secrets, input.phone) : undefined,
      agentName: input.agentName ?? undefined,
      hasPowerOfAttorney: input.hasPowerOfAttorney,
      language: input.language ? canonicalLanguage(input.language) : null,
    });
  }

  private async nameOf(userId: number) {
    const user = await this.ctx.em.findOne(UserAccount, userId);
    return user?.realName ?? '申请人';
  }
}
