import path from 'node:path';
import type { Browser } from 'playwright-core';
import { PROJECT_ROOT } from '../../api/src/config';
import { startTestApi, type TestApi } from '../support/api';
import { launchBrowser, phone, Screen, signedInPhone } from '../support/browser';
import { CaseWalker } from '../support/cases';
import { auditPage, ELDER, STANDARD } from '../support/elder-audit';

/**
 * 长辈模式 against MIIT's 适老化 standard (issue 12), measured in Chromium on every page a resident
 * opens: text sizes, line spacing, contrast and tap targets, in elder mode and in the standard one.
 */
const OUT = path.join(PROJECT_ROOT, 'test-output/e2e');
let api: TestApi;
let browser: Browser;
let base: string;

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  base = api.server.url.replace(/\/graphql$/, '');
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

jest.setTimeout(180_000);

type AuditedPage = [name: string, url: string, marker: string | RegExp];

/** Switches 长辈模式 on from the settings page. */
async function switchToElder(screen: Screen) {
  await screen.page.goto(`${base}/app/#/pages/settings/index`);
  await screen.page.reload();
  await screen.see('字更大，按钮更大，页面更简洁');
  await screen.page.locator('.taro-switch-input, input[type="checkbox"]').filter({ visible: true }).first().click();
}

/** Opens each page, waits for its marker, keeps a screenshot and records what the audit finds under `label`. */
async function auditPages(screen: Screen, mode: 'standard' | 'elder', pages: AuditedPage[], found: Record<string, string[]>, label = '') {
  for (const [name, url, marker] of pages) {
    await screen.page.goto(`${base}${url}`);
    await screen.page.reload();
    await screen.see(marker);
    await screen.page.waitForTimeout(300);
    await screen.shot(`${mode}-${name}`);
    const problems = await auditPage(screen.page, mode === 'elder' ? ELDER : STANDARD);
    if (problems.length) found[`${label}${mode} ${name}`] = problems;
  }
}

/** A phone signed in with a demo account, the privacy guide accepted. */
const signedIn = (login: string, who: string) => signedInPhone(browser, base, login, who, OUT);

it('meets the elder-mode standard on every resident page, and the general one in the standard mode', async () => {
  const walk = new CaseWalker(api);
  const caseId = await walk.choosingMediator('elder-resident', 'elder-respondent');
  const closed = await walk.succeeded('elder-resident', 'elder-respondent-2');
  // A case in mediation with a message in its room.
  const inRoom = await walk.inMediation('elder-resident', 'elder-respondent-3');
  const said = await api.gql('mutation($id: ID!) { postRoomMessage(caseId: $id, text: "双方好，我们在线上调解。", clientKey: "elder-room-1") { id } }', { id: inRoom }, await walk.as('mediator'));
  expect(said.errors).toBeUndefined();
  const [mediator] = await api.sql('select id from mediator order by id limit 1');
  const pages: AuditedPage[] = [
    ['home', '/app/#/pages/index/index', '有纠纷，找调解'],
    ['menu', '/app/#/pages/mediators/index', '综合'],
    ['profile', `/app/#/pages/mediator/index?id=${mediator.id}`, '简介'],
    ['committees', '/app/#/pages/committees/index', '凉州区矛盾纠纷联调中心'],
    ['file', '/app/#/pages/file/index', '纠纷类型'],
    ['cases', '/app/#/pages/cases/index', '选择调解员'],
    ['case', `/app/#/pages/case/index?id=${caseId}`, '去选择调解员'],
    ['rank', `/app/#/pages/rank/index?id=${caseId}`, '提交我的选择（0/3）'],
    ['settings', '/app/#/pages/settings/index', '长辈模式'],
    ['rate', `/app/#/pages/rate/index?id=${closed}`, '对调解员'],
    ['closed-case', `/app/#/pages/case/index?id=${closed}`, '接下来'],
    ['agreement', `/app/#/pages/agreement/index?id=${closed}`, '打印'],
    ['room', `/app/#/pages/room/index?id=${inRoom}`, '双方好，我们在线上调解。'],
  ];
  const { context, screen } = await signedIn('elder-resident', 'elder-audit');
  const found: Record<string, string[]> = {};
  for (const mode of ['standard', 'elder'] as const) {
    if (mode === 'elder') await switchToElder(screen);
    await auditPages(screen, mode, pages, found);
    // The wizard's text step: its boxes and what is typed in them.
    await screen.page.goto(`${base}/app/#/pages/file/index`);
    await screen.page.reload();
    await screen.tap('邻里');
    await screen.tap('下一步');
    await screen.see('事情经过');
    await screen.shot(`${mode}-file-facts`);
    const problems = await auditPage(screen.page, mode === 'elder' ? ELDER : STANDARD);
    if (problems.length) found[`${mode} file-facts`] = problems;
    await screen.tap('上一步');
  }
  // A dialog in elder mode (WeChat's modal as the H5 build draws it): naming a mediator from the list.
  await screen.page.goto(`${base}/app/#/pages/mediators/index?pickFor=${caseId}`);
  await screen.page.reload();
  await screen.see('点一位调解员，指名其为本案调解员。');
  await screen.page.locator('.list-item__title').filter({ visible: true }).first().click();
  await screen.see(/请调委会安排/);
  await screen.page.waitForTimeout(600); // past the dialog's fade-in, so what is measured is what stays
  await screen.shot('elder-dialog');
  // A dialog has no heading of its own size to reach: the largest-text rule is for pages.
  const dialog = await auditPage(screen.page, { ...ELDER, largestFont: 0 }, '.taro-modal__content');
  if (dialog.length) found['elder dialog'] = dialog;
  await screen.tap('取消');
  await context.close();
  expect(found).toEqual({});
});

it('offers 长辈模式 on first use, and a change applies at once to the pages already open', async () => {
  const context = await phone(browser);
  const screen = new Screen(await context.newPage(), 'elder-first-use', OUT);
  await screen.page.goto(`${base}/app/`);
  await screen.see('字太小？试试长辈模式');
  await screen.shot('offer');
  await screen.tap('打开长辈模式');
  const elderPage = screen.page.locator('.page.elder').filter({ visible: true });
  await elderPage.first().waitFor({ state: 'visible' });
  expect(await screen.page.getByText('字太小？试试长辈模式').filter({ visible: true }).count()).toBe(0);
  await screen.shot('home-elder');
  // Switched off in 设置, then back: the home page, still open underneath, follows without a reload.
  await screen.tap('设置');
  await screen.see('字更大，按钮更大，页面更简洁');
  await screen.page.locator('.taro-switch-input, input[type="checkbox"]').filter({ visible: true }).first().click();
  // The switch took (the settings page itself is no longer in elder mode) before going back.
  await elderPage.first().waitFor({ state: 'detached' });
  await screen.page.goBack();
  await screen.see('有纠纷，找调解');
  expect(await elderPage.count()).toBe(0);
  await screen.shot('home-standard');
  // Chosen once: not offered again.
  await screen.page.reload();
  await screen.see('有纠纷，找调解');
  expect(await screen.page.getByText('字太小？试试长辈模式').filter({ visible: true }).count()).toBe(0);
  await context.close();
});

it('meets the same standard on the staff pages', async () => {
  const walk = new CaseWalker(api);
  const caseId = await walk.inMediation('elder-staff-app', 'elder-staff-resp');
  const [committee] = await api.sql("select id from committee where name = '黄羊镇人民调解委员会'");
  const found: Record<string, string[]> = {};
  const visit = async (login: string, pages: AuditedPage[]) => {
    const { context, screen } = await signedIn(login, `elder-staff-${login}`);
    await screen.see('有纠纷，找调解');
    for (const mode of ['standard', 'elder'] as const) {
      if (mode === 'elder') await switchToElder(screen);
      await auditPages(screen, mode, pages, found, `${login} `);
    }
    return { context, screen };
  };
  const mediator = await visit('mediator', [
    ['workbench', '/app/#/packages/mediator/pages/workbench/index', '调解中'],
    ['case', `/app/#/packages/mediator/pages/case/index?id=${caseId}`, '安排调解'],
  ]);
  await mediator.context.close();
  const committeeAdmin = await visit('huangyang-admin', [
    ['inbox', `/app/#/packages/committee/pages/inbox/index?committeeId=${committee.id}`, '积压情况（含下级调委会）'],
    ['case', `/app/#/packages/committee/pages/case/index?id=${caseId}`, '纠纷情况'],
    ['register', `/app/#/packages/committee/pages/register/index?committeeId=${committee.id}`, '案件来源'],
    ['members', `/app/#/packages/committee/pages/members/index?committeeId=${committee.id}`, '新增调解员'],
    ['mediator', `/app/#/packages/committee/pages/mediator/index?committeeId=${committee.id}`, '擅长领域'],
    ['warnings', `/app/#/packages/committee/pages/warnings/index?committeeId=${committee.id}`, '未化解的预警'],
    ['staff', '/app/#/packages/committee/pages/staff/index', '邀请谁'],
  ]);
  await committeeAdmin.context.close();
  const justice = await visit('sifaju', [
    ['dashboard', '/app/#/packages/justice/pages/dashboard/index?regionCode=620602', '积压情况（当前）'],
    ['cases', '/app/#/packages/justice/pages/cases/index?regionCode=620602', '全部'],
    ['reports', '/app/#/packages/justice/pages/reports/index?regionCode=620602', /补贴合计|没有可核算的案件/],
  ]);
  await justice.context.close();
  const grid = await visit('grid', [
    ['report', '/app/#/packages/grid/pages/report/index', '当事人的请求'],
    ['reports', '/app/#/packages/grid/pages/reports/index', '上报新的纠纷'],
  ]);
  await grid.context.close();
  expect(found).toEqual({});
});

it('scales every size from the screen, not from how long the page happens to be', async () => {
  // Every rem of the H5 build hangs on <html>'s font size: 40 × 390 / 750 = 20.8 px on this phone.
  // Our own script sets it from the viewport (Taro's stock one reads the <html> box), and a resize
  // while the page is short keeps it. (A CI run once measured elder targets at 58 px, i.e. a 20 px
  // root; the audit now prints the root size and viewport with any problem.)
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(`${base}/app/`);
  await page.getByText('有纠纷，找调解').first().waitFor();
  // (Strings: the test project has no DOM library.)
  const rootSize = () => page.evaluate<string>('getComputedStyle(document.documentElement).fontSize');
  expect(await rootSize()).toBe('20.8px');
  await page.evaluate(`document.body.style.height = '120px'; document.body.style.overflow = 'hidden'; window.dispatchEvent(new Event('resize'))`);
  await page.waitForTimeout(700); // past the script's second look, 500 ms after a resize
  expect(await rootSize()).toBe('20.8px');
  await context.close();
});
