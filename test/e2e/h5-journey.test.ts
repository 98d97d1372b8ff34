/**
 * End to end in headless Chromium on the mini-program's H5 build, against the real API on an
 * embedded PostgreSQL: a resident files with a photo, the committee accepts, the respondent consents
 * through the invitation link, both rank mediators, the mediator records a session and closes with an
 * agreement both confirm, a party adds evidence, the resident records the application for judicial
 * confirmation, rates and answers the follow-up, the justice office sees it on its
 * dashboard. Every screen is saved under
 * test-output/e2e/.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { PROJECT_ROOT } from '../../api/src/config';
import { escalateUnacceptedCases } from '../../api/src/jobs/escalate-unaccepted-cases';
import { startTestApi, type TestApi } from '../support/api';
import { CaseWalker } from '../support/cases';
import { launchBrowser, phone, Screen } from '../support/browser';

const OUT = path.join(PROJECT_ROOT, 'test-output/e2e');
const H5 = path.join(PROJECT_ROOT, 'miniprogram/dist/h5/index.html');
// A 1×1 PNG: the evidence photo.
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

let api: TestApi;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(H5)) throw new Error('No H5 build: npm test builds it first (npm run build --workspace miniprogram)');
  api = await startTestApi({ demo: true });
  base = api.server.url.replace(/\/graphql$/, '');
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

async function person(who: string) {
  const context = await phone(browser);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  // Any GraphQL error the person's screens ran into (shown to them only as a friendly message).
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const body = await response.text().catch(() => '');
    if (body.includes('"errors"')) problems.push(`${response.status()} ${body.slice(0, 400)}`);
  });
  const made = { screen: new Screen(page, who, OUT), problems };
  current.push(made);
  return made;
}

/** Signs in with a demo account through the login page and accepts the privacy guide. */
async function signIn(s: Screen, name: string, next?: string) {
  await s.page.goto(`${base}/app/#/pages/login/index${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await s.fill('账号名，例如 zhangsan', name);
  await s.shot('login');
  await s.tap('登录');
  // Staff too accept the privacy guide once: on their first sign-in (an earlier journey may have been it).
  const guide = s.text('隐私保护指引');
  const signedIn = s.page.locator('.page').filter({ visible: true }).first();
  await Promise.race([guide.waitFor({ state: 'visible', timeout: 15_000 }), s.page.waitForURL((url) => !url.hash.includes('pages/login') && !url.hash.includes('pages/privacy'), { timeout: 15_000 })]).catch(() => undefined);
  await signedIn.waitFor({ state: 'visible', timeout: 15_000 });
  if (await guide.isVisible()) await acceptPrivacy(s);
}

const current: { problems: string[] }[] = [];
afterEach(() => {
  // On a failure, what the API said is the first thing to read.
  for (const who of current) if (who.problems.length) console.log(who.problems.join('\n'));
});

async function acceptPrivacy(s: Screen) {
  await s.see('隐私保护指引');
  await s.shot('privacy');
  await s.tap('同意并继续');
}

describe('the mini-program (H5) from filing to follow-up', () => {
  jest.setTimeout(240_000);

  it('walks one dispute through every screen a resident, a respondent, a committee and a mediator use', async () => {
    const regionNames = (await api.sql("select name from region where code in ('62', '6206', '620602', '620602101') order by length(code)")).map((r) => r.name as string);
    const [mediator] = await api.sql("select m.id, m.name from mediator m join staff_assignment s on s.mediator_id = m.id join user_account u on u.id = s.user_id where u.openid = 'dev:mediator'");

    // The resident: home, sign-in, privacy, the filing wizard with a photo.
    const resident = await person('1-resident');
    const r = resident.screen;
    await r.page.goto(`${base}/app/`);
    await r.see('有纠纷，找调解');
    await r.shot('home');
    await r.tap('申请调解');
    await r.see('演示账号登录');
    await r.fill('账号名，例如 zhangsan', 'e2e-resident');
    await r.tap('登录');
    await acceptPrivacy(r);
    await r.see('纠纷类型');
    await r.tap('邻里');
    await r.shot('file-type');
    await r.tap('下一步');
    await r.fill('什么时间、在哪里、发生了什么，双方争议在哪里', '邻居在两家之间的通道上堆放杂物，影响通行，多次沟通无果。');
    await r.fill('希望对方怎么做，例如：赔偿损失、恢复通行', '清除杂物，恢复通行');
    await r.shot('file-facts');
    await r.tap('下一步');
    const inputs = r.page.locator('input').filter({ visible: true });
    await inputs.nth(0).fill('李秀英');
    await inputs.nth(1).fill('13912345678');
    await r.fill('例如：普通话、凉州话、维吾尔语', '凉州话');
    await inputs.nth(3).fill('王建国');
    await r.shot('file-parties');
    await r.tap('下一步');
    for (const name of regionNames) await r.tap(name);
    await r.see(regionNames.join(' / '));
    await r.shot('file-place');
    await r.tap('下一步');
    const photo = path.join(tmpdir(), 'tiaojie-e2e-photo.png');
    await writeFile(photo, PHOTO);
    const chooser = r.page.waitForEvent('filechooser');
    await r.tap('拍照或从相册选择');
    await (await chooser).setFiles(photo);
    await r.see('删除');
    await r.shot('file-photo');
    await r.tap('下一步');
    await r.see('1 张');
    await r.shot('file-review');
    await r.tap('提交申请');
    await r.see('待受理', 30_000);
    await r.see('证据照片1');
    await r.shot('case-filed');
    const [filed] = await api.sql("select mc.id, mc.number, mc.status from mediation_case mc join case_party p on p.mediation_case_id = mc.id where p.name = '李秀英' order by mc.id desc limit 1");
    expect(filed.status).toBe('PENDING_ACCEPTANCE');
    expect(await api.sql("select language from case_party where mediation_case_id = ? and role = 'APPLICANT'", [filed.id])).toEqual([{ language: '凉州话' }]);
    expect(await api.sql('select file_name from case_evidence where mediation_case_id = ?', [filed.id])).toEqual([{ file_name: '证据照片1' }]);

    // The committee accepts from its triage inbox and gets the invitation link.
    const committee = await person('2-committee');
    const c = committee.screen;
    await signIn(c, 'huangyang-admin');
    await c.see('调委会受理台');
    await c.shot('home');
    await c.tap('调委会受理台');
    await c.see(filed.number);
    await c.shot('inbox');
    await c.tap(filed.number);
    await c.tap('受理');
    await c.tap('确认受理');
    const readLink = async () => {
      const link = c.page.locator('[data-testid="invitation-link"]').filter({ visible: true }).first();
      await link.waitFor({ state: 'visible', timeout: 15_000 });
      return (await link.innerText()).trim();
    };
    await readLink();
    await c.shot('accepted');
    const firstLink = await readLink();
    expect(firstLink).toMatch(/#\/pages\/invitation\/index\?code=/);
    // Later, on a new visit to the page, the same invitation is there to send again, its whole link inside its card.
    await c.page.reload();
    await c.see('等待被申请人答复');
    expect(await readLink()).toBe(firstLink);
    type Box = { getBoundingClientRect(): { left: number; right: number } };
    const margins = await c.page.locator('[data-testid="invitation-link"]').filter({ visible: true }).first().evaluate((el: Box & { closest(selector: string): Box | null }) => {
      const card = (el.closest('.card') as Box).getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { left: Math.round(box.left - card.left), right: Math.round(card.right - box.right) };
    });
    expect(margins.left).toBeGreaterThanOrEqual(0);
    expect(margins.right).toBeGreaterThanOrEqual(0);
    await c.shot('invitation-kept');
    // Sent to the wrong person: withdrawn (the link stops working), then sent again with a new link.
    await c.tap('撤回邀请');
    await c.tap('确定');
    await c.see('邀请已撤回，被申请人无法用原链接答复。需要时请重新生成邀请。');
    await c.shot('invitation-revoked');
    await c.tap('重新生成邀请链接');
    const link = await readLink();
    await c.shot('invitation-reissued');
    expect(link).not.toBe(firstLink);

    // The respondent opens the shared link, signs in, consents and ranks the mediator.
    const respondent = await person('3-respondent');
    const p = respondent.screen;
    await p.page.goto(firstLink);
    await p.see('这个邀请链接已失效');
    await p.shot('invitation-void');
    // The one error this person was meant to meet; none after it.
    expect(respondent.problems).toEqual([expect.stringContaining('邀请码无效或已使用')]);
    respondent.problems.length = 0;
    await p.page.goto(link);
    await p.page.reload();
    await p.see('您收到一份调解邀请');
    await p.see('什么是人民调解');
    await p.shot('invitation');
    await p.tap('登录后查看请求事项并答复');
    await p.fill('账号名，例如 zhangsan', 'e2e-respondent');
    await p.tap('登录');
    await acceptPrivacy(p);
    await p.see('您收到一份调解邀请');
    // Signed in, the respondent reads what the applicant asks, then consents with one tap.
    await p.see('申请人的请求事项');
    await p.shot('invitation-claims');
    await p.tap('同意调解');
    await p.see(/按信任程度依次选择/);
    await p.tap(mediator.name);
    await p.see('第一选择');
    await p.shot('rank');
    await p.tap(/提交我的选择/);
    await p.see('选择调解员', 20_000);
    await p.shot('case-waiting');

    // The resident ranks the same mediator: the mutual choice is made.
    await r.page.reload();
    await r.tap('去选择调解员');
    await r.tap(mediator.name);
    await r.shot('rank');
    await r.tap(/提交我的选择/);
    await r.see('待调解员接受', 20_000);
    await r.shot('case-chosen');

    // The mediator accepts, schedules and records a session, drafts the written agreement.
    const mediatorPerson = await person('4-mediator');
    const m = mediatorPerson.screen;
    await signIn(m, 'mediator');
    await m.tap('调解员工作台');
    await m.see(filed.number);
    await m.shot('workbench');
    await m.tap(filed.number);
    await m.tap('接受派单');
    await m.see('调解中');
    await m.tap('安排调解');
    await m.fill('例如：黄羊镇调解室', '黄羊镇调解室');
    await m.shot('schedule');
    await m.tap('保存安排');
    await m.see(/调解记录 ·/);
    await m.fill('调解经过、双方意见、达成的共识', '双方到场，申请人陈述通行受阻情况，被申请人同意三日内清除杂物。');
    await m.tap('保存记录');
    await m.see('双方到场，申请人陈述通行受阻情况，被申请人同意三日内清除杂物。');
    await m.tap('制作调解协议');
    await m.fill('例如：被申请人在通道堆放杂物，影响申请人通行，负主要责任', '被申请人在通道堆放杂物影响申请人通行，被申请人负主要责任。');
    await m.fill('例如：王某于期限内赔偿李某 500 元', '王建国于三日内清除通道内全部杂物');
    await m.fill('例如：微信转账', '自行清理');
    await m.shot('agreement');
    await m.tap('保存协议，请当事人确认');
    await m.see(/待当事人确认：/);
    await m.shot('agreement-drafted');

    // The resident confirms the first draft; then the mediator changes a term. The resident's
    // confirmation was of the old text: it no longer counts, and the page asks again.
    await r.page.reload();
    await r.tap('我已阅读，确认协议');
    await r.tap('确定');
    await r.see(/您已确认第 1 稿/);
    await r.shot('confirmed-first-draft');
    await m.page.reload();
    await m.tap('重新制作调解协议');
    // The form opens with the current text; the mediator edits the term.
    expect(await m.field('例如：王某于期限内赔偿李某 500 元').inputValue()).toBe('王建国于三日内清除通道内全部杂物');
    await m.fill('例如：王某于期限内赔偿李某 500 元', '王建国于五日内清除通道内全部杂物，\n并恢复通道原状');
    await m.shot('agreement-redraft');
    await m.tap('保存协议，请当事人确认');
    await m.see('第 2 稿（此前各稿的确认已作废）');
    await m.shot('agreement-second-draft');
    const confirmations = await api.sql<{ agreement_version: number }>(
      'select c.agreement_version from agreement_confirmation c join agreement a on a.id = c.agreement_id where a.mediation_case_id = ? order by c.id',
      [filed.id],
    );
    expect(confirmations.map((c) => c.agreement_version)).toEqual([1]); // kept in the file, but for version 1
    expect((await api.sql('select version from agreement where mediation_case_id = ?', [filed.id]))[0].version).toBe(2);

    // Both parties read and confirm the agreement as it now stands.
    for (const party of [r, p]) {
      await party.page.reload();
      await party.see('书面调解协议');
      await party.tap('我已阅读，确认协议');
      await party.see('确认调解协议（第 2 稿）');
      await party.shot('confirm');
      await party.tap('确定');
      await party.see(/您已确认第 2 稿/);
      await party.shot('confirmed');
    }
    await r.see(/五日内清除通道内全部杂物/);
    // The term reads in the lines the mediator wrote it in (a multi-line editor, shown as written).
    expect(await r.page.locator('.term__text').filter({ hasText: '五日内' }).first().innerText()).toContain('杂物，\n并恢复通道原状');

    // The respondent adds a photo while the case is being mediated.
    await p.page.reload();
    await p.see('调解中');
    const second = path.join(tmpdir(), 'tiaojie-e2e-photo-2.png');
    await writeFile(second, Buffer.concat([PHOTO, Buffer.from('another photo')])); // other bytes: not the same evidence twice
    const more = p.page.waitForEvent('filechooser');
    await p.tap('补充证据照片');
    await (await more).setFiles(second);
    await p.see('证据照片1、证据照片2');
    // Both photos as thumbnails, fetched with the party's token (an <img> cannot send it).
    const thumbs = p.page.locator('.evidence-thumb img').filter({ visible: true });
    await thumbs.nth(1).waitFor({ state: 'visible', timeout: 15_000 });
    expect(await thumbs.count()).toBe(2);
    expect(await thumbs.first().evaluate((img) => (img as { complete: boolean; naturalWidth: number }).complete && (img as { naturalWidth: number }).naturalWidth > 0)).toBe(true);
    await p.shot('evidence-added');

    // The mediator closes the case as a success.
    await m.page.reload();
    await m.tap('记录调解结果');
    await m.fill('例如：双方达成书面协议，当场履行第一项', '双方达成书面调解协议，各方已确认');
    await m.tap('调解成功，结案');
    await m.see('调解成功');
    await m.shot('closed');
    expect((await api.sql('select status from mediation_case where id = ?', [filed.id]))[0].status).toBe('SUCCEEDED');

    // Closed, the case file is final: no more evidence; the page says what comes next (judicial confirmation within 30 days).
    await p.page.reload();
    await p.see('调解成功');
    expect(await p.page.getByText('补充证据照片', { exact: true }).filter({ visible: true }).count()).toBe(0);
    await p.see('接下来');
    await p.see(/申请司法确认/);
    await p.shot('next-steps');
    // The printable agreement (人民调解协议书) as the committee prints it: both confirmations of the second draft on it.
    await p.tap('查看调解协议书');
    const printed = p.page.frameLocator('iframe[data-testid="agreement-document"]');
    await printed.getByText('人民调解协议书', { exact: true }).waitFor({ timeout: 15_000 });
    await printed.getByText(`${filed.number}（第 2 稿）`).waitFor();
    expect(await printed.getByText(/在微信确认第 2 稿/).count()).toBe(2);
    await p.see('打印');
    await p.shot('agreement-document');
    await p.page.goBack();
    // The same case page in 长辈模式: the agreement's version and state rows too.
    const caseUrl = p.page.url();
    // (Reloaded after the jump: a hash change while Taro's router is still leaving the agreement page
    // can leave the switch being re-mounted under the pointer.)
    await p.page.goto(`${base}/app/#/pages/settings/index`);
    await p.page.reload();
    await p.see('字更大，按钮更大，页面更简洁');
    await p.page.locator('.taro-switch-input, input[type="checkbox"]').filter({ visible: true }).first().click();
    await p.page.locator('.page.elder').filter({ visible: true }).first().waitFor();
    await p.page.goto(caseUrl);
    await p.page.reload();
    await p.see('第 2 稿（此前各稿的确认已作废）');
    expect(await p.page.locator('.page.elder').filter({ visible: true }).count()).toBeGreaterThan(0);
    await p.shot('case-elder');
    await r.page.reload();
    await r.see('调解成功');
    await r.tap('申请司法确认');
    await r.fill('例如：凉州区人民法院', '凉州区人民法院');
    await r.shot('judicial');
    await r.tap('今天已提出申请');
    await r.see(/已于 \d{4}-\d{2}-\d{2} 向凉州区人民法院申请/);
    expect((await api.sql('select judicial_court from agreement where mediation_case_id = ?', [filed.id]))[0].judicial_court).toBe('凉州区人民法院');

    // The resident rates; a week on, the follow-up visit is due and answered in the mini-program.
    await r.page.reload();
    await r.see('调解成功');
    await r.tap('评价本次调解');
    await r.see('对调解结果');
    const stars = r.page.locator('.star').filter({ visible: true });
    await stars.nth(4).click(); // the outcome: five stars
    await stars.nth(9).click(); // the mediator: five stars
    await r.see('很满意');
    await r.tap('公正');
    await r.shot('rate');
    await r.tap('提交评价');
    await r.see('调解成功', 20_000);
    expect(await api.sql('select outcome_score, mediator_score, tags from case_rating where mediation_case_id = ?', [filed.id])).toEqual([{ outcome_score: 5, mediator_score: 5, tags: ['公正'] }]);
    await api.sql("update follow_up set due_at = now() - interval '1 minute' where mediation_case_id = ? and kind = 'AFTER_CLOSURE'", [filed.id]);
    await r.page.reload();
    await r.tap('填写回访');
    await r.see('纠纷有没有再起？');
    await r.tap('已履行');
    await r.page.locator('.chip--on').filter({ hasText: '已履行' }).filter({ visible: true }).first().waitFor();
    await r.tap('没有');
    await r.page.locator('.star').filter({ visible: true }).nth(4).click();
    await r.see('很满意');
    await r.shot('follow-up');
    await r.tap('提交回访');
    await r.see('调解成功', 20_000);
    await r.shot('case-done');
    expect(await api.sql("select status, performed, flared_up, satisfaction, channel from follow_up where mediation_case_id = ? and kind = 'AFTER_CLOSURE'", [filed.id])).toEqual([
      { status: 'ANSWERED', performed: 'PERFORMED', flared_up: false, satisfaction: 5, channel: 'SELF' },
    ]);

    // The justice office sees it counted on its dashboard, with the mediator among those with the most cases.
    // Last year's ledger, brought in as 补录, gives the figures something to be compared with (同比).
    const [townshipCommittee] = await api.sql("select id from committee where name = '黄羊镇人民调解委员会'");
    const past = await api.gql('mutation($input: PastCaseInput!) { recordPastCase(input: $input) { id } }', {
      input: { idempotencyKey: 'e2e-ledger-2025-1', channel: 'WALK_IN', committeeId: String(townshipCommittee.id), disputeType: 'NEIGHBOURHOOD', regionCode: '620602101',
        facts: '两户因院墙排水问题发生争执。', claims: '改造排水沟', applicants: [{ name: '赵桂兰' }], respondents: [{ name: '钱德明' }], acceptedOn: '2025-06-10', closedOn: '2025-06-20', outcome: 'SUCCEEDED' },
    }, await api.login('huangyang-admin'));
    expect(past.errors).toBeUndefined();
    const justice = await person('5-justice');
    const j = justice.screen;
    await signIn(j, 'sifaju');
    await j.tap('统计看板');
    await j.see('调解成功率');
    await j.see('办案最多的调解员');
    await j.see(mediator.name);
    // One case accepted this year so far, one in the same months last year (and, the period being a whole year, in the year before it).
    const accepted = j.page.locator('.grid__cell').filter({ hasText: /^受理/ }).filter({ visible: true }).first();
    expect((await accepted.innerText()).replace(/\s+/g, ' ')).toBe('受理 1 环比 持平 · 同比 持平');
    await j.shot('dashboard');
    // The townships side by side; one tap goes down to the township's villages.
    const areas = j.page.locator('[data-testid="by-area"]').filter({ visible: true });
    await areas.getByText('黄羊镇', { exact: true }).click();
    await j.see('回到本级');
    await j.see('黄羊村');
    await j.shot('dashboard-township');

    // 报表与考核: 以案定补 per case with the reason, the mediators' half-year scores, the monthly report as a spreadsheet.
    await j.tap('回到本级');
    await j.tap('报表与考核');
    await j.see('补贴合计');
    await j.see(filed.number);
    const [line] = await api.sql('select count(*)::int as n from mediation_case where id = ? and closed_at is not null', [filed.id]);
    expect(line.n).toBe(1);
    await j.see(/^(补贴 [\d,]+ 元|不予补贴)$/);
    // Why this case is paid or not, as the API reckons it for the same months, is on the screen.
    const year = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4);
    const reckoned = await api.gql('query($r: String!, $f: String!, $t: String!) { subsidies(regionCode: $r, from: $f, to: $t) { lines { caseId reasons } } }', { r: '620602', f: `${year}-01-01`, t: `${Number(year) + 1}-01-01` }, await api.login('sifaju'));
    const reasons = reckoned.data.subsidies.lines.find((l: { caseId: string }) => l.caseId === String(filed.id)).reasons as string[];
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) await j.see(reason);
    await j.shot('subsidies');
    const subsidyFile = j.page.waitForEvent('download');
    await j.tap('下载 Excel');
    expect((await subsidyFile).suggestedFilename()).toMatch(/^以案定补-\d{4}-\d{2}至\d{4}-\d{2}\.xlsx$/);
    await j.tap('半年考核');
    await j.see(mediator.name);
    await j.tap(mediator.name);
    await j.see(/得分|分/);
    await j.page.locator('[data-testid="assessment-breakdown"]').filter({ visible: true }).first().waitFor();
    await j.shot('assessment');
    await j.tap('统计月报');
    const download = j.page.waitForEvent('download');
    await j.tap('下载 Excel');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^统计月报-\d{4}-\d{2}\.xlsx$/);
    const saved = path.join(tmpdir(), `tiaojie-e2e-${file.suggestedFilename()}`);
    await file.saveAs(saved);
    expect((await readFile(saved)).subarray(0, 2).toString()).toBe('PK'); // an .xlsx is a zip
    // The tab is in the address: reloading the page keeps the office on 统计月报.
    expect(j.page.url()).toContain('tab=monthly');
    await j.page.reload();
    await j.see('按统计报表的纠纷类型列出当月受理、调解成功、司法确认和涉及金额。');
    await j.shot('monthly');
    // The same month on the dashboard.
    await j.tap('在看板上查看该月');
    await j.see('辖区案件列表');
    expect(decodeURIComponent(j.page.url())).toMatch(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
    await j.shot('monthly-on-dashboard');

    // The whole way is on the case's record, and no page threw.
    const steps = (await api.sql('select action from case_event where mediation_case_id = ? order by id', [filed.id])).map((e) => e.action);
    expect(steps).toEqual(expect.arrayContaining(['FILE', 'ACCEPT', 'CONSENT', 'MUTUAL_CHOICE', 'MEDIATOR_ACCEPT', 'SESSION_SCHEDULED', 'AGREEMENT_DRAFTED', 'RECORD_SUCCESS']));
    for (const who of [resident, committee, respondent, mediatorPerson, justice]) expect(who.problems).toEqual([]);
    // No ISO timestamp or enum code on any screen a person saw (issue 12).
    expect([resident, committee, respondent, mediatorPerson, justice].flatMap((who) => who.screen.machineText)).toEqual([]);
  });

  it('searches the menu typed in H5, offers a village case mediators from the township, and surfaces a case stranded at a village in the township\'s inbox', async () => {
    const walk = new CaseWalker(api);
    const village = { committee: '黄羊村人民调解委员会', regionCode: '620602101201', disputeType: 'NEIGHBOURHOOD' };

    // The menu's search box, typed key by key: what is typed stays, Enter searches for it.
    const [unique] = await api.sql(`select m.name from mediator m where m.active and (select count(*) from mediator o where o.name = m.name) = 1
      and m.name not like '%·%' order by m.id limit 1`);
    const browsing = await person('6-menu-search');
    const b = browsing.screen;
    await b.page.goto(`${base}/app/#/pages/mediators/index`);
    await b.see('搜索');
    const box = b.field('搜索姓名、专长、语言');
    await box.click();
    await box.pressSequentially(unique.name, { delay: 30 });
    expect(await box.inputValue()).toBe(unique.name);
    await box.press('Enter');
    await b.see(`搜索“${unique.name}”的结果`);
    await b.see(unique.name);
    expect(await b.page.locator('.list-item__title').filter({ visible: true }).allInnerTexts()).toEqual([unique.name]);
    await b.shot('menu-search');
    // The language filter: 汉语 is 普通话, and a dialect is its own entry.
    await b.tap('清除');
    await b.tap('筛选');
    await b.see(/凉州话（\d+）/);
    await b.shot('menu-languages');

    // A village case: its menu reaches up to the township's mediators.
    const choosing = await walk.choosingMediator('e2e-village', 'e2e-village-respondent', village);
    const villager = await person('7-village-party');
    const v = villager.screen;
    await signIn(v, 'e2e-village', `/pages/rank/index?id=${choosing}`);
    await v.see(/上级调委会/);
    await v.see(/^黄羊镇人民调解委员会/);
    await v.shot('village-menu');
    await v.tap('查看详情');
    await v.see('简介');
    // The contact card: the QR that opens this profile, drawn by the server (outside WeChat a QR of the H5 page).
    await v.see('调解联系卡');
    await v.page.waitForFunction("Array.from(document.querySelectorAll('[data-testid=\"contact-card\"] img')).some((img) => img.naturalWidth > 300)", undefined, { timeout: 15_000 });
    await v.shot('village-menu-profile');
    // Someone trusted who is not on this menu: named from the county's whole list (指名).
    const [named] = await api.sql(`select m.name from mediator m join membership ms on ms.mediator_id = m.id join committee c on c.id = ms.committee_id
      where c.name = '高坝村人民调解委员会' and (select count(*) from mediator o where o.name = m.name) = 1 order by m.id limit 1`);
    await v.page.goBack();
    await v.tap('从全县名册中指名');
    await v.see('点一位调解员，指名其为本案调解员。');
    const pickBox = v.field('搜索姓名、专长、语言');
    await pickBox.click();
    await pickBox.pressSequentially(named.name, { delay: 20 });
    await pickBox.press('Enter');
    await v.see(`搜索“${named.name}”的结果`);
    await v.tap(named.name);
    await v.see(`指名${named.name}`);
    await v.shot('name-a-mediator');
    await v.tap('确定');
    await v.see(/待调委会答复/);
    await v.shot('named');

    // A case nobody at the village accepted: past its deadline it moves up and surfaces in the township's inbox.
    const stranded = await walk.filed('e2e-stranded', village);
    const [{ number }] = await api.sql('select number from mediation_case where id = ?', [Number(stranded)]);
    await api.sql("update mediation_case set acceptance_due_at = now() - interval '1 hour' where id = ?", [Number(stranded)]);
    const township = await person('8-township');
    const t = township.screen;
    await signIn(t, 'huangyang-admin');
    await t.tap('调委会受理台');
    await t.see('积压情况（含下级调委会）');
    await t.tap('辖区待受理');
    await t.see(number);
    await t.see(/（逾期未受理）/);
    await t.shot('stranded-below');
    expect((await escalateUnacceptedCases(api.db.orm)).escalated).toBeGreaterThanOrEqual(1);
    await t.page.reload();
    await t.see(number);
    await t.shot('stranded-escalated');
    await t.tap(number);
    await t.see(/自动移交黄羊镇人民调解委员会/);
    await t.see('受理');
    await t.shot('stranded-case');

    // The justice office's list of its region's cases, overdue ones first to hand.
    const office = await person('9-justice-list');
    const o = office.screen;
    await signIn(o, 'huangyang-sifasuo');
    await o.tap('统计看板');
    await o.tap('辖区案件列表');
    await o.see('积压情况');
    await o.see('全部');
    await o.shot('region-cases');
    // The office arranges the mediator the villager named.
    await o.page.goto(`${base}/app/#/packages/committee/pages/case/index?id=${choosing}`);
    await o.see('当事人指名的调解员');
    await o.see(named.name);
    await o.shot('named-request');
    await o.tap('安排该调解员');
    await o.see('待调解员接受');
    await o.shot('named-arranged');
    expect((await api.sql('select m.name from mediation_case mc join mediator m on m.id = mc.mediator_id where mc.id = ?', [Number(choosing)]))[0].name).toBe(named.name);

    // The system administrator invites the village committee's new admin from the phone…
    const inviter = await person('10-inviter');
    const a = inviter.screen;
    await signIn(a, 'admin');
    await a.tap('邀请工作人员');
    await a.tap('生成邀请码');
    await a.see('请选择角色');
    await a.tap('调委会管理员');
    await a.fill('例如：王丽（黄羊镇司法所）', '黄羊村调委会主任');
    await a.fill('输入调委会名称搜索', '黄羊村');
    await a.tap('搜索');
    await a.tap('黄羊村人民调解委员会');
    await a.shot('invite-staff');
    await a.tap('生成邀请码');
    const codeText = a.page.locator('[data-testid="staff-code"]').filter({ visible: true }).first();
    await codeText.waitFor();
    const code = (await codeText.innerText()).trim();
    expect(code).toMatch(/^[A-Z0-9]{10}$/);
    await a.see(/只显示这一次/);
    await a.shot('staff-code-issued');
    const [invitedRow] = await api.sql("select s.role, c.name from staff_assignment s join committee c on c.id = s.committee_id where s.display_name = '黄羊村调委会主任'");
    expect(invitedRow).toEqual({ role: 'COMMITTEE_ADMIN', name: '黄羊村人民调解委员会' });
    const invited = { data: { createStaffInvitation: { code } } };
    // …who binds the role with it.
    const newcomer = await person('10-new-staff');
    const n = newcomer.screen;
    await signIn(n, 'e2e-new-staff');
    await n.see('有纠纷，找调解');
    await n.tap('设置');
    // The phone number is bound in WeChat, which checks it is theirs: the web version says so.
    await n.see(/网页版不能绑定手机号/);
    await n.see('工作人员');
    await n.fill('输入邀请码', invited.data.createStaffInvitation.code.toLowerCase());
    await n.shot('staff-code');
    await n.tap('绑定');
    await n.see('调委会受理台');
    await n.shot('staff-bound');

    for (const who of [browsing, villager, township, office, inviter, newcomer]) expect(who.problems).toEqual([]);
    expect([browsing, villager, township, office, inviter, newcomer].flatMap((who) => who.screen.machineText)).toEqual([]);
  });

  it('staff register cases for people: the grid officer reports from the spot and follows it; the committee registers a walk-in and vouches for the respondent', async () => {
    const [village] = await api.sql("select r.name, r.code from grid_unit g join region r on r.code = g.region_code where g.name = '黄羊村一组'");
    const photo = path.join(tmpdir(), 'tiaojie-e2e-grid-photo.png');
    await writeFile(photo, PHOTO);

    // The grid officer: from the home page's 工作台 to the report form, their grid's village already chosen.
    const officer = await person('11-grid');
    const g = officer.screen;
    await signIn(g, 'grid');
    await g.see('工作台');
    await g.shot('home');
    await g.tap('上报纠纷');
    await g.see(/^黄羊村一组：上报后由调委会受理/);
    await g.see(new RegExp(`${village.name}$`));
    // Sent empty: each problem beside its field, nothing registered.
    await g.tap('上报');
    await g.see('请选择纠纷类型');
    await g.see('请用至少 10 个字记录事情经过');
    await g.shot('report-problems');
    await g.tap('邻里');
    await g.fill('什么时间、在哪里、发生了什么，双方争议在哪里', '两户因门前排水沟堵塞发生争吵，网格员现场劝解后上报。');
    await g.fill('当事人希望怎样解决，例如：赔偿损失、恢复通行', '疏通排水沟');
    await g.fill('来访群众或纠纷一方的姓名', '赵桂兰');
    await g.fill('纠纷另一方的姓名或单位名称', '钱德明');
    await g.page.locator('.field').filter({ hasText: '涉及人数' }).filter({ visible: true }).locator('input').fill('12');
    await g.fill('例如：黄羊村一组东头', '黄羊村一组东头水渠边');
    // Where the officer stands, from the phone's location.
    await g.page.context().grantPermissions(['geolocation']);
    await g.page.context().setGeolocation({ latitude: 37.928391, longitude: 102.641226 });
    await g.tap('记录当前位置');
    await g.see('已记录当前位置');
    const chooser = g.page.waitForEvent('filechooser');
    await g.tap('拍照或从相册选择');
    await (await chooser).setFiles(photo);
    await g.see('删除');
    // Each message went as its field was put right.
    expect(await g.page.locator('.field__error').filter({ visible: true }).allInnerTexts()).toEqual([]);
    await g.shot('report-filled');
    await g.tap('上报');
    await g.see('上报新的纠纷', 30_000);
    await g.see('待受理');
    await g.shot('my-reports');
    const [reported] = await api.sql("select mc.id, mc.number, mc.channel, mc.region_code, mc.place, mc.latitude, mc.longitude from mediation_case mc join case_party p on p.mediation_case_id = mc.id where p.name = '赵桂兰' order by mc.id desc limit 1");
    expect(reported).toMatchObject({ channel: 'GRID_REPORT', region_code: village.code, place: '黄羊村一组东头水渠边' });
    // Stored as WeChat's maps have it (GCJ-02): the browser's GPS position, shifted the few hundred metres that datum shifts it in China.
    const shift = [Number(reported.latitude) - 37.928391, Number(reported.longitude) - 102.641226];
    expect(Math.hypot(shift[0], shift[1])).toBeGreaterThan(0.001);
    expect(Math.hypot(shift[0], shift[1])).toBeLessThan(0.01);
    expect(await api.sql('select file_name from case_evidence where mediation_case_id = ?', [reported.id])).toEqual([{ file_name: '现场照片1' }]);
    await g.tap(reported.number);
    await g.see('待受理');
    await g.shot('report-case');

    // The committee: a walk-in, registered from the home page; a referral needs its document number.
    const desk = await person('12-walk-in');
    const d = desk.screen;
    await signIn(d, 'huangyang-admin');
    await d.tap('来访登记');
    await d.see(/^登记到黄羊镇人民调解委员会/);
    await d.tap('法院委派委托');
    await d.see('委派、移送文号');
    await d.tap('登记');
    await d.see('委派、移送的案件请填写文号');
    await d.shot('walk-in-problems');
    await d.tap('来访登记');
    await d.tap('房屋宅基地');
    await d.fill('什么时间、在哪里、发生了什么，双方争议在哪里', '来访群众反映邻居新建院墙占用了自家宅基地约半米。');
    await d.fill('当事人希望怎样解决，例如：赔偿损失、恢复通行', '拆除占地部分院墙');
    await d.fill('来访群众或纠纷一方的姓名', '孙玉梅');
    await d.fill('纠纷另一方的姓名或单位名称', '周建军');
    await d.fill('被申请人的 11 位手机号', '13600001357');
    // Two sisters came together: both are applicants. The photo of the wall they brought goes with the case.
    await d.fill('多人纠纷的其他申请人，用顿号分开', '孙玉兰');
    const wall = d.page.waitForEvent('filechooser');
    await d.tap('拍照或从相册选择');
    await (await wall).setFiles(photo);
    await d.see('删除');
    await d.shot('walk-in-filled');
    await d.tap('登记');
    await d.see('受理', 30_000);
    const [walkIn] = await api.sql("select mc.id, mc.channel, mc.status, mc.people_involved from mediation_case mc join case_party p on p.mediation_case_id = mc.id where p.name = '孙玉梅'");
    // Everyone named counts among the people involved, though the form still said 2.
    expect(walkIn).toMatchObject({ channel: 'WALK_IN', status: 'PENDING_ACCEPTANCE', people_involved: 3 });
    expect(await api.sql('select role, name from case_party where mediation_case_id = ? order by id', [walkIn.id])).toEqual([
      { role: 'APPLICANT', name: '孙玉梅' }, { role: 'APPLICANT', name: '孙玉兰' }, { role: 'RESPONDENT', name: '周建军' },
    ]);
    expect(await api.sql('select file_name from case_evidence where mediation_case_id = ?', [walkIn.id])).toEqual([{ file_name: '现场照片1' }]);
    await d.shot('walk-in-case');
    await d.tap('受理');
    await d.tap('确认受理');
    const readLink = async () => {
      const link = d.page.locator('[data-testid="invitation-link"]').filter({ visible: true }).first();
      await link.waitFor({ state: 'visible', timeout: 15_000 });
      return (await link.innerText()).trim();
    };
    const firstLink = await readLink();

    // The respondent opens it on a phone that never bound the number given at the desk: told why, and how to bind it.
    const other = await person('13-unverified-respondent');
    const p = other.screen;
    await p.page.goto(firstLink);
    await p.page.reload();
    await p.tap('登录后查看请求事项并答复');
    await p.fill('账号名，例如 zhangsan', 'e2e-walk-in-respondent');
    await p.tap('登录');
    await acceptPrivacy(p);
    // Told before anyone taps: no answer is offered until the identity checks out.
    await p.see('请先核实身份');
    await p.see('请先绑定手机号，以核实您是被申请人本人；也可以联系调委会核实身份后重新发送邀请');
    await p.see(/网页版不能绑定手机号/);
    expect(await p.page.getByText(/^(同意调解|不同意调解)$/).filter({ visible: true }).count()).toBe(0);
    await p.shot('identity-refused');
    expect((await api.sql('select status from mediation_case where id = ?', [walkIn.id]))[0].status).toBe('AWAITING_CONSENT');

    // The committee calls them, checks it is the respondent, and vouches for a new invitation.
    await d.tap('核实身份后生成邀请');
    await d.fill('写明如何核实了被申请人身份，如：电话核实本人，姓名与申请一致', '电话核实本人，姓名与登记一致');
    await d.shot('vouch');
    await d.tap('生成邀请');
    await d.see('已核实被申请人身份：电话核实本人，姓名与登记一致');
    expect(await d.field('写明如何核实了被申请人身份，如：电话核实本人，姓名与申请一致').count()).toBe(0);
    await d.shot('vouched');
    expect(await api.sql('select invitation_identity_check from mediation_case where id = ?', [walkIn.id])).toEqual([{ invitation_identity_check: '电话核实本人，姓名与登记一致' }]);
    const vouchedLink = await readLink();
    expect(vouchedLink).not.toBe(firstLink);

    // With the vouched link the same person consents and goes on to choose mediators.
    await p.page.goto(vouchedLink);
    await p.page.reload();
    await p.tap('同意调解');
    await p.see(/按信任程度依次选择/);
    await p.shot('vouched-consented');
    expect((await api.sql('select status from mediation_case where id = ?', [walkIn.id]))[0].status).toBe('CHOOSING_MEDIATOR');

    // The committee keeps its own menu: a profile completed, a new mediator added, a role changed, one who left.
    await d.page.goto(`${base}/app/#/packages/committee/pages/inbox/index?committeeId=${(await api.sql("select id from committee where name = '黄羊镇人民调解委员会'"))[0].id}`);
    await d.tap('本会调解员名册');
    await d.see('新增调解员');
    await d.shot('members');
    const members = d.page.locator('[data-testid="member"]').filter({ visible: true });
    const first = (await members.first().locator('.list-item__title').innerText()).trim();
    await members.first().getByText('编辑资料', { exact: true }).click();
    await d.see('擅长领域');
    // A real photo instead of the generated portrait.
    const portrait = d.page.waitForEvent('filechooser');
    await d.tap(/^(更换照片|上传照片)$/);
    await (await portrait).setFiles(photo);
    await d.see('照片已更换');
    await d.tap('物业');
    await d.fill('调解经历、擅长化解的纠纷，让当事人了解和信任', '从事人民调解十二年，擅长物业和邻里纠纷。');
    await d.fill('用顿号分开，如 普通话、凉州话', '普通话、凉州话');
    await d.shot('edit-profile');
    // Off the menu for a while (暂停接案), then back.
    await d.tap('暂停接案');
    await d.see('已暂停接案');
    const activeOf = async () => (await api.sql("select m.active from mediator m join membership ms on ms.mediator_id = m.id join committee c on c.id = ms.committee_id where c.name = '黄羊镇人民调解委员会' and m.name = ? and ms.active", [first]))[0].active as boolean;
    expect(await activeOf()).toBe(false);
    await d.shot('paused');
    await d.tap('恢复接案');
    await d.see('正在接案');
    expect(await activeOf()).toBe(true);
    await d.tap('保存');
    await d.see('新增调解员');
    const [edited] = await api.sql("select m.bio, m.languages, array(select dispute_type_code from mediator_specialty s where s.mediator_id = m.id order by 1) as specialties from mediator m join membership ms on ms.mediator_id = m.id join committee c on c.id = ms.committee_id where c.name = '黄羊镇人民调解委员会' and m.name = ? and ms.active", [first]);
    expect(edited.bio).toBe('从事人民调解十二年，擅长物业和邻里纠纷。');
    expect(edited.specialties).toContain('PROPERTY_MANAGEMENT');
    expect(edited.languages).toEqual(['普通话', '凉州话']);
    // A mediator of another committee joins this one's menu from the county's list.
    const [elsewhere] = await api.sql("select m.id, m.name from mediator m where m.active and not exists (select 1 from membership ms join committee c on c.id = ms.committee_id where ms.mediator_id = m.id and c.name = '黄羊镇人民调解委员会') and (select count(*) from mediator o where o.name = m.name) = 1 order by m.id limit 1");
    await d.fill('输入姓名或专长', elsewhere.name);
    await d.tap('搜索');
    await d.see(new RegExp(`^${elsewhere.name} · `));
    await d.tap('加入本会');
    await members.filter({ hasText: elsewhere.name }).first().waitFor();
    await d.shot('members-joined');
    expect(await api.sql("select ms.active from membership ms join committee c on c.id = ms.committee_id where c.name = '黄羊镇人民调解委员会' and ms.mediator_id = ?", [elsewhere.id])).toEqual([{ active: true }]);
    const [{ photo_url: photoUrl }] = await api.sql("select m.photo_url from mediator m join membership ms on ms.mediator_id = m.id join committee c on c.id = ms.committee_id where c.name = '黄羊镇人民调解委员会' and m.name = ? and ms.active", [first]);
    expect(photoUrl).toMatch(/^\/media\/photos\/[0-9a-f]{64}\.png$/);
    await d.tap('新增调解员');
    await d.tap('加入本会名册');
    await d.see('请选择性别');
    await d.shot('new-mediator-problems');
    await d.page.locator('.field').filter({ hasText: /^姓名/ }).filter({ visible: true }).locator('input').fill('马秀兰');
    await d.tap('女');
    await d.tap('二级');
    await d.tap('兼职');
    await d.tap('退休干部');
    await d.tap('婚姻家庭');
    await d.tap('加入本会名册');
    await d.see('马秀兰');
    await d.shot('members-added');
    const added = members.filter({ hasText: '马秀兰' });
    await added.getByText('调整职务', { exact: true }).click();
    await added.getByText('委员', { exact: true }).click();
    await added.locator('.tag').getByText('委员', { exact: true }).waitFor();
    await added.getByText('离任', { exact: true }).click();
    await d.tap('确定');
    await members.filter({ hasText: '马秀兰' }).first().waitFor({ state: 'detached' });
    await d.shot('members-left');
    const [left] = await api.sql("select ms.role, ms.active from membership ms join mediator m on m.id = ms.mediator_id where m.name = '马秀兰'");
    expect(left).toEqual({ role: 'MEMBER', active: false });

    // Twelve people in the grid's dispute: the township's justice office is warned, the card names the committee and opens the case.
    const watch = await person('14-warnings');
    const w = watch.screen;
    await signIn(w, 'huangyang-sifasuo');
    await w.tap('统计看板');
    await w.tap('查看本地区矛盾纠纷预警 ›');
    await w.see('涉及人数众多');
    await w.see('涉及 12 人');
    await w.see(/黄羊村人民调解委员会 · 涉及 1 件/);
    await w.shot('warnings');
    await w.tap(reported.number);
    await w.see('纠纷情况');
    await w.see('黄羊村一组东头水渠边');
    await w.shot('warned-case');
    // The committee named on the card opens its inbox.
    await w.page.goBack();
    await w.tap('黄羊村人民调解委员会');
    await w.see('本会调解员名册');
    await w.see(reported.number);
    await w.shot('warned-committee');

    for (const who of [officer, desk, other, watch]) expect(who.problems).toEqual([]);
    expect([officer, desk, other, watch].flatMap((who) => who.screen.machineText)).toEqual([]);
  });
});
