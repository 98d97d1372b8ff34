import { randomUUID } from 'node:crypto';
import { TRANSITIONS } from '../api/src/modules/case/case-workflow';
import { startTestApi, type TestApi } from './support/api';
import { type FakeWeChat, startFakeWeChat } from './support/fake-wechat';
import { rollupDrift } from './support/statistics-rollup';

let api: TestApi;
let wechat: FakeWeChat;
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);

const CASE_FIELDS = `id number status channel version referralNumber disputeType { code } committee { id name } mediator { id }
  parties { role name phone isMe } timeline { action fromStatus toStatus actorRole note } allowedActions closedAt closingNote dueAt`;
const FILE = `mutation($input: CaseInput!) { fileCase(input: $input) { ${CASE_FIELDS} } }`;
const REGISTER = `mutation($input: RegisterCaseInput!) { registerCase(input: $input) { ${CASE_FIELDS} } }`;
const ACT = `mutation($id: ID!, $action: CaseAction!, $v: Int!, $input: CaseActionInput) {
  performCaseAction(caseId: $id, action: $action, expectedVersion: $v, input: $input) { invitationCode case { ${CASE_FIELDS} } } }`;
const GET = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} myRanking } }`;
const RESPOND = `mutation($code: String!, $consent: Boolean!, $reason: String) { respondToInvitation(code: $code, consent: $consent, reason: $reason) { ${CASE_FIELDS} } }`;
const RANK = `mutation($id: ID!, $m: [ID!]!, $leave: Boolean) { rankMediators(caseId: $id, mediatorIds: $m, leaveToCommittee: $leave) { ${CASE_FIELDS} } }`;

const tokens: Record<string, string> = {};
const as = async (name: string) => (tokens[name] ??= await api.login(name));

function caseInput(overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomUUID(),
    disputeType: 'NEIGHBOURHOOD',
    regionCode: '620602101201',
    facts: '邻居在两家之间的通道上堆放杂物，影响通行，多次沟通无果。',
    claims: '清除杂物，恢复通行',
    amountInvolved: '500',
    peopleInvolved: 2,
    applicants: [{ name: '李秀英', phone: '13912345678' }],
    // No phone for the respondent: who may answer an invitation filed with one is in respondent.test.ts.
    respondents: [{ name: '王建国' }],
    ...overrides,
  };
}

beforeAll(async () => {
  wechat = await startFakeWeChat();
  api = await startTestApi({ demo: true, env: { WECHAT_API_BASE: wechat.base, ...(process.env.DEBUG_LOG ? { NODE_ENV: 'development' } : {}) } });
});
afterAll(async () => {
  await api.close();
  await wechat.close();
});

async function act(token: string, id: string, action: string, version: number, input?: object) {
  return api.gql(ACT, { id, action, v: version, input }, token);
}

/** The township committee: the demo mediator account serves there. */
const township = async () => String((await sql("select id from committee where name = '黄羊镇人民调解委员会'"))[0].id);
const townshipMembers = async () =>
  (await sql("select mediator_id from membership where committee_id = (select id from committee where name = '黄羊镇人民调解委员会') and active order by mediator_id")).map((r) => String(r.mediator_id));

/** A filed and accepted case with a respondent who consented; returns its state. */
async function caseReadyForChoice(applicant: string, respondent: string) {
  const filed = (await api.gql(FILE, { input: caseInput({ committeeId: await township() }) }, await as(applicant))).data.fileCase;
  const accepted = (await act(await as('huangyang-admin'), filed.id, 'ACCEPT', filed.version)).data.performCaseAction;
  const consented = (await api.gql(RESPOND, { code: accepted.invitationCode, consent: true }, await as(respondent))).data.respondToInvitation;
  return consented;
}

const mediatorAccount = async () => (await sql("select s.mediator_id from staff_assignment s join user_account u on u.id = s.user_id where u.openid = 'dev:mediator'"))[0].mediator_id as number;

describe('filing', () => {
  it('routes a neighbour dispute to the village committee and numbers it per committee and year', async () => {
    const res = await api.gql(FILE, { input: caseInput({ respondents: [{ name: '王建国', phone: '13687654321' }] }) }, await as('resident-a'));
    expect(res.errors).toBeUndefined();
    const c = res.data.fileCase;
    expect(c.committee.name).toBe('黄羊村人民调解委员会');
    expect(c.number).toBe(`（${new Date().getFullYear()}）黄羊村调字第0001号`);
    expect(c).toMatchObject({ status: 'PENDING_ACCEPTANCE', channel: 'RESIDENT_ONLINE', disputeType: { code: 'NEIGHBOURHOOD' } });
    expect(c.timeline).toEqual([{ action: 'FILE', fromStatus: null, toStatus: 'PENDING_ACCEPTANCE', actorRole: 'RESIDENT_ONLINE', note: null }]);
    expect(c.allowedActions).toEqual(['WITHDRAW']);
    // The applicant sees their own phone masked, never the respondent's.
    expect(c.parties).toEqual([
      { role: 'APPLICANT', name: '李秀英', phone: '139****5678', isMe: true },
      { role: 'RESPONDENT', name: '王建国', phone: null, isMe: false },
    ]);
  });

  it('routes traffic and medical disputes to the industry committees', async () => {
    const traffic = await api.gql(FILE, { input: caseInput({ disputeType: 'TRAFFIC' }) }, await as('resident-a'));
    expect(traffic.data.fileCase.committee.name).toBe('凉州区道路交通事故纠纷人民调解委员会');
    const medical = await api.gql(FILE, { input: caseInput({ disputeType: 'MEDICAL' }) }, await as('resident-a'));
    expect(medical.data.fileCase.committee.name).toBe('凉州区医疗纠纷人民调解委员会');
  });

  it('creates one case for a double-tapped submit', async () => {
    const input = caseInput();
    const token = await as('resident-b');
    const results = await Promise.all(Array.from({ length: 5 }, () => api.gql(FILE, { input }, token)));
    const ids = new Set(results.map((r) => r.data?.fileCase?.id));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(ids.size).toBe(1);
    const [{ n }] = await sql('select count(*)::int as n from mediation_case where idempotency_key = ?', [input.idempotencyKey]);
    expect(n).toBe(1);
  });

  it('gives concurrent filings unique, gapless numbers', async () => {
    const [committee] = await sql("select id from committee where name = '黄羊镇人民调解委员会'");
    const token = await as('huangyang-admin');
    const results = await Promise.all(
      Array.from({ length: 25 }, () => api.gql(REGISTER, { input: { ...caseInput({ committeeId: String(committee.id) }), channel: 'WALK_IN' } }, token)),
    );
    expect(results.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    const seqs = (await sql('select number_seq from mediation_case where number_committee_id = ? order by number_seq', [committee.id])).map((r) => r.number_seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect(seqs.length).toBeGreaterThanOrEqual(25);
  });

  it('refuses bad input naming the field, creating nothing', async () => {
    const [{ n: before }] = await sql('select count(*)::int as n from mediation_case');
    const token = await as('resident-a');
    const cases: [Record<string, unknown>, string][] = [
      [{ disputeType: 'NOPE' }, 'input.disputeType'],
      [{ regionCode: '000000' }, 'input.regionCode'],
      [{ respondents: [] }, 'input.respondents'],
      [{ facts: '太短' }, 'input.facts'],
      [{ amountInvolved: 'abc' }, 'input.amountInvolved'],
      [{ respondents: [{ name: '王', phone: '12' }] }, 'input.respondents.0.name'],
      [{ idempotencyKey: 'x' }, 'input.idempotencyKey'],
    ];
    for (const [override, field] of cases) {
      const res = await api.gql(FILE, { input: caseInput(override) }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.problems.map((p: any) => p.field)).toContain(field);
    }
    const [{ n: after }] = await sql('select count(*)::int as n from mediation_case');
    expect(after).toBe(before);
  });
});

describe('intake channels', () => {
  it('records walk-ins, referrals with their reference numbers, grid reports and own initiative', async () => {
    const [village] = await sql("select id from committee where name = '黄羊村人民调解委员会'");
    const admin = await as('huangyang-sifasuo');
    for (const channel of ['WALK_IN', 'COURT_REFERRAL', 'POLICE_REFERRAL', 'PETITION_REFERRAL', 'PROCURATORATE_REFERRAL', 'OWN_INITIATIVE']) {
      const referral = channel.endsWith('REFERRAL') ? { referralNumber: '（2026）甘0602民诉前调123号' } : {};
      const res = await api.gql(REGISTER, { input: { ...caseInput({ committeeId: String(village.id) }), channel, ...referral } }, admin);
      expect(res.errors).toBeUndefined();
      expect(res.data.registerCase).toMatchObject({ channel, status: 'PENDING_ACCEPTANCE', referralNumber: referral.referralNumber ?? null });
    }
    const missing = await api.gql(REGISTER, { input: { ...caseInput(), channel: 'COURT_REFERRAL' } }, admin);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.referralNumber' });
    const grid = await api.gql(REGISTER, { input: { ...caseInput({ place: '黄羊村一组' , latitude: 37.7, longitude: 102.9 }), channel: 'GRID_REPORT' } }, await as('grid'));
    expect(grid.data.registerCase).toMatchObject({ channel: 'GRID_REPORT' });
    const notGrid = await api.gql(REGISTER, { input: { ...caseInput(), channel: 'GRID_REPORT' } }, await as('huangyang-admin'));
    expect(notGrid.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await api.gql(REGISTER, { input: { ...caseInput({ regionCode: '620602102201' }), channel: 'WALK_IN' } }, await as('huangyang-admin'));
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the whole way: consent, the mediator menu, mediation, success', () => {
  it('walks a case from filing to a successful outcome, recording every step', async () => {
    const resident = await as('resident-c');
    // Its own respondent: the many filings against 王建国 in this file form a cluster warning (warnings.test.ts).
    const filed = (await api.gql(FILE, { input: caseInput({ committeeId: await township(), respondents: [{ name: '孙立新', phone: '13687654321' }] }) }, resident)).data.fileCase;
    const staff = await as('huangyang-sifasuo'); // the justice office above the village committee
    const accepted = await act(staff, filed.id, 'ACCEPT', filed.version);
    expect(accepted.errors).toBeUndefined();
    const { invitationCode } = accepted.data.performCaseAction;
    expect(invitationCode).toMatch(/^[\w-]{16}$/);
    expect(accepted.data.performCaseAction.case.status).toBe('AWAITING_CONSENT');
    expect(new Date(accepted.data.performCaseAction.case.dueAt).getTime() - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);

    // The respondent opens the shared card before having an account…
    const invitation = await api.gql('query($c: String!) { caseInvitation(code: $c) { number committeeName disputeTypeLabel applicantNames guidance } }', { c: invitationCode });
    expect(invitation.data.caseInvitation).toMatchObject({ number: filed.number, committeeName: '黄羊镇人民调解委员会', disputeTypeLabel: '邻里', applicantNames: ['李秀英'] });
    expect(invitation.data.caseInvitation.guidance).toMatch(/诉讼、仲裁/);
    // …then signs in (WeChat creates the account), binds the phone the applicant gave for them, and consents.
    const respondent = await as('respondent-c');
    await api.gql('mutation { acceptPrivacyPolicy(version: "2026-11-01") { id } }', {}, respondent);
    expect((await api.gql('mutation { bindPhoneNumber(code: "phone:13687654321") { phone } }', {}, respondent)).errors).toBeUndefined();
    const consented = await api.gql(RESPOND, { code: invitationCode, consent: true }, respondent);
    expect(consented.data.respondToInvitation.status).toBe('CHOOSING_MEDIATOR');
    expect(consented.data.respondToInvitation.parties.find((p: any) => p.role === 'RESPONDENT').isMe).toBe(true);
    const reused = await api.gql(RESPOND, { code: invitationCode, consent: true }, respondent);
    expect(reused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // Both rank privately; the mediator on both lists with the lowest combined rank is chosen.
    const mediatorId = String(await mediatorAccount());
    const members = await townshipMembers();
    expect(members).toContain(mediatorId);
    const others = members.filter((m) => m !== mediatorId);
    const first = await api.gql(RANK, { id: filed.id, m: [...others.slice(0, 1), mediatorId] }, resident);
    expect(first.data.rankMediators.status).toBe('CHOOSING_MEDIATOR');
    expect((await api.gql(GET, { id: filed.id }, respondent)).data.case.myRanking).toEqual([]);
    const second = await api.gql(RANK, { id: filed.id, m: [mediatorId] }, respondent);
    expect(second.data.rankMediators).toMatchObject({ status: 'AWAITING_MEDIATOR', mediator: { id: mediatorId } });
    expect((await api.gql(GET, { id: filed.id }, resident)).data.case.myRanking).toEqual([...others.slice(0, 1), mediatorId]);

    const mediator = await as('mediator');
    let current = (await api.gql(GET, { id: filed.id }, mediator)).data.case;
    expect(current.allowedActions.sort()).toEqual(['MEDIATOR_ACCEPT', 'MEDIATOR_DECLINE']);
    current = (await act(mediator, filed.id, 'MEDIATOR_ACCEPT', current.version)).data.performCaseAction.case;
    expect(current.status).toBe('IN_MEDIATION');
    // The mediator's workbench lists it; another mediator's does not.
    const workbench = await api.gql('query($s: [CaseStatus!]) { assignedCases(statuses: $s) { nodes { number } } }', { s: ['IN_MEDIATION'] }, mediator);
    expect(workbench.data.assignedCases.nodes.map((n: any) => n.number)).toContain(filed.number);
    const closed = await api.gql('query($s: [CaseStatus!]) { assignedCases(statuses: $s) { nodes { number } } }', { s: ['SUCCEEDED'] }, mediator);
    expect(closed.data.assignedCases.nodes.map((n: any) => n.number)).not.toContain(filed.number);
    // Staff see both parties' phones masked.
    expect(current.parties.map((p: any) => p.phone)).toEqual(['139****5678', '136****4321']);
    const early = await act(mediator, filed.id, 'RECORD_SUCCESS', current.version, { reason: '双方达成口头协议' });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'action' }); // no agreement yet
    const oral = await api.gql('mutation($id: ID!) { draftAgreement(caseId: $id, input: { kind: ORAL, factsAndResponsibilities: "双方同意当场清除通道杂物，今后互不占用。" }) { kind } }', { id: filed.id }, mediator);
    expect(oral.errors).toBeUndefined();
    current = (await act(mediator, filed.id, 'RECORD_SUCCESS', current.version, { reason: '双方达成口头协议，当场清除杂物' })).data.performCaseAction.case;
    expect(current).toMatchObject({ status: 'SUCCEEDED', closingNote: '双方达成口头协议，当场清除杂物', allowedActions: [] });
    expect(current.closedAt).not.toBeNull();
    expect(current.timeline.map((e: any) => [e.action, e.fromStatus, e.toStatus, e.actorRole])).toEqual([
      ['FILE', null, 'PENDING_ACCEPTANCE', 'RESIDENT_ONLINE'],
      ['ACCEPT', 'PENDING_ACCEPTANCE', 'AWAITING_CONSENT', 'COMMITTEE'],
      ['CONSENT', 'AWAITING_CONSENT', 'CHOOSING_MEDIATOR', 'RESPONDENT'],
      ['MUTUAL_CHOICE', 'CHOOSING_MEDIATOR', 'AWAITING_MEDIATOR', 'SYSTEM'],
      ['MEDIATOR_ACCEPT', 'AWAITING_MEDIATOR', 'IN_MEDIATION', 'ASSIGNED_MEDIATOR'],
      ['AGREEMENT_DRAFTED', 'IN_MEDIATION', 'IN_MEDIATION', 'ASSIGNED_MEDIATOR'],
      ['RECORD_SUCCESS', 'IN_MEDIATION', 'SUCCEEDED', 'ASSIGNED_MEDIATOR'],
    ]);
    // The menu shows the mediator's track record, this case included.
    const [counts] = await sql("select count(*)::int as closed, count(*) filter (where status = 'SUCCEEDED')::int as successful from mediation_case where mediator_id = ? and status in ('SUCCEEDED', 'FAILED')", [mediatorId]);
    expect(counts.successful).toBeGreaterThanOrEqual(1);
    const record = await api.gql('query($id: ID!) { mediator(id: $id) { closedCases successfulCases } }', { id: mediatorId });
    expect(record.data.mediator).toEqual({ closedCases: counts.closed, successfulCases: counts.successful });
    const stranger = await api.gql(GET, { id: filed.id }, await as('resident-stranger'));
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('ends the case when the respondent refuses (mediation is voluntary), with the reason', async () => {
    const filed = (await api.gql(FILE, { input: caseInput() }, await as('resident-d'))).data.fileCase;
    const { invitationCode } = (await act(await as('huangyang-sifasuo'), filed.id, 'ACCEPT', filed.version)).data.performCaseAction;
    const noReason = await api.gql(RESPOND, { code: invitationCode, consent: false }, await as('respondent-d'));
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const refused = (await api.gql(RESPOND, { code: invitationCode, consent: false, reason: '已向法院起诉' }, await as('respondent-d'))).data.respondToInvitation;
    expect(refused).toMatchObject({ status: 'REFUSED', closingNote: '已向法院起诉', allowedActions: [] });
    expect(refused.timeline.at(-1)).toMatchObject({ action: 'REFUSE', actorRole: 'RESPONDENT', note: '已向法院起诉' });
  });

  it('without a mutual choice the committee assigns; a declining mediator cannot be chosen again (回避)', async () => {
    const ready = await caseReadyForChoice('resident-e', 'respondent-e');
    // Two more mediators on the township's menu, appointed the usual way.
    const admin = await as('admin');
    const outsiders = (await sql('select id from mediator where id not in (select mediator_id from membership where committee_id = ?) order by id limit 2', [Number(await township())])).map((r) => String(r.id));
    for (const mediatorId of outsiders) {
      const added = await api.gql('mutation($c: ID!, $m: ID!) { addMembership(input: { committeeId: $c, mediatorId: $m }) { id } }', { c: await township(), m: mediatorId }, admin);
      expect(added.errors).toBeUndefined();
    }
    const members = await townshipMembers();
    expect(members.length).toBeGreaterThanOrEqual(3);
    await api.gql(RANK, { id: ready.id, m: [outsiders[0]] }, await as('resident-e'));
    const none = (await api.gql(RANK, { id: ready.id, m: [outsiders[1]] }, await as('respondent-e'))).data.rankMediators;
    expect(none.status).toBe('CHOOSING_MEDIATOR');
    expect(none.timeline.at(-1).action).toBe('NO_MUTUAL_CHOICE');

    const staff = await as('huangyang-sifasuo');
    const mediatorId = String(await mediatorAccount());
    let current = (await act(staff, ready.id, 'ASSIGN_MEDIATOR', none.version, { mediatorId })).data.performCaseAction.case;
    expect(current).toMatchObject({ status: 'AWAITING_MEDIATOR', mediator: { id: mediatorId } });
    const mediator = await as('mediator');
    const noReason = await act(mediator, ready.id, 'MEDIATOR_DECLINE', current.version);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    current = (await act(mediator, ready.id, 'MEDIATOR_DECLINE', current.version, { reason: '与被申请人是亲戚，申请回避' })).data.performCaseAction.case;
    expect(current).toMatchObject({ status: 'CHOOSING_MEDIATOR', mediator: null });
    const again = await api.gql(RANK, { id: ready.id, m: [mediatorId] }, await as('resident-e'));
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mediatorIds' });
    const reassign = await act(staff, ready.id, 'ASSIGN_MEDIATOR', current.version, { mediatorId });
    expect(reassign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.mediatorId' });
  });

  it('lets a party ask for another mediator, and the applicant withdraw', async () => {
    const ready = await caseReadyForChoice('resident-f', 'respondent-f');
    const staff = await as('huangyang-sifasuo');
    const mediatorId = String(await mediatorAccount());
    let current = (await act(staff, ready.id, 'ASSIGN_MEDIATOR', ready.version, { mediatorId })).data.performCaseAction.case;
    current = (await act(await as('mediator'), ready.id, 'MEDIATOR_ACCEPT', current.version)).data.performCaseAction.case;
    current = (await act(await as('respondent-f'), ready.id, 'REQUEST_REPLACEMENT', current.version, { reason: '认为调解员偏向对方' })).data.performCaseAction.case;
    expect(current).toMatchObject({ status: 'CHOOSING_MEDIATOR', mediator: null });
    const byRespondent = await act(await as('respondent-f'), ready.id, 'WITHDRAW', current.version, { reason: '不想调了' });
    expect(byRespondent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    current = (await act(await as('resident-f'), ready.id, 'WITHDRAW', current.version, { reason: '双方已自行和解' })).data.performCaseAction.case;
    expect(current.status).toBe('WITHDRAWN');
  });

  it('transfers to another committee and escalates village → township', async () => {
    const filed = (await api.gql(FILE, { input: caseInput() }, await as('resident-g'))).data.fileCase;
    const staff = await as('huangyang-sifasuo');
    const escalated = (await act(staff, filed.id, 'ESCALATE', filed.version, { reason: '涉及多户，村调委会难以调处' })).data.performCaseAction.case;
    expect(escalated).toMatchObject({ status: 'PENDING_ACCEPTANCE', committee: { name: '黄羊镇人民调解委员会' } });
    const [target] = await sql("select id from committee where name = '凉州区矛盾纠纷联调中心'");
    const sifaju = await as('sifaju');
    const transferred = (await act(sifaju, filed.id, 'TRANSFER', escalated.version, { committeeId: String(target.id), reason: '转联调中心联合调处' })).data.performCaseAction.case;
    expect(transferred.committee.name).toBe('凉州区矛盾纠纷联调中心');
    // The township office no longer reaches it.
    expect((await api.gql(GET, { id: filed.id }, staff)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the workflow table is the only way a case moves', () => {
  it('refuses every action that is not allowed from the current status, changing nothing', async () => {
    const filed = (await api.gql(FILE, { input: caseInput() }, await as('resident-h'))).data.fileCase;
    const admin = await as('admin');
    const before = await sql('select status, version, (select count(*) from case_event where mediation_case_id = ?) as events from mediation_case where id = ?', [Number(filed.id), Number(filed.id)]);
    for (const action of Object.keys(TRANSITIONS)) {
      if (TRANSITIONS[action as keyof typeof TRANSITIONS].from.includes('PENDING_ACCEPTANCE' as never)) continue;
      const res = await act(admin, filed.id, action, filed.version, { reason: '测试', mediatorId: '1', committeeId: '1' });
      expect([action, res.errors?.[0]?.extensions?.code]).toEqual([action, 'CONFLICT']);
    }
    const after = await sql('select status, version, (select count(*) from case_event where mediation_case_id = ?) as events from mediation_case where id = ?', [Number(filed.id), Number(filed.id)]);
    expect(after).toEqual(before);
    const stale = await act(admin, filed.id, 'ACCEPT', filed.version - 1);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
  });

  it('refuses, from every status, every action the table does not allow from it', async () => {
    const admin = await as('admin');
    const statuses = ['PENDING_ACCEPTANCE', 'AWAITING_CONSENT', 'CHOOSING_MEDIATOR', 'AWAITING_MEDIATOR', 'IN_MEDIATION', 'SUCCEEDED', 'FAILED', 'WITHDRAWN', 'REFUSED'];
    let tried = 0;
    for (const status of statuses) {
      const filed = (await api.gql(FILE, { input: caseInput() }, await as('resident-every'))).data.fileCase;
      await sql('update mediation_case set status = ?, version = version + 1 where id = ?', [status, Number(filed.id)]);
      const version = filed.version + 1;
      for (const [action, transition] of Object.entries(TRANSITIONS)) {
        if ((transition.from as readonly string[]).includes(status)) continue;
        const res = await act(admin, filed.id, action, version, { reason: '测试', mediatorId: '1', committeeId: '1' });
        expect([status, action, res.errors?.[0]?.extensions?.code]).toEqual([status, action, 'CONFLICT']);
        tried++;
      }
      const [row] = await sql('select status, version from mediation_case where id = ?', [Number(filed.id)]);
      expect(row).toEqual({ status, version });
    }
    expect(tried).toBeGreaterThan(80);
  });

  it('lets exactly one of 50 concurrent transitions win; the others get CONFLICT', async () => {
    const filed = (await api.gql(FILE, { input: caseInput() }, await as('resident-i'))).data.fileCase;
    const staff = await as('huangyang-sifasuo');
    const results = await Promise.all(Array.from({ length: 50 }, () => act(staff, filed.id, 'ACCEPT', filed.version)));
    const wins = results.filter((r) => !r.errors);
    const codes = results.filter((r) => r.errors).map((r) => r.errors![0].extensions!.code);
    expect(results.filter((r) => r.errors && r.errors[0].extensions!.code !== 'CONFLICT').map((r) => r.errors![0].extensions!.detail).slice(0, 2)).toEqual([]);
    expect(wins).toHaveLength(1);
    expect(codes).toEqual(Array(49).fill('CONFLICT'));
    const events = await sql("select action from case_event where mediation_case_id = ? and action = 'ACCEPT'", [Number(filed.id)]);
    expect(events).toHaveLength(1);
    const [row] = await sql('select status, version from mediation_case where id = ?', [Number(filed.id)]);
    expect(row).toEqual({ status: 'AWAITING_CONSENT', version: filed.version + 1 });
  });
});

// Runs last: every step above went through the triggers that keep the statistics rollup.
it('leaves the statistics rollup equal to a recount of every case', async () => {
  expect(await api.sql('select count(*)::int as n from case_statistics')).not.toEqual([{ n: 0 }]);
  expect(await rollupDrift(api)).toEqual([]);
});
