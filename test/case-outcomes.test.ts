import { randomUUID } from 'node:crypto';
import { chinaDate } from '../api/src/shared/china-time';
import { sendReminders } from '../api/src/jobs/send-reminders';
import { startTestApi, type TestApi } from './support/api';
import { confirmAgreement } from './support/cases';
import { rollupDrift } from './support/statistics-rollup';

let api: TestApi;
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);
const tokens: Record<string, string> = {};
const as = async (name: string) => (tokens[name] ??= await api.login(name));

const ACT = `mutation($id: ID!, $action: CaseAction!, $v: Int!, $input: CaseActionInput) {
  performCaseAction(caseId: $id, action: $action, expectedVersion: $v, input: $input) { invitationCode case { id version status } } }`;
const DETAIL = `query($id: ID!) { case(id: $id) { status version
  sessions { id place mode participants record }
  agreement { kind factsAndResponsibilities sealedAt signedByMediatorAt confirmedBy judicialDeadline judicialCourt judicialAppliedOn judicialResult judicialReference
    terms { id seq content method performBy performance performanceNote } }
  fileCompleteness { complete items { item present } }
  timeline { action note } } }`;

beforeAll(async () => {
  api = await startTestApi({ demo: true });
});
afterAll(() => api.close());

/** A case in mediation with the demo mediator account, both parties signed in. */
async function caseInMediation(applicant: string, respondent: string) {
  const [township] = await sql("select id from committee where name = '黄羊镇人民调解委员会'");
  const filed = (await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id version } }', {
    input: {
      idempotencyKey: randomUUID(), disputeType: 'DAMAGES', regionCode: '620602101', committeeId: String(township.id),
      facts: '被申请人驾驶农用车倒车时撞坏申请人家院墙约三米。', claims: '赔偿修墙费用 3000 元', amountInvolved: '3000',
      applicants: [{ name: '周海燕' }], respondents: [{ name: '吴德明' }],
    },
  }, await as(applicant))).data.fileCase;
  const staff = await as('huangyang-sifasuo');
  const accepted = (await api.gql(ACT, { id: filed.id, action: 'ACCEPT', v: filed.version }, staff)).data.performCaseAction;
  await api.gql('mutation($c: String!) { respondToInvitation(code: $c, consent: true) { id } }', { c: accepted.invitationCode }, await as(respondent));
  const [account] = await sql("select s.mediator_id from staff_assignment s join user_account u on u.id = s.user_id where u.openid = 'dev:mediator'");
  const version = (await api.gql(DETAIL, { id: filed.id }, staff)).data.case.version;
  const assigned = (await api.gql(ACT, { id: filed.id, action: 'ASSIGN_MEDIATOR', v: version, input: { mediatorId: String(account.mediator_id) } }, staff)).data.performCaseAction.case;
  const started = (await api.gql(ACT, { id: filed.id, action: 'MEDIATOR_ACCEPT', v: assigned.version }, await as('mediator'))).data.performCaseAction.case;
  expect(started.status).toBe('IN_MEDIATION');
  return started as { id: string; version: number };
}

describe('sessions, the written agreement, judicial confirmation and fulfilment', () => {
  it('goes from a session record to a sealed written agreement that every party confirmed', async () => {
    const c = await caseInMediation('resident-o1', 'respondent-o1');
    const mediator = await as('mediator');
    const session = await api.gql('mutation($id: ID!) { scheduleSession(caseId: $id, input: { scheduledAt: "2026-12-01T02:00:00Z", place: "黄羊镇调委会调解室", mode: IN_PERSON, participants: ["周海燕", "吴德明"] }) { id mode } }', { id: c.id }, mediator);
    expect(session.errors).toBeUndefined();
    const byParty = await api.gql('mutation($id: ID!) { scheduleSession(caseId: $id, input: { scheduledAt: "2026-12-01T02:00:00Z", place: "某地", mode: ONLINE }) { id } }', { id: c.id }, await as('resident-o1'));
    expect(byParty.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const record = await api.gql('mutation($s: ID!) { recordSession(sessionId: $s, record: "双方陈述事实，被申请人承认倒车撞墙，同意赔偿。") { record } }', { s: session.data.scheduleSession.id }, mediator);
    expect(record.errors).toBeUndefined();

    const noTerms = await api.gql('mutation($id: ID!) { draftAgreement(caseId: $id, input: { kind: WRITTEN, factsAndResponsibilities: "被申请人倒车撞坏院墙，应承担修复费用。" }) { id } }', { id: c.id }, mediator);
    expect(noTerms.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.terms' });
    const badDate = await api.gql('mutation($id: ID!) { draftAgreement(caseId: $id, input: { kind: WRITTEN, factsAndResponsibilities: "被申请人倒车撞坏院墙，应承担修复费用。", terms: [{ content: "赔偿", method: "转账", performBy: "下周" }] }) { id } }', { id: c.id }, mediator);
    expect(badDate.errors?.[0]?.extensions?.problems.map((p: any) => p.field)).toContain('input.terms.0.performBy');
    const drafted = await api.gql(`mutation($id: ID!) { draftAgreement(caseId: $id, input: { kind: WRITTEN,
      factsAndResponsibilities: "被申请人倒车撞坏申请人院墙约三米，应承担全部修复费用。",
      terms: [{ content: "被申请人赔偿申请人修墙费用人民币贰仟伍佰元", method: "微信转账一次付清", performBy: "2026-12-10" },
              { content: "申请人不再就此事追究被申请人其他责任", method: "书面承诺", performBy: "2026-12-10" }] }) { kind } }`, { id: c.id }, mediator);
    expect(drafted.errors).toBeUndefined();

    const tooEarly = await api.gql(ACT, { id: c.id, action: 'RECORD_SUCCESS', v: c.version, input: { reason: '达成协议' } }, mediator);
    expect(tooEarly.errors?.[0]?.message).toMatch(/尚待确认调解协议的当事人：周海燕、吴德明/);
    for (const party of ['resident-o1', 'respondent-o1']) {
      const confirmed = await confirmAgreement(api, c.id, await as(party), 'confirmedBy');
      expect(confirmed.errors).toBeUndefined();
    }
    const notParty = await confirmAgreement(api, c.id, mediator);
    expect(notParty.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const done = await api.gql(ACT, { id: c.id, action: 'RECORD_SUCCESS', v: c.version, input: { reason: '达成书面协议' } }, mediator);
    expect(done.errors).toBeUndefined();

    const detail = (await api.gql(DETAIL, { id: c.id }, await as('huangyang-sifasuo'))).data.case;
    expect(detail.status).toBe('SUCCEEDED');
    expect(detail.agreement).toMatchObject({ kind: 'WRITTEN', confirmedBy: ['周海燕', '吴德明'] });
    expect(detail.agreement.sealedAt).not.toBeNull();
    expect(detail.agreement.signedByMediatorAt).not.toBeNull();
    expect(detail.agreement.terms.map((t: any) => [t.seq, t.performBy, t.performance])).toEqual([[1, '2026-12-10', 'PENDING'], [2, '2026-12-10', 'PENDING']]);
    expect(detail.fileCompleteness).toEqual({ complete: true, items: ['APPLICATION', 'PARTIES', 'ACCEPTANCE', 'CONSENT', 'SESSION_RECORD', 'OUTCOME'].map((item) => ({ item, present: true })) });
    expect(detail.timeline.map((e: any) => e.action)).toEqual(expect.arrayContaining(['SESSION_SCHEDULED', 'SESSION_RECORDED', 'AGREEMENT_DRAFTED', 'AGREEMENT_CONFIRMED', 'RECORD_SUCCESS']));

    // The printable agreement, for those who may see the case.
    const doc = await fetch(api.server.url.replace('/graphql', `/cases/${c.id}/agreement`), { headers: { authorization: `Bearer ${await as('resident-o1')}` } });
    expect(doc.status).toBe(200);
    const html = await doc.text();
    expect(html).toContain('人民调解协议书');
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('被申请人赔偿申请人修墙费用人民币贰仟伍佰元（履行方式：微信转账一次付清；履行期限：2026年12月10日前）');
    expect(html).toContain('黄羊镇人民调解委员会（印章）');
    expect(html).toMatch(/周海燕：已于\d{4}年\d+月\d+日 \d{2}:\d{2} 在微信确认第 1 稿（文本摘要 [0-9a-f]{16}）/);
    const stranger = await fetch(api.server.url.replace('/graphql', `/cases/${c.id}/agreement`), { headers: { authorization: `Bearer ${await as('stranger-o')}` } });
    expect(stranger.status).toBe(404);
    const anonymous = await fetch(api.server.url.replace('/graphql', `/cases/${c.id}/agreement`));
    expect(anonymous.status).toBe(401);

    // Judicial confirmation within 30 days of the agreement, then the court's decision.
    const today = chinaDate(new Date());
    const late = chinaDate(new Date(Date.now() + 40 * 86_400_000));
    const tooLate = await api.gql('mutation($id: ID!, $d: String!) { applyForJudicialConfirmation(caseId: $id, input: { court: "凉州区人民法院", appliedOn: $d }) { id } }', { id: c.id, d: late }, await as('resident-o1'));
    expect(tooLate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.appliedOn' });
    const applied = await api.gql('mutation($id: ID!, $d: String!) { applyForJudicialConfirmation(caseId: $id, input: { court: "凉州区人民法院", appliedOn: $d }) { judicialCourt judicialAppliedOn } }', { id: c.id, d: today }, await as('resident-o1'));
    expect(applied.data.applyForJudicialConfirmation).toEqual({ judicialCourt: '凉州区人民法院', judicialAppliedOn: today });
    const partyDecides = await api.gql('mutation($id: ID!) { recordJudicialResult(caseId: $id, result: CONFIRMED, reference: "（2026）甘0602民特1号") { id } }', { id: c.id }, await as('resident-o1'));
    expect(partyDecides.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const decided = await api.gql('mutation($id: ID!) { recordJudicialResult(caseId: $id, result: CONFIRMED, reference: "（2026）甘0602民特1号") { judicialResult judicialReference } }', { id: c.id }, await as('huangyang-sifasuo'));
    expect(decided.data.recordJudicialResult).toEqual({ judicialResult: 'CONFIRMED', judicialReference: '（2026）甘0602民特1号' });

    // Fulfilment, term by term, supervised by the committee.
    const [first] = detail.agreement.terms;
    const performed = await api.gql('mutation($t: ID!) { recordTermPerformance(termId: $t, performance: PARTLY_PERFORMED, note: "已付 1500 元") { performance performanceNote } }', { t: first.id }, await as('huangyang-sifasuo'));
    expect(performed.data.recordTermPerformance).toEqual({ performance: 'PARTLY_PERFORMED', performanceNote: '已付 1500 元' });
    const byRespondent = await api.gql('mutation($t: ID!) { recordTermPerformance(termId: $t, performance: PERFORMED) { id } }', { t: first.id }, await as('respondent-o1'));
    expect(byRespondent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [event] = await sql("select note, actor_role from case_event where mediation_case_id = ? and action = 'TERM_PERFORMANCE'", [Number(c.id)]);
    expect(event).toEqual({ note: '第1项：部分履行，已付 1500 元', actor_role: 'COMMITTEE' });
  });

  it('records a failure with guidance, and the file shows what is missing', async () => {
    const c = await caseInMediation('resident-o2', 'respondent-o2');
    const noReason = await api.gql(ACT, { id: c.id, action: 'RECORD_FAILURE', v: c.version }, await as('mediator'));
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const failed = await api.gql(ACT, { id: c.id, action: 'RECORD_FAILURE', v: c.version, input: { reason: '双方分歧较大，已告知可向人民法院起诉' } }, await as('mediator'));
    expect(failed.data.performCaseAction.case.status).toBe('FAILED');
    const detail = (await api.gql(DETAIL, { id: c.id }, await as('huangyang-sifasuo'))).data.case;
    expect(detail.fileCompleteness.complete).toBe(false);
    expect(detail.fileCompleteness.items.filter((i: any) => !i.present).map((i: any) => i.item)).toEqual(['SESSION_RECORD']);
  });

  it('reminds once when the judicial-confirmation window is closing and when a term falls due', async () => {
    const c = await caseInMediation('resident-o3', 'respondent-o3');
    const mediator = await as('mediator');
    await api.gql(`mutation($id: ID!) { draftAgreement(caseId: $id, input: { kind: WRITTEN, factsAndResponsibilities: "被申请人撞坏院墙，应赔偿修复费用。",
      terms: [{ content: "赔偿修墙费用 2000 元", method: "现金", performBy: "2026-12-01" }, { content: "帮助清理现场", method: "出工", performBy: "2027-06-01" }] }) { id } }`, { id: c.id }, mediator);
    for (const party of ['resident-o3', 'respondent-o3']) await confirmAgreement(api, c.id, await as(party));
    await api.gql(ACT, { id: c.id, action: 'RECORD_SUCCESS', v: c.version, input: { reason: '达成书面协议' } }, mediator);

    const sealed = new Date((await sql('select sealed_at from agreement where mediation_case_id = ?', [Number(c.id)]))[0].sealed_at);
    const atDay = (days: number) => new Date(sealed.getTime() + days * 86_400_000);
    const count = async (action: string) => (await sql('select count(*)::int as n from case_event where mediation_case_id = ? and action = ?', [Number(c.id), action]))[0].n;
    await sendReminders(api.db.orm, atDay(10)); // too early for either
    expect(await count('JUDICIAL_REMINDER')).toBe(0);
    await sendReminders(api.db.orm, atDay(25));
    await sendReminders(api.db.orm, atDay(26));
    expect(await count('JUDICIAL_REMINDER')).toBe(1);
    const told = await sql("select u.openid from notification n join user_account u on u.id = n.user_id where n.mediation_case_id = ? and n.kind = 'JUDICIAL_REMINDER' order by u.openid", [Number(c.id)]);
    expect(told.map((t) => t.openid).sort()).toEqual(['dev:resident-o3', 'dev:respondent-o3'].sort());

    await sendReminders(api.db.orm, new Date('2026-12-02T00:00:00Z'));
    await sendReminders(api.db.orm, new Date('2026-12-03T00:00:00Z'));
    const due = await sql("select note from case_event where mediation_case_id = ? and action = 'TERM_DUE'", [Number(c.id)]);
    expect(due).toEqual([{ note: '协议第1项已到履行期限，请核实履行情况' }]);
    const staffTold = await sql("select u.openid from notification n join user_account u on u.id = n.user_id where n.mediation_case_id = ? and n.kind = 'TERM_DUE' and u.openid like 'dev:huangyang%'", [Number(c.id)]);
    expect(staffTold.length).toBeGreaterThan(0);
  });

  it('counts the 30 days for judicial confirmation in China days', async () => {
    const c = await caseInMediation('resident-o4', 'respondent-o4');
    const mediator = await as('mediator');
    await api.gql(`mutation($id: ID!) { draftAgreement(caseId: $id, input: { kind: WRITTEN, factsAndResponsibilities: "被申请人损坏院门，应赔偿。",
      terms: [{ content: "赔偿 300 元", method: "现金", performBy: "2026-12-01" }] }) { id } }`, { id: c.id }, mediator);
    for (const party of ['resident-o4', 'respondent-o4']) await confirmAgreement(api, c.id, await as(party));
    await api.gql(ACT, { id: c.id, action: 'RECORD_SUCCESS', v: c.version, input: { reason: '达成书面协议' } }, mediator);
    // Sealed at 00:30 on 1 April in Beijing, still 31 March in UTC.
    await sql("update agreement set sealed_at = '2026-03-31T16:30:00Z' where mediation_case_id = ?", [Number(c.id)]);
    const detail = (await api.gql(DETAIL, { id: c.id }, await as('resident-o4'))).data.case;
    expect(detail.agreement.judicialDeadline).toBe('2026-05-01');
    const party = await as('resident-o4');
    const apply = (d: string) => api.gql('mutation($id: ID!, $d: String!) { applyForJudicialConfirmation(caseId: $id, input: { court: "凉州区人民法院", appliedOn: $d }) { judicialAppliedOn } }', { id: c.id, d }, party);
    expect((await apply('2026-03-31')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.appliedOn' }); // before it was sealed
    expect((await apply('2026-05-02')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.appliedOn' });
    expect((await apply('2026-05-01')).data.applyForJudicialConfirmation).toEqual({ judicialAppliedOn: '2026-05-01' });
    const doc = await fetch(api.server.url.replace('/graphql', `/cases/${c.id}/agreement`), { headers: { authorization: `Bearer ${await as('resident-o4')}` } });
    expect(await doc.text()).toContain('2026年4月1日');
  });
});

// Runs last: every step above went through the triggers that keep the statistics rollup.
it('leaves the statistics rollup equal to a recount of every case', async () => {
  expect(await api.sql('select count(*)::int as n from case_statistics')).not.toEqual([{ n: 0 }]);
  expect(await rollupDrift(api)).toEqual([]);
});
