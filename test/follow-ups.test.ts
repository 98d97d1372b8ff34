import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from './support/api';
import { confirmAgreement } from './support/cases';
import { rollupDrift } from './support/statistics-rollup';

let api: TestApi;
const tokens: Record<string, string> = {};
const as = async (name: string) => (tokens[name] ??= await api.login(name));
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);
const ACT = `mutation($id: ID!, $action: CaseAction!, $v: Int!, $input: CaseActionInput) {
  performCaseAction(caseId: $id, action: $action, expectedVersion: $v, input: $input) { invitationCode case { id version status } } }`;
const FOLLOW = `query($id: ID!) { case(id: $id) { closedAt followUps { id kind termSeq dueAt status channel performed flaredUp satisfaction }
  followUpTasks { id reason status resolution } timeline { action note } } }`;
const ANSWER = 'mutation($f: ID!, $input: FollowUpAnswerInput!) { answerFollowUp(followUpId: $f, input: $input) { status channel performed satisfaction } }';

beforeAll(async () => {
  api = await startTestApi({ demo: true });
});
afterAll(() => api.close());

/** A case closed with a written agreement of two terms, between two signed-in parties. */
async function closedWithAgreement(n: string) {
  const [township] = await sql("select id from committee where name = '黄羊镇人民调解委员会'");
  const mediatorId = String((await sql("select s.mediator_id from staff_assignment s join user_account u on u.id = s.user_id where u.openid = 'dev:mediator'"))[0].mediator_id);
  const filed = (await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id version } }', {
    input: { idempotencyKey: randomUUID(), disputeType: 'CONTRACT', regionCode: '620602101', committeeId: String(township.id), facts: '承包土地合同到期后对方未按约返还土地。', claims: '返还土地并赔偿', respondents: [{ name: '刘某' }] },
  }, await as(`fa-${n}`))).data.fileCase;
  const staff = await as('huangyang-sifasuo');
  const v = async () => (await sql('select version from mediation_case where id = ?', [Number(filed.id)]))[0].version;
  const accepted = (await api.gql(ACT, { id: filed.id, action: 'ACCEPT', v: filed.version }, staff)).data.performCaseAction;
  await api.gql('mutation($c: String!) { respondToInvitation(code: $c, consent: true) { id } }', { c: accepted.invitationCode }, await as(`fb-${n}`));
  await api.gql(ACT, { id: filed.id, action: 'ASSIGN_MEDIATOR', v: await v(), input: { mediatorId } }, staff);
  await api.gql(ACT, { id: filed.id, action: 'MEDIATOR_ACCEPT', v: await v() }, await as('mediator'));
  await api.gql(`mutation($id: ID!) { draftAgreement(caseId: $id, input: { kind: WRITTEN, factsAndResponsibilities: "合同到期，被申请人应返还土地。",
    terms: [{ content: "返还承包土地", method: "现场交接", performBy: "2026-12-15" }, { content: "赔偿损失 1000 元", method: "转账", performBy: "2027-01-15" }] }) { id } }`, { id: filed.id }, await as('mediator'));
  for (const p of [`fa-${n}`, `fb-${n}`]) await confirmAgreement(api, filed.id, await as(p));
  const done = await api.gql(ACT, { id: filed.id, action: 'RECORD_SUCCESS', v: await v(), input: { reason: '达成书面协议' } }, await as('mediator'));
  expect(done.data.performCaseAction.case.status).toBe('SUCCEEDED');
  return filed.id as string;
}

describe('follow-up visits (回访)', () => {
  it('are scheduled with the closure: a week later, and the day after each term falls due', async () => {
    const caseId = await closedWithAgreement('1');
    const c = (await api.gql(FOLLOW, { id: caseId }, await as('fa-1'))).data.case;
    const closed = new Date(c.closedAt).getTime();
    expect(c.followUps.map((f: any) => [f.kind, f.termSeq, f.status])).toEqual([
      ['AFTER_CLOSURE', null, 'PENDING'],
      ['AFTER_TERM_DUE', 1, 'PENDING'],
      ['AFTER_TERM_DUE', 2, 'PENDING'],
    ]);
    expect(Math.round((new Date(c.followUps[0].dueAt).getTime() - closed) / 86_400_000)).toBe(7);
    expect(c.followUps[1].dueAt).toBe('2026-12-16T00:00:00.000Z');
  });

  it('a satisfied answer closes the visit; non-performance opens a task on the timeline for the committee', async () => {
    const caseId = await closedWithAgreement('2');
    const [closure, term1] = (await api.gql(FOLLOW, { id: caseId }, await as('fa-2'))).data.case.followUps;
    const byStaffAsSelf = await api.gql(ANSWER, { f: closure.id, input: { channel: 'SELF', flaredUp: false, satisfaction: 5 } }, await as('huangyang-sifasuo'));
    expect(byStaffAsSelf.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ok = await api.gql(ANSWER, { f: closure.id, input: { channel: 'SELF', performed: 'PERFORMED', flaredUp: false, satisfaction: 5 } }, await as('fa-2'));
    expect(ok.data.answerFollowUp).toEqual({ status: 'ANSWERED', channel: 'SELF', performed: 'PERFORMED', satisfaction: 5 });
    const again = await api.gql(ANSWER, { f: closure.id, input: { channel: 'SELF', flaredUp: false, satisfaction: 1 } }, await as('fb-2'));
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const byPartyAsStaff = await api.gql(ANSWER, { f: term1.id, input: { channel: 'STAFF_CALL', flaredUp: false, satisfaction: 3 } }, await as('fa-2'));
    expect(byPartyAsStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await api.gql(ANSWER, { f: term1.id, input: { channel: 'STAFF_CALL', performed: 'NOT_PERFORMED', flaredUp: true, satisfaction: 2, note: '对方拒不交地' } }, await as('huangyang-sifasuo'));
    expect(bad.errors).toBeUndefined();

    const c = (await api.gql(FOLLOW, { id: caseId }, await as('huangyang-sifasuo'))).data.case;
    expect(c.followUpTasks).toEqual([{ id: expect.any(String), reason: '协议未履行，纠纷出现反复，满意度 2 分', status: 'OPEN', resolution: null }]);
    const notes = c.timeline.filter((e: any) => e.action.startsWith('FOLLOW_UP')).map((e: any) => [e.action, e.note]);
    expect(notes).toEqual([
      ['FOLLOW_UP', '满意度 5 分'],
      ['FOLLOW_UP', '满意度 2 分；协议未履行，纠纷出现反复，满意度 2 分'],
      ['FOLLOW_UP_TASK', '回访发现：协议未履行，纠纷出现反复，满意度 2 分，请调委会跟进（回访、流动调解或引导申请司法确认）'],
    ]);
    const told = await sql("select u.openid from notification n join user_account u on u.id = n.user_id where n.mediation_case_id = ? and n.kind = 'FOLLOW_UP_TASK'", [Number(caseId)]);
    // The committee's admin and the county office; not the township office that recorded the visit itself.
    expect(told.map((t) => t.openid).sort()).toEqual(['dev:huangyang-admin', 'dev:sifaju']);

    const task = c.followUpTasks[0];
    const byParty = await api.gql('mutation($t: ID!) { resolveFollowUpTask(taskId: $t, resolution: "已处理") { status } }', { t: task.id }, await as('fa-2'));
    expect(byParty.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const resolved = await api.gql('mutation($t: ID!) { resolveFollowUpTask(taskId: $t, resolution: "流动调解后对方已交地") { status resolution } }', { t: task.id }, await as('huangyang-sifasuo'));
    expect(resolved.data.resolveFollowUpTask).toEqual({ status: 'DONE', resolution: '流动调解后对方已交地' });
  });

  it('follows up failed cases too, without a performance question', async () => {
    const [township] = await sql("select id from committee where name = '黄羊镇人民调解委员会'");
    const mediatorId = String((await sql("select s.mediator_id from staff_assignment s join user_account u on u.id = s.user_id where u.openid = 'dev:mediator'"))[0].mediator_id);
    const filed = (await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id version } }', {
      input: { idempotencyKey: randomUUID(), disputeType: 'CONTRACT', regionCode: '620602101', committeeId: String(township.id), facts: '买卖合同货款纠纷，双方各执一词。', claims: '支付货款', respondents: [{ name: '杨某' }] },
    }, await as('fa-3'))).data.fileCase;
    const staff = await as('huangyang-sifasuo');
    const v = async () => (await sql('select version from mediation_case where id = ?', [Number(filed.id)]))[0].version;
    const accepted = (await api.gql(ACT, { id: filed.id, action: 'ACCEPT', v: filed.version }, staff)).data.performCaseAction;
    await api.gql('mutation($c: String!) { respondToInvitation(code: $c, consent: true) { id } }', { c: accepted.invitationCode }, await as('fb-3'));
    await api.gql(ACT, { id: filed.id, action: 'ASSIGN_MEDIATOR', v: await v(), input: { mediatorId } }, staff);
    await api.gql(ACT, { id: filed.id, action: 'MEDIATOR_ACCEPT', v: await v() }, await as('mediator'));
    await api.gql(ACT, { id: filed.id, action: 'RECORD_FAILURE', v: await v(), input: { reason: '告知可向法院起诉' } }, await as('mediator'));
    const c = (await api.gql(FOLLOW, { id: filed.id }, await as('fa-3'))).data.case;
    expect(c.followUps.map((f: any) => f.kind)).toEqual(['AFTER_CLOSURE']);
  });
});

// Runs last: every step above went through the triggers that keep the statistics rollup.
it('leaves the statistics rollup equal to a recount of every case', async () => {
  expect(await api.sql('select count(*)::int as n from case_statistics')).not.toEqual([{ n: 0 }]);
  expect(await rollupDrift(api)).toEqual([]);
});
