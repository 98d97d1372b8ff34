import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from './support/api';
import { rollupDrift } from './support/statistics-rollup';

/** Every intake channel walked to every outcome, each step through the public API. */
let api: TestApi;
const tokens: Record<string, string> = {};
const as = async (name: string) => (tokens[name] ??= await api.login(name));
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);
const ACT = `mutation($id: ID!, $action: CaseAction!, $v: Int!, $input: CaseActionInput) {
  performCaseAction(caseId: $id, action: $action, expectedVersion: $v, input: $input) { invitationCode case { id version status dueAt } } }`;

let township: string;
let mediatorId: string;

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  township = String((await sql("select id from committee where name = '黄羊镇人民调解委员会'"))[0].id);
  mediatorId = String((await sql("select s.mediator_id from staff_assignment s join user_account u on u.id = s.user_id where u.openid = 'dev:mediator'"))[0].mediator_id);
});
afterAll(() => api.close());

const CHANNELS = ['RESIDENT_ONLINE', 'WALK_IN', 'GRID_REPORT', 'COURT_REFERRAL', 'POLICE_REFERRAL', 'PETITION_REFERRAL', 'PROCURATORATE_REFERRAL', 'OWN_INITIATIVE'] as const;
const OUTCOMES = ['SUCCEEDED', 'FAILED', 'WITHDRAWN', 'REFUSED'] as const;

async function intake(channel: (typeof CHANNELS)[number], n: string) {
  const base = {
    idempotencyKey: randomUUID(), disputeType: 'MARRIAGE_FAMILY', regionCode: '620602101', committeeId: township,
    facts: '夫妻因赡养老人问题多次争吵，影响家庭和睦。', claims: '协商赡养费分担', applicants: [{ name: `申请人${n}` }], respondents: [{ name: `被申请人${n}` }],
  };
  if (channel === 'RESIDENT_ONLINE') {
    const res = await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id version channel } }', { input: { ...base, applicants: [] } }, await as(`applicant-${n}`));
    return { ...res.data.fileCase, applicantToken: await as(`applicant-${n}`) };
  }
  const staff = channel === 'GRID_REPORT' ? await as('grid') : await as('huangyang-admin');
  const input = { ...base, channel, ...(channel.endsWith('REFERRAL') ? { referralNumber: `${channel}-${n}` } : {}) };
  const res = await api.gql('mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id version channel } }', { input }, staff);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { ...res.data.registerCase, applicantToken: null as string | null };
}

describe.each(CHANNELS)('a case from %s', (channel) => {
  it.each(OUTCOMES)('reaches %s', async (outcome) => {
    const n = `${CHANNELS.indexOf(channel)}-${outcome}`;
    const c = await intake(channel, n);
    expect(c.channel).toBe(channel);
    const admin = await as('huangyang-admin');
    const accepted = (await api.gql(ACT, { id: c.id, action: 'ACCEPT', v: c.version }, admin)).data.performCaseAction;
    expect(accepted.case.status).toBe('AWAITING_CONSENT');
    const respondent = await as(`respondent-${n}`);
    if (outcome === 'REFUSED') {
      const refused = await api.gql('mutation($c: String!) { respondToInvitation(code: $c, consent: false, reason: "不愿调解，将起诉") { status } }', { c: accepted.invitationCode }, respondent);
      expect(refused.data.respondToInvitation.status).toBe('REFUSED');
      return;
    }
    await api.gql('mutation($c: String!) { respondToInvitation(code: $c, consent: true) { status } }', { c: accepted.invitationCode }, respondent);
    let version = (await sql('select version from mediation_case where id = ?', [Number(c.id)]))[0].version;
    if (outcome === 'WITHDRAWN') {
      // An online applicant withdraws themselves; staff record it for those who came in person.
      const who = c.applicantToken ?? admin;
      const withdrawn = await api.gql(ACT, { id: c.id, action: 'WITHDRAW', v: version, input: { reason: '双方自行和解' } }, who);
      expect(withdrawn.data.performCaseAction.case.status).toBe('WITHDRAWN');
      return;
    }
    const assigned = (await api.gql(ACT, { id: c.id, action: 'ASSIGN_MEDIATOR', v: version, input: { mediatorId } }, admin)).data.performCaseAction.case;
    const mediator = await as('mediator');
    const started = (await api.gql(ACT, { id: c.id, action: 'MEDIATOR_ACCEPT', v: assigned.version }, mediator)).data.performCaseAction.case;
    version = started.version;
    if (outcome === 'SUCCEEDED') {
      await api.gql('mutation($id: ID!) { draftAgreement(caseId: $id, input: { kind: ORAL, factsAndResponsibilities: "双方同意各自承担一半赡养费用，按月支付。" }) { id } }', { id: c.id }, mediator);
    }
    const closed = await api.gql(ACT, { id: c.id, action: outcome === 'SUCCEEDED' ? 'RECORD_SUCCESS' : 'RECORD_FAILURE', v: version, input: { reason: outcome === 'SUCCEEDED' ? '达成口头协议' : '分歧较大，告知可诉讼' } }, mediator);
    expect(closed.errors).toBeUndefined();
    expect(closed.data.performCaseAction.case.status).toBe(outcome);
    const events = await sql('select action from case_event where mediation_case_id = ? order by id', [Number(c.id)]);
    expect(events[0].action).toBe('FILE');
    expect(events.at(-1)!.action).toBe(outcome === 'SUCCEEDED' ? 'RECORD_SUCCESS' : 'RECORD_FAILURE');
  });
});

describe('committee settings and joint mediation', () => {
  it('uses the committee’s own deadline', async () => {
    const admin = await as('huangyang-sifasuo');
    const set = await api.gql('mutation($id: ID!) { updateCommittee(id: $id, input: { caseDeadlineDays: 15 }) { caseDeadlineDays } }', { id: township }, admin);
    expect(set.data.updateCommittee.caseDeadlineDays).toBe(15);
    const bad = await api.gql('mutation($id: ID!) { updateCommittee(id: $id, input: { caseDeadlineDays: 365 }) { id } }', { id: township }, admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.caseDeadlineDays' });
    const c = await intake('WALK_IN', 'deadline');
    const accepted = (await api.gql(ACT, { id: c.id, action: 'ACCEPT', v: c.version }, admin)).data.performCaseAction.case;
    const days = (new Date(accepted.dueAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(14.9);
    expect(days).toBeLessThan(15.1);
    await api.gql('mutation($id: ID!) { updateCommittee(id: $id, input: { caseDeadlineDays: 30 }) { id } }', { id: township }, admin);
  });

  it('lets the handling committee bring another in (联合调处), whose staff then see and work on the case', async () => {
    const c = await intake('WALK_IN', 'joint');
    const [other] = await sql("select id from committee where name = '武南镇人民调解委员会'");
    const wunanAdmin = await api.login('wunan-admin');
    const invitation = await api.gql('mutation($input: StaffInvitationInput!) { createStaffInvitation(input: $input) { code } }', {
      input: { role: 'COMMITTEE_ADMIN', displayName: '武南镇调委会主任', committeeId: String(other.id) },
    }, await as('admin'));
    await api.gql('mutation($c: String!) { redeemStaffInvitation(code: $c) { id } }', { c: invitation.data.createStaffInvitation.code }, wunanAdmin);
    const GET = 'query($id: ID!) { case(id: $id) { number jointCommittees { name } allowedActions } }';
    expect((await api.gql(GET, { id: c.id }, wunanAdmin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const byOutsider = await api.gql('mutation($id: ID!, $c: ID!) { inviteJointCommittee(caseId: $id, committeeId: $c) { id } }', { id: c.id, c: String(other.id) }, wunanAdmin);
    expect(byOutsider.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const invited = await api.gql('mutation($id: ID!, $c: ID!) { inviteJointCommittee(caseId: $id, committeeId: $c, note: "涉及武南镇村民") { jointCommittees { name } } }', { id: c.id, c: String(other.id) }, await as('huangyang-admin'));
    expect(invited.data.inviteJointCommittee.jointCommittees).toEqual([{ name: '武南镇人民调解委员会' }]);
    const seen = (await api.gql(GET, { id: c.id }, wunanAdmin)).data.case;
    expect(seen.allowedActions).toEqual([]); // they work on it, the handling committee moves it
    const contact = await api.gql('mutation($id: ID!) { logContact(caseId: $id, channel: VISIT, partyName: "被申请人joint", summary: "走访被申请人了解情况") }', { id: c.id }, wunanAdmin);
    expect(contact.errors).toBeUndefined();
    const department = await api.gql('mutation($id: ID!) { inviteJointDepartment(caseId: $id, name: "凉州区住房和城乡建设局", note: "涉及违建认定") { jointDepartments } }', { id: c.id }, await as('huangyang-admin'));
    expect(department.data.inviteJointDepartment.jointDepartments).toEqual(['凉州区住房和城乡建设局']);
    const notByJoined = await api.gql('mutation($id: ID!) { inviteJointDepartment(caseId: $id, name: "某局") { id } }', { id: c.id }, wunanAdmin);
    expect(notByJoined.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const events = await sql("select note from case_event where mediation_case_id = ? and action = 'JOINT_INVITED' order by id", [Number(c.id)]);
    expect(events.map((e) => e.note)).toEqual(['邀请武南镇人民调解委员会联合调处：涉及武南镇村民', '邀请凉州区住房和城乡建设局联合调处：涉及违建认定']);
  });
});

// Runs last: every step above went through the triggers that keep the statistics rollup.
it('leaves the statistics rollup equal to a recount of every case', async () => {
  expect(await api.sql('select count(*)::int as n from case_statistics')).not.toEqual([{ n: 0 }]);
  expect(await rollupDrift(api)).toEqual([]);
});
