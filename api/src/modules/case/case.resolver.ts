import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth-checker';
import type { Context } from '../../context';
import { UserInputError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { CommitteeView } from '../committee/committee.view';
import { DisputeTypeView } from '../dispute-type/dispute-type.view';
import { DISPUTE_TYPE_VOCABULARY } from '../dispute-type/dispute-type-vocabulary';
import { decrypt, maskPhone } from '../identity/personal-data';
import { MediatorView } from '../mediator/mediator.view';
import { Policy } from '../staff/policy';
import { StaffRole } from '../staff/staff-role';
import { CaseChannel, CaseStatus, DeadlineState, DUE_SOON_DAYS, PartyRole } from './case-enums';
import { CaseEvent } from './case-event.entity';
import { audienceOf, isStaffOnCase, seesEvent } from './case-event.audience';
import { CaseAction, OPEN_STATUSES, TRANSITIONS } from './case-workflow';
import { MediationCase } from './case.entity';
import { CaseActionInput, CaseInput, PastCaseInput, RegisterCaseInput } from './case.inputs';
import { CaseBackfillService } from './case-backfill.service';
import { CaseService } from './case.service';
import { CaseFilingService } from './case-filing.service';
import { CaseInvitationService } from './case-invitation.service';
import { MediatorChoiceService } from './mediator-choice.service';
import { CaseOversightService } from './case-oversight.service';
import { CaseStatementService } from './case-statement.service';
import { JointMediationService } from './joint-mediation.service';
import { caseMenu, menuNote, tierLabel } from './case-menu';
import { casePage } from './case-list';
import { nextStepsOf } from './next-steps';
import { MEDIATOR_REQUEST_STATUS_LABEL, MediatorRequest } from './mediator-request.entity';
import { MediatorRequestService } from './mediator-request.service';
import { openCaseAgainst } from './case.queries';
import { ACCEPTANCE_DUE_SOON_HOURS } from './acceptance.rules';
import { CaseActionResultView, CaseConnection, CaseMediatorMenuView, CaseNextStepView, MediatorRequestView, CaseEventView, CaseInvitationView, CasePartyView, CaseView } from './case.views';
import { CaseJointDepartment } from './joint-committee.entity';
import { MediatorRanking } from './mediator-ranking.entity';
import { sha256 } from '../identity/tokens';

@ArgsType()
class CaseListArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

const labelOf = (code: string) => DISPUTE_TYPE_VOCABULARY.find((d) => d.code === code)?.label ?? code;

@Resolver(() => CaseView)
export class CaseResolver {
  @Authorized(Role.USER)
  @Query(() => CaseView, { description: '一件案件（当事人、承办调委会工作人员、承办调解员可见）' })
  async case(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return (await ctx.caseAccess.loadVisible(id, 'id')).mediationCase;
  }

  @Authorized(Role.USER)
  @Query(() => CaseConnection, { description: '我作为当事人的案件，新的在前' })
  async myCases(@Args() { first, after }: CaseListArgs, @Ctx() ctx: Context) {
    const viewer = await ctx.requireViewer();
    return this.page(ctx, { parties: { user: viewer.userId } }, first, after);
  }

  @Authorized(Role.USER)
  @Query(() => CaseView, { nullable: true, description: '提交前查重：我作为申请人、针对同名被申请人、尚未办结的案件（最新一件），没有则为空' })
  async myOpenCaseAgainst(@Arg('respondentName') respondentName: string, @Ctx() ctx: Context) {
    const viewer = await ctx.requireViewer();
    const name = respondentName.trim();
    if (!name) throw new UserInputError({ field: 'respondentName', reason: '请填写被申请人姓名或单位' });
    const [found] = await ctx.db.rows<{ id: number }>(openCaseAgainst(viewer.userId, name));
    return found ? ctx.em.findOne(MediationCase, found.id, { populate: ['parties'] }) : null;
  }

  @Authorized(Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN)
  @Query(() => CaseConnection, { description: '调委会的案件（受理台），新的在前' })
  async committeeCases(
    @Arg('committeeId', () => ID) committeeId: string,
    @Arg('statuses', () => [CaseStatus], { nullable: true }) statuses: CaseStatus[] | null,
    @Args() { first, after }: CaseListArgs,
    @Ctx() ctx: Context,
  ) {
    const id = parseId(committeeId, 'committeeId');
    await (await Policy.of(ctx)).assertCommittee(id, { structural: false });
    return this.page(ctx, { committee: id, ...(statuses?.length ? { status: { $in: statuses } } : {}) }, first, after);
  }

  @Authorized(Role.MEDIATOR)
  @Query(() => CaseConnection, { description: '指派给我（调解员）的案件，新的在前' })
  async assignedCases(
    @Arg('statuses', () => [CaseStatus], { nullable: true }) statuses: CaseStatus[] | null,
    @Args() { first, after }: CaseListArgs,
    @Ctx() ctx: Context,
  ) {
    const viewer = await ctx.requireViewer();
    const mediatorIds = viewer.scopes(StaffRole.MEDIATOR).map((s) => s.mediatorId).filter((id): id is number => id !== null);
    return this.page(ctx, { mediator: { $in: mediatorIds }, ...(statuses?.length ? { status: { $in: statuses } } : {}) }, first, after);
  }

  @Authorized(Role.GRID_OFFICER, Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN)
  @Query(() => CaseConnection, { description: '我登记或上报的案件（网格上报、来访登记、委派移送等）及其办理情况，新的在前' })
  async myRegisteredCases(@Args() { first, after }: CaseListArgs, @Ctx() ctx: Context) {
    const viewer = await ctx.requireViewer();
    return this.page(ctx, { createdBy: viewer.userId, channel: { $ne: CaseChannel.RESIDENT_ONLINE } }, first, after);
  }

  @Query(() => CaseInvitationView, { description: '被申请人打开的邀请（凭邀请码，无需账号）' })
  async caseInvitation(@Arg('code') code: string, @Ctx() ctx: Context) {
    const found = code.trim() ? await ctx.em.findOne(MediationCase, { invitationCodeHash: sha256(code.trim()) }, { populate: ['parties'] }) : null;
    if (!found) throw new UserInputError({ field: 'code', reason: '邀请码无效或已使用' });
    const committee = await ctx.loaders.committeeById.load(found.committee.id);
    const viewer = await ctx.viewer();
    // The claims are for the respondent: a signed-in holder whose identity checks out (their bound phone is the one on file, or the committee vouched).
    const identityProblem = viewer ? await new CaseInvitationService(ctx).identityProblem(viewer, found) : null;
    return {
      number: found.number,
      committeeName: committee?.name ?? '',
      disputeTypeLabel: labelOf(found.disputeType.code),
      applicantNames: found.parties.getItems().filter((p) => p.role === PartyRole.APPLICANT).map((p) => p.name),
      guidance: '人民调解遵循自愿、平等原则，不收取任何费用。您可以同意调解；也可以不同意，通过诉讼、仲裁、行政处理等途径解决。',
      // What is asked of the respondent, read before answering.
      claims: viewer && !identityProblem ? found.claims : null,
      identityProblem,
    };
  }

  @FieldResolver(() => DisputeTypeView)
  disputeType(@Root() c: MediationCase) {
    return { code: c.disputeType.code, label: labelOf(c.disputeType.code) };
  }

  @FieldResolver(() => String, { description: '纠纷发生地区划代码' })
  regionCode(@Root() c: MediationCase) {
    return c.region.code;
  }

  @FieldResolver(() => CommitteeView, { description: '承办调委会' })
  committee(@Root() c: MediationCase, @Ctx() { loaders }: Context) {
    return loaders.committeeById.load(c.committee.id);
  }

  @FieldResolver(() => [CommitteeView], { description: '参与联合调处的调委会' })
  async jointCommittees(@Root() c: MediationCase, @Ctx() ctx: Context) {
    const joined = await ctx.caseAccess.jointCommittees.load(c.id);
    return Promise.all(joined.map((id) => ctx.loaders.committeeById.load(id)));
  }

  @FieldResolver(() => [String], { description: '参与联合调处的职能部门' })
  async jointDepartments(@Root() c: MediationCase, @Ctx() ctx: Context) {
    return (await ctx.em.find(CaseJointDepartment, { mediationCase: c.id }, { orderBy: { id: 'asc' } })).map((d) => d.name);
  }

  @FieldResolver(() => MediatorView, { nullable: true, description: '承办调解员' })
  mediator(@Root() c: MediationCase, @Ctx() { loaders }: Context) {
    return c.mediator ? loaders.mediatorById.load(c.mediator.id) : null;
  }

  @FieldResolver(() => CaseMediatorMenuView, {
    description: '本案可选的调解员（点单式）：承办调委会的调解员；擅长领域相符的不足 5 位时逐级加入上级调委会、县级调委会和专家库',
  })
  async mediatorMenu(@Root() c: MediationCase, @Ctx() ctx: Context) {
    const menu = await caseMenu(ctx.db, { committeeId: c.committee.id, disputeType: c.disputeType.code, caseId: c.id });
    const committee = await ctx.loaders.committeeById.load(c.committee.id);
    const mediators = await Promise.all(menu.offered.map((row) => ctx.loaders.mediatorById.load(row.mediatorId)));
    const offeredBy = await Promise.all(menu.offered.map(async (row) => (row.committeeId === null ? '专家库' : (await ctx.loaders.committeeById.load(row.committeeId))?.name ?? '')));
    return {
      note: menuNote(committee?.name ?? '承办调委会', menu.reach),
      fittingCount: menu.offered.filter((row) => row.fits).length,
      entries: menu.offered.flatMap((row, i) => {
        const mediator = mediators[i];
        return mediator ? [{ mediator, tierLabel: tierLabel(row.tier), offeredBy: offeredBy[i], fitsDisputeType: row.fits, speaksPartyLanguage: row.speaks, openCases: row.openCases }] : [];
      }),
    };
  }

  @FieldResolver(() => DeadlineState, { nullable: true, description: '办理期限状态；未受理或已办结的案件为空' })
  deadlineState(@Root() c: MediationCase) {
    if (!c.dueAt || c.closedAt) return null;
    const left = c.dueAt.getTime() - Date.now();
    return left < 0 ? DeadlineState.OVERDUE : left < DUE_SOON_DAYS * 86_400_000 ? DeadlineState.DUE_SOON : DeadlineState.ON_TIME;
  }

  @FieldResolver(() => DeadlineState, { nullable: true, description: '受理期限状态；只对待受理的案件有值（逾期未受理的案件自动移交上级调委会）' })
  acceptanceState(@Root() c: MediationCase) {
    if (c.status !== CaseStatus.PENDING_ACCEPTANCE || !c.acceptanceDueAt) return null;
    const left = c.acceptanceDueAt.getTime() - Date.now();
    return left < 0 ? DeadlineState.OVERDUE : left < ACCEPTANCE_DUE_SOON_HOURS * 3_600_000 ? DeadlineState.DUE_SOON : DeadlineState.ON_TIME;
  }

  @FieldResolver(() => [CasePartyView])
  async parties(@Root() c: MediationCase, @Ctx() ctx: Context) {
    const viewer = await ctx.requireViewer();
    const actors = await ctx.caseAccess.actorsFor(viewer, c);
    const staff = isStaffOnCase(actors);
    return c.parties.getItems().map((p) => {
      const isMe = p.user?.id === viewer.userId;
      return {
        id: p.id,
        role: p.role,
        kind: p.kind,
        name: p.name,
        agentName: p.agentName ?? null,
        hasPowerOfAttorney: p.hasPowerOfAttorney,
        // A party never sees the other side's contact details (PIPL); staff see them masked.
        phone: (staff || isMe) && p.phoneEncrypted ? maskPhone(decrypt(ctx.secrets, p.phoneEncrypted)) : null,
        isMe,
        statement: p.statement ?? null,
        language: p.language ?? null,
        statementAt: p.statementAt ?? null,
      };
    });
  }

  @FieldResolver(() => [CaseEventView], { description: '时间线，先发生的在前；当事人只看到给当事人看的记录（见 audience）' })
  async timeline(@Root() c: MediationCase, @Ctx() ctx: Context) {
    const viewer = await ctx.requireViewer();
    const actors = await ctx.caseAccess.actorsFor(viewer, c);
    const events = await ctx.em.find(CaseEvent, { mediationCase: c.id }, { orderBy: { id: 'asc' } });
    return events.filter((e) => seesEvent(e, viewer.userId, actors)).map((e) => ({ ...e, audience: audienceOf(e.action) }));
  }

  @FieldResolver(() => [CaseAction], { description: '当前用户此刻可以执行的流转操作' })
  async allowedActions(@Root() c: MediationCase, @Ctx() ctx: Context) {
    const actors = await ctx.caseAccess.actorsFor(await ctx.requireViewer(), c);
    return (Object.keys(TRANSITIONS) as CaseAction[]).filter(
      (action) => TRANSITIONS[action].from.includes(c.status) && TRANSITIONS[action].by.some((a) => actors.has(a)),
    );
  }

  @FieldResolver(() => [MediatorRequestView], { description: '指名的调解员：工作人员看全部，当事人只看自己指名的' })
  async mediatorRequests(@Root() c: MediationCase, @Ctx() ctx: Context) {
    const viewer = await ctx.requireViewer();
    const staff = isStaffOnCase(await ctx.caseAccess.actorsFor(viewer, c));
    const mine = new Set(c.parties.getItems().filter((p) => p.user?.id === viewer.userId).map((p) => p.id));
    const requests = (await ctx.em.find(MediatorRequest, { mediationCase: c.id }, { orderBy: { id: 'asc' } })).filter((r) => staff || mine.has(r.party.id));
    const mediators = await Promise.all(requests.map((r) => ctx.loaders.mediatorById.load(r.mediator.id)));
    return requests.flatMap((r, i) => {
      const mediator = mediators[i];
      const party = c.parties.getItems().find((p) => p.id === r.party.id);
      return mediator && party
        ? [{ id: r.id, mediator, requestedBy: party.role, reason: r.reason ?? null, status: r.status, statusLabel: MEDIATOR_REQUEST_STATUS_LABEL[r.status], answer: r.answer ?? null, createdAt: r.createdAt }]
        : [];
    });
  }

  @FieldResolver(() => [CaseNextStepView], { description: '办结后告诉当事人接下来怎么办；未办结时为空' })
  nextSteps(@Root() c: MediationCase, @Ctx() ctx: Context) {
    return nextStepsOf(ctx.em, c);
  }

  @FieldResolver(() => Boolean, { description: '我能否对本案提出督办（上级调委会、司法行政机关，且案件未办结）' })
  async canSupervise(@Root() c: MediationCase, @Ctx() ctx: Context) {
    const viewer = await ctx.requireViewer();
    return (OPEN_STATUSES as readonly CaseStatus[]).includes(c.status) && CaseOversightService.oversees(viewer, await ctx.caseAccess.actorsFor(viewer, c), c);
  }

  @FieldResolver(() => [ID], { description: '我（当事人）选择的调解员，按顺序；对方看不到' })
  async myRanking(@Root() c: MediationCase, @Ctx() ctx: Context) {
    const viewer = await ctx.requireViewer();
    const rankings = await ctx.em.find(MediatorRanking, { mediationCase: c.id, party: { user: viewer.userId } }, { orderBy: { rank: 'asc' } });
    return rankings.flatMap((r) => (r.mediator ? [String(r.mediator.id)] : []));
  }

  @Authorized(Role.USER)
  @Mutation(() => CaseView, { description: '群众申请调解；同一 idempotencyKey 只会创建一件案件' })
  fileCase(@Arg('input') input: CaseInput, @Ctx() ctx: Context) {
    return new CaseFilingService(ctx).file(input);
  }

  @Authorized(Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.GRID_OFFICER, Role.MEDIATOR, Role.SYSTEM_ADMIN)
  @Mutation(() => CaseView, { description: '工作人员登记案件：来访、网格上报、委派移送、主动调解' })
  registerCase(@Arg('input') input: RegisterCaseInput, @Ctx() ctx: Context) {
    return new CaseFilingService(ctx).register(input);
  }

  @Authorized(Role.USER)
  @Mutation(() => CaseActionResultView, { description: '案件流转：是否允许由状态和操作者身份决定，见 allowedActions' })
  async performCaseAction(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('action', () => CaseAction) action: CaseAction,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => CaseActionInput, { nullable: true }) input: CaseActionInput | null,
    @Ctx() ctx: Context,
  ) {
    const { mediationCase, invitationCode } = await new CaseService(ctx).perform(caseId, action, expectedVersion, input ?? {});
    return { case: mediationCase, invitationCode };
  }

  @Authorized(Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN)
  @Mutation(() => CaseView, { description: '联合调处：邀请其他调委会共同调解（其工作人员可查看案件、安排调解、记录联系）' })
  inviteJointCommittee(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('committeeId', () => ID) committeeId: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return new JointMediationService(ctx).inviteJointCommittee(caseId, committeeId, note);
  }

  @Authorized(Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN)
  @Mutation(() => CaseView, { description: '联合调处：记录参与调处的职能部门（部门报到）' })
  inviteJointDepartment(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('name') name: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return new JointMediationService(ctx).inviteJointDepartment(caseId, name, note);
  }

  @Authorized(Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN)
  @Mutation(() => CaseView, { description: '补录：启用本系统前已办结的案件按台账登记，带真实的受理和办结日期，计入当期统计；同一 idempotencyKey 只登记一次' })
  recordPastCase(@Arg('input') input: PastCaseInput, @Ctx() ctx: Context) {
    return new CaseBackfillService(ctx).record(input);
  }

  @Authorized(Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN)
  @Mutation(() => CaseView, { description: '督办：上级调委会或司法行政机关对未办结的案件提出督办意见，承办调委会收到通知；当事人看不到' })
  superviseCase(@Arg('caseId', () => ID) caseId: string, @Arg('note') note: string, @Ctx() ctx: Context) {
    return new CaseOversightService(ctx).supervise(caseId, note);
  }

  @Authorized(Role.USER)
  @Mutation(() => CaseView, { description: '被申请人答复调解邀请：同意，或不同意并说明原因' })
  respondToInvitation(
    @Arg('code') code: string,
    @Arg('consent') consent: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return new CaseInvitationService(ctx).respondToInvitation(code, consent, reason);
  }

  @Authorized(Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN)
  @Mutation(() => CaseActionResultView, {
    description: '重新发送被申请人的调解邀请（承办调委会，等待答复期间）：生成新的邀请码，此前的失效。填写 identityCheck（如何核实了被申请人身份）时，持新邀请的人无须绑定与申请时相同的手机号',
  })
  async reissueInvitation(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('identityCheck', () => String, { nullable: true, description: '调委会如何核实了被申请人身份，如“电话核实本人，姓名与申请一致”' }) identityCheck: string | null,
    @Ctx() ctx: Context,
  ) {
    const { mediationCase, invitationCode } = await new CaseInvitationService(ctx).reissueInvitation(caseId, identityCheck);
    return { case: mediationCase, invitationCode };
  }

  @Authorized(Role.USER)
  @Mutation(() => CaseView, { description: '当事人指名本县（区）名册中的任一调解员（不在本案菜单中也可以），由调委会安排或说明不能安排的原因；对方看不到' })
  async requestMediator(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('mediatorId', () => ID) mediatorId: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    const request = await new MediatorRequestService(ctx).request(caseId, mediatorId, reason);
    return ctx.em.findOneOrFail(MediationCase, request.mediationCase.id, { populate: ['parties'] });
  }

  @Authorized(Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN)
  @Mutation(() => CaseView, { description: '调委会答复当事人的指名：安排（即指派该调解员），或说明不能安排的原因' })
  async answerMediatorRequest(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('arrange') arrange: boolean,
    @Arg('answer', () => String, { nullable: true }) answer: string | null,
    @Ctx() ctx: Context,
  ) {
    const request = await new MediatorRequestService(ctx).answer(requestId, arrange, answer);
    return ctx.em.findOneOrFail(MediationCase, request.mediationCase.id, { populate: ['parties'] });
  }

  @Authorized(Role.USER)
  @Mutation(() => CaseView, { description: '当事人提交自己对纠纷的陈述（被申请人的说法），办结前可以修改；每一版都记在时间线上' })
  submitStatement(@Arg('caseId', () => ID) caseId: string, @Arg('statement') statement: string, @Ctx() ctx: Context) {
    return new CaseStatementService(ctx).submitStatement(caseId, statement);
  }

  @Authorized(Role.USER)
  @Mutation(() => CaseView, { description: '当事人私下选择最多三位调解员（按意愿排序），或交由调委会指派' })
  rankMediators(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('mediatorIds', () => [ID], { defaultValue: [] }) mediatorIds: string[],
    @Arg('leaveToCommittee', { defaultValue: false }) leaveToCommittee: boolean,
    @Ctx() ctx: Context,
  ) {
    return new MediatorChoiceService(ctx).rank(caseId, mediatorIds, leaveToCommittee);
  }

  private page(ctx: Context, where: object, first: number | null | undefined, after: string | null | undefined) {
    return casePage(ctx, where, first, after);
  }
}
