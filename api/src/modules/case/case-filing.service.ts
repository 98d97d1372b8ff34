import { ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { chinaDate } from '../../shared/china-time';
import { type FieldProblem, ForbiddenError, UserInputError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { DisputeType } from '../dispute-type/dispute-type.entity';
import { decrypt, encrypt } from '../identity/personal-data';
import { UserAccount } from '../identity/user-account.entity';
import { canonicalLanguage } from '../mediator/language-vocabulary';
import { queueCaseNotifications } from '../notification/notification.rules';
import { StaffRole } from '../staff/staff-role';
import type { Viewer } from '../staff/viewer';
import { evaluateWarnings } from '../warning/warning.rules';
import { acceptanceDueAt } from './acceptance.rules';
import { CaseChannel, CaseStatus, PartyKind, PartyRole, REFERRAL_CHANNELS } from './case-enums';
import { CaseEvent } from './case-event.entity';
import { newCaseFields } from './case-numbering';
import { CaseParty } from './case-party.entity';
import { MediationCase } from './case.entity';
import type { CaseInput, PartyInput, RegisterCaseInput } from './case.inputs';
import { suggestCommittee } from './case.queries';

/**
 * Filing and routing: a resident's application, or a case staff register for someone (walk-in,
 * grid report, referral), numbered and sent to the committee that should take it.
 */
export class CaseFilingService {
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
