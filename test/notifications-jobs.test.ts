import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PAGE } from '../api/src/shared/page-paths';
import { WeChatClient } from '../api/src/modules/identity/wechat.client';
import { JobRunner } from '../api/src/jobs/job-runner';
import { BATCH, MAX_ATTEMPTS } from '../api/src/jobs/dispatch-notifications';
import { startTestApi, type TestApi } from './support/api';
import { type FakeWeChat, startFakeWeChat } from './support/fake-wechat';

let api: TestApi;
let wechat: FakeWeChat;
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);
const runner = () => new JobRunner({ orm: api.db.orm, wechat: new WeChatClient(api.config.wechat), config: api.config });
const ACT = `mutation($id: ID!, $action: CaseAction!, $v: Int!, $input: CaseActionInput) {
  performCaseAction(caseId: $id, action: $action, expectedVersion: $v, input: $input) { invitationCode case { id version status deadlineState } } }`;

beforeAll(async () => {
  wechat = await startFakeWeChat();
  api = await startTestApi({ demo: true, env: { WECHAT_API_BASE: wechat.base, WECHAT_TEMPLATE_CASE_PROGRESS: 'TPL-progress' } });
});
afterAll(async () => {
  await api.close();
  await wechat.close();
});

async function wechatUser(openid: string) {
  return (await api.gql('mutation($c: String!) { loginWithWeChat(code: $c) { accessToken } }', { c: `ok:${openid}` })).data.loginWithWeChat.accessToken as string;
}

async function fileAndAccept(applicantOpenid: string) {
  const token = await wechatUser(applicantOpenid);
  const filed = (await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id version } }', {
    input: { idempotencyKey: randomUUID(), disputeType: 'NEIGHBOURHOOD', regionCode: '620602101201', facts: '邻居家的狗经常夜间吠叫，影响休息。', claims: '妥善看管', respondents: [{ name: '郑某' }] },
  }, token)).data.fileCase;
  const staff = await api.login('huangyang-sifasuo');
  const accepted = (await api.gql(ACT, { id: filed.id, action: 'ACCEPT', v: filed.version }, staff)).data.performCaseAction;
  return { caseId: filed.id as string, token, staff, accepted };
}

describe('the notification outbox', () => {
  it('queues a message with the event and sends it as a WeChat subscription message', async () => {
    const { caseId } = await fileAndAccept('openid-n1');
    const queued = await sql("select n.kind, n.status, u.openid from notification n join user_account u on u.id = n.user_id where n.mediation_case_id = ? order by n.id", [Number(caseId)]);
    // The filing told the committee's staff (development accounts); the acceptance tells the applicant.
    expect(queued.filter((n) => n.openid === 'openid-n1')).toEqual([{ kind: 'ACCEPT', status: 'PENDING', openid: 'openid-n1' }]);
    expect(queued.filter((n) => n.kind === 'FILE').length).toBeGreaterThan(0);
    const result = await runner().runOnce();
    expect(result.sent).toBeGreaterThanOrEqual(1);
    const message = wechat.messages.find((m) => m.touser === 'openid-n1');
    expect(message).toMatchObject({ template_id: 'TPL-progress', page: `pages/case/index?id=${caseId}`, data: { phrase2: { value: '已受理' } } });
    // The time is China time, as people read it (the row's instant + 8 h), not UTC.
    const [row] = await sql<{ china: string }>("select to_char(n.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as china from notification n join user_account u on u.id = n.user_id where u.openid = 'openid-n1'");
    expect(message!.data.time3.value).toBe(row.china);
    expect(message!.data.thing1.value).toMatch(/黄羊村调字第\d{4}号/);
    const [sent] = await sql("select status, attempts, sent_at from notification n join user_account u on u.id = n.user_id where u.openid = 'openid-n1'");
    expect(sent.status).toBe('SENT');
    expect(sent.attempts).toBe(1);
    const devAccounts = await sql("select distinct n.status from notification n join user_account u on u.id = n.user_id where u.openid like 'dev:%'");
    expect(devAccounts).toEqual([{ status: 'SKIPPED' }]);
  });

  it('writes nothing when the step is refused', async () => {
    const { caseId, staff } = await fileAndAccept('openid-n2');
    const [{ n: before }] = await sql('select count(*)::int as n from notification where mediation_case_id = ?', [Number(caseId)]);
    const stale = await api.gql(ACT, { id: caseId, action: 'TRANSFER', v: 1, input: { reason: '转办', committeeId: '1' } }, staff);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [{ n: after }] = await sql('select count(*)::int as n from notification where mediation_case_id = ?', [Number(caseId)]);
    expect(after).toBe(before);
  });

  it('retries with backoff when WeChat fails, and gives up after the last attempt', async () => {
    await runner().runOnce(); // send what earlier tests left
    await fileAndAccept('openid-n3');
    wechat.failNextSends(1);
    await runner().runOnce();
    const [first] = await sql("select n.status, n.attempts, n.last_error, n.next_attempt_at > now() as later from notification n join user_account u on u.id = n.user_id where u.openid = 'openid-n3'");
    expect(first).toMatchObject({ status: 'PENDING', attempts: 1, later: true });
    expect(first.last_error).toMatch(/-1/);
    await runner().runOnce(); // not due yet: nothing happens
    expect(wechat.messages.some((m) => m.touser === 'openid-n3')).toBe(false);
    await sql("update notification set next_attempt_at = now() where status = 'PENDING'");
    await runner().runOnce();
    expect(wechat.messages.filter((m) => m.touser === 'openid-n3')).toHaveLength(1);

    await fileAndAccept('openid-n4');
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      wechat.failNextSends(100);
      await sql("update notification set next_attempt_at = now() where status = 'PENDING'");
      await runner().runOnce();
    }
    wechat.failNextSends(0);
    const [gaveUp] = await sql("select n.status, n.attempts from notification n join user_account u on u.id = n.user_id where u.openid = 'openid-n4'");
    expect(gaveUp).toEqual({ status: 'FAILED', attempts: MAX_ATTEMPTS });
  });

  it('does not retry a user who has not subscribed (43101)', async () => {
    await runner().runOnce();
    await fileAndAccept('unsubscribed-n5');
    await runner().runOnce();
    const [row] = await sql("select n.status from notification n join user_account u on u.id = n.user_id where u.openid = 'unsubscribed-n5'");
    expect(row.status).toBe('SKIPPED');
  });

  it('survives a restart mid-way and never sends one message twice, even with two runners at once', async () => {
    await sql("update notification set status = 'SENT' where status = 'PENDING'"); // a clean slate for counting
    const openids = Array.from({ length: 45 }, (_, i) => `openid-bulk-${i}`);
    for (const openid of openids) await fileAndAccept(openid);
    const before = wechat.messages.length;
    const [{ queued }] = await sql("select count(*)::int as queued from notification where status = 'PENDING'");
    expect(queued).toBeGreaterThan(45); // the applicants' and the staff's
    const first = runner();
    const partial = await first.runOnce(1); // one batch, then the process "dies"
    await first.stop();
    expect(partial.sent + partial.skipped).toBe(BATCH);
    expect(partial.sent).toBeLessThan(45);
    const [a, b] = [runner(), runner()]; // the restarted instance and a second one, at once
    await Promise.all([a.runOnce(), b.runOnce()]);
    const delivered = wechat.messages.slice(before).map((m) => m.touser);
    expect(delivered.sort()).toEqual([...openids].sort());
    const [{ pending }] = await sql("select count(*)::int as pending from notification where status = 'PENDING'");
    expect(pending).toBe(0);
  });

  it('runs on its own timer and stops cleanly', async () => {
    await fileAndAccept('openid-timer');
    const timed = new JobRunner({ orm: api.db.orm, wechat: new WeChatClient(api.config.wechat), config: { ...api.config, jobs: { enabled: true, intervalSeconds: 1 } } });
    timed.start();
    for (let i = 0; i < 50 && !wechat.messages.some((m) => m.touser === 'openid-timer'); i++) await new Promise((r) => setTimeout(r, 100));
    await timed.stop();
    expect(wechat.messages.some((m) => m.touser === 'openid-timer')).toBe(true);
  });
});

describe('deadlines', () => {
  it('flags an overdue case once (挂牌督办), on the timeline and to the committee and the justice office', async () => {
    const { caseId, token } = await fileAndAccept('openid-late');
    const fresh = (await api.gql('query($id: ID!) { case(id: $id) { deadlineState dueAt } }', { id: caseId }, token)).data.case;
    expect(fresh.deadlineState).toBe('ON_TIME');
    await sql("update mediation_case set due_at = now() + interval '1 day' where id = ?", [Number(caseId)]);
    expect((await api.gql('query($id: ID!) { case(id: $id) { deadlineState } }', { id: caseId }, token)).data.case.deadlineState).toBe('DUE_SOON');
    await sql("update mediation_case set due_at = now() - interval '1 hour' where id = ?", [Number(caseId)]);
    const result = await runner().runOnce();
    expect(result.overdue).toBeGreaterThanOrEqual(1);
    await runner().runOnce();
    const events = await sql("select action, note from case_event where mediation_case_id = ? and action = 'OVERDUE'", [Number(caseId)]);
    expect(events).toEqual([{ action: 'OVERDUE', note: '已超过办结期限，挂牌督办' }]);
    const told = await sql("select u.openid from notification n join user_account u on u.id = n.user_id where n.mediation_case_id = ? and n.kind = 'OVERDUE' order by u.openid", [Number(caseId)]);
    expect(told.map((t) => t.openid).sort()).toEqual(['dev:huangyang-sifasuo', 'dev:sifaju']);
    const view = (await api.gql('query($id: ID!) { case(id: $id) { deadlineState timeline { action } } }', { id: caseId }, token)).data.case;
    expect(view.deadlineState).toBe('OVERDUE');
  });
});

// Last: the staff account it binds receives the committee's messages from then on.
describe('the pages messages open', () => {
  it('every page the API can send exists in the mini-program (app.config.ts)', () => {
    const config = readFileSync(path.join(__dirname, '..', 'miniprogram', 'src', 'app.config.ts'), 'utf8');
    const main = [...config.matchAll(/'(pages\/[\w-]+\/index)'/g)].map((m) => m[1]);
    const sub = [...config.matchAll(/root: '([\w/-]+)', pages: \[([^\]]*)\]/g)].flatMap((m) => [...m[2].matchAll(/'([\w/-]+)'/g)].map((p) => `${m[1]}/${p[1]}`));
    expect(main.length).toBeGreaterThan(5);
    expect(sub.length).toBeGreaterThan(3);
    for (const page of Object.values(PAGE)) expect([...main, ...sub]).toContain(page);
  });

  it('opens a staff member\'s own screen for the case: the committee triage page', async () => {
    const invited = await api.gql('mutation($c: ID!) { createStaffInvitation(input: { role: COMMITTEE_ADMIN, displayName: "值班员", committeeId: $c }) { code } }', {
      c: String((await sql("select id from committee where name = '黄羊村人民调解委员会'"))[0].id),
    }, await api.login('huangyang-sifasuo'));
    const staffToken = await wechatUser('openid-staff-page');
    expect((await api.gql('mutation($c: String!) { redeemStaffInvitation(code: $c) { id } }', { c: invited.data.createStaffInvitation.code }, staffToken)).errors).toBeUndefined();
    const { caseId } = await fileAndAccept('openid-n-page');
    await runner().runOnce();
    const toStaff = wechat.messages.find((m) => m.touser === 'openid-staff-page');
    expect(toStaff?.page).toBe(`packages/committee/pages/case/index?id=${caseId}`);
    expect(wechat.messages.find((m) => m.touser === 'openid-n-page')?.page).toBe(`pages/case/index?id=${caseId}`);
  });

  it('opens the mediator\'s workbench page for the case they are given', async () => {
    const township = String((await sql("select id from committee where name = '黄羊镇人民调解委员会'"))[0].id);
    const [member] = await sql('select mediator_id as id from membership where committee_id = ? and active order by mediator_id limit 1', [Number(township)]);
    const staff = await api.login('huangyang-sifasuo');
    const invited = await api.gql('mutation($c: ID!, $m: ID!) { createStaffInvitation(input: { role: MEDIATOR, displayName: "调解员", committeeId: $c, mediatorId: $m }) { code } }', { c: township, m: String(member.id) }, staff);
    const mediatorToken = await wechatUser('openid-mediator-page');
    expect((await api.gql('mutation($c: String!) { redeemStaffInvitation(code: $c) { id } }', { c: invited.data.createStaffInvitation.code }, mediatorToken)).errors).toBeUndefined();
    const { caseId, accepted } = await fileAndAccept('openid-n-mediator-page');
    expect((await api.gql('mutation($c: String!) { respondToInvitation(code: $c, consent: true) { id } }', { c: accepted.invitationCode }, await wechatUser('openid-n-mediator-respondent'))).errors).toBeUndefined();
    const [{ version }] = await sql('select version from mediation_case where id = ?', [Number(caseId)]);
    const assigned = await api.gql(ACT, { id: caseId, action: 'ASSIGN_MEDIATOR', v: version, input: { mediatorId: String(member.id) } }, staff);
    expect(assigned.errors).toBeUndefined();
    await runner().runOnce();
    expect(wechat.messages.filter((m) => m.touser === 'openid-mediator-page').map((m) => m.page)).toEqual([`${PAGE.mediatorCase}?id=${caseId}`]);
  });
});
