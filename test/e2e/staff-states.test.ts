/**
 * Every staff list screen in headless Chromium at phone width, reached by taps from the role's home
 * page, in its three other states: loading (its query held back), an error (the network fails: the
 * person is told, and 重试 brings the screen back) and empty (a new committee, a new justice office,
 * a grid officer and a mediator with nothing yet). Screens are saved under test-output/e2e.
 */
import path from 'node:path';
import type { Browser, Route } from 'playwright-core';
import { PROJECT_ROOT } from '../../api/src/config';
import { startTestApi, type TestApi } from '../support/api';
import { launchBrowser, type Screen, signedInPhone } from '../support/browser';

const OUT = path.join(PROJECT_ROOT, 'test-output/e2e');
let api: TestApi;
let browser: Browser;
let base: string;

/** Signs in `login` and redeems a staff invitation made by the system administrator. */
async function staffAccount(login: string, input: Record<string, unknown>) {
  const invited = await api.gql('mutation($input: StaffInvitationInput!) { createStaffInvitation(input: $input) { code } }', { input }, await api.login('admin'));
  if (invited.errors) throw new Error(JSON.stringify(invited.errors));
  const redeemed = await api.gql('mutation($c: String!) { redeemStaffInvitation(code: $c) { id } }', { c: invited.data.createStaffInvitation.code }, await api.login(login));
  if (redeemed.errors) throw new Error(JSON.stringify(redeemed.errors));
}

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  base = api.server.url.replace(/\/graphql$/, '');
  browser = await launchBrowser();
  // A committee that has just joined (no cases, members or warnings yet), with its admin.
  const admin = await api.login('admin');
  const created = await api.gql('mutation { createCommittee(input: { name: "新建村人民调解委员会", kind: VILLAGE, regionCode: "620602102", address: "村委会", phone: "0935-2222222" }) { id } }', {}, admin);
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  await staffAccount('states-committee', { role: 'COMMITTEE_ADMIN', displayName: '新建村调委会主任', committeeId: created.data.createCommittee.id });
  // A justice office over a village where nothing has been filed.
  const [village] = await api.sql("select r.code from region r where length(r.code) = 12 and r.code like '620602102%' and not exists (select 1 from mediation_case c where c.region_code = r.code) order by r.code limit 1");
  await staffAccount('states-justice', { role: 'JUSTICE_OFFICE', displayName: '村司法工作站', regionCode: village.code });
  // The demo grid officer and mediator start with nothing.
  expect(await api.sql("select count(*)::int as n from mediation_case c join user_account u on u.id = c.created_by_id where u.openid = 'dev:grid'")).toEqual([{ n: 0 }]);
  expect(await api.sql("select count(*)::int as n from mediation_case c join staff_assignment s on s.mediator_id = c.mediator_id join user_account u on u.id = s.user_id where u.openid = 'dev:mediator'")).toEqual([{ n: 0 }]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

jest.setTimeout(120_000);

interface StateCase {
  /** Who signs in. */
  login: string;
  /** Taps from the home page to the screen. */
  taps: string[];
  /** The screen's query (its operation name): held back, then failed. */
  operations: string[];
  /** What the screen says when there is nothing to show, or (for a form) what it shows once loaded. */
  shown: string;
  /** Taps again after the page is reloaded (a tab of the page, which a reload resets). */
  afterReload?: string[];
}

const CASES: Record<string, StateCase> = {
  'grid-reports': { login: 'grid', taps: ['我的上报'], operations: ['MyRegisteredCases'], shown: '您还没有上报过纠纷' },
  'mediator-workbench': { login: 'mediator', taps: ['调解员工作台'], operations: ['AssignedCases'], shown: '暂无新的派单' },
  'committee-inbox': { login: 'states-committee', taps: ['调委会受理台'], operations: ['CommitteeCases', 'OversightCases'], shown: '这里暂时没有案件' },
  'committee-members': { login: 'states-committee', taps: ['调委会受理台', '本会调解员名册'], operations: ['CommitteeMembers'], shown: '本会还没有在任调解员' },
  'committee-warnings': { login: 'states-committee', taps: ['调委会受理台', '矛盾纠纷预警'], operations: ['Warnings'], shown: '暂无预警' },
  'mediator-profile-editor': { login: 'huangyang-admin', taps: ['调委会受理台', '本会调解员名册', '编辑资料'], operations: ['MediatorForEdit'], shown: '擅长领域' },
  'justice-dashboard': { login: 'states-justice', taps: ['统计看板'], operations: ['Statistics'], shown: '这段时间没有受理的案件' },
  'justice-cases': { login: 'states-justice', taps: ['统计看板', '辖区案件列表'], operations: ['OversightCases'], shown: '没有符合条件的案件' },
  'justice-subsidies': { login: 'states-justice', taps: ['统计看板', '报表与考核'], operations: ['Subsidies'], shown: '这段时间没有可核算的案件' },
  'justice-assessment': { login: 'states-justice', taps: ['统计看板', '报表与考核', '半年考核'], operations: ['MediatorAssessment'], shown: '这半年没有调解员办理案件', afterReload: ['半年考核'] },
};

/** Holds back or fails the screen's own query; everything else goes through. */
async function control(screen: Screen, operations: string[]) {
  let mode: 'slow' | 'down' | 'through' = 'through';
  await screen.page.route('**/graphql', async (route: Route) => {
    const operation = (route.request().postDataJSON() as { operationName?: string } | null)?.operationName ?? '';
    if (!operations.includes(operation) || mode === 'through') return route.continue();
    if (mode === 'down') return route.abort('failed');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    return route.continue();
  });
  return (next: typeof mode) => {
    mode = next;
  };
}

it.each(Object.keys(CASES))('%s: loading, then an error with 重试, then what it shows', async (name) => {
  const { login, taps, operations, shown, afterReload = [] } = CASES[name];
  const { context, screen } = await signedInPhone(browser, base, login, `states-${name}`, OUT);
  try {
    const set = await control(screen, operations);
    await screen.see('工作台');
    // The screens on the way load as they are; the last tap opens the screen with its query held back.
    for (const tap of taps.slice(0, -1)) await screen.tap(tap);
    set('slow');
    await screen.tap(taps[taps.length - 1]);
    await screen.see('加载中…', 5_000);
    await screen.shot('loading');
    await screen.see(shown);
    // The network fails while the screen loads again: told what happened, with 重试; nothing else on screen pretends to be data.
    set('down');
    await screen.page.reload();
    for (const tap of afterReload) await screen.tap(tap);
    await screen.see('网络不给力，请检查网络后重试');
    await screen.see('重试');
    await screen.shot('error');
    set('through');
    await screen.tap('重试');
    await screen.see(shown);
    await screen.shot('after-retry');
    expect(screen.machineText).toEqual([]);
  } finally {
    await context.close();
  }
});
