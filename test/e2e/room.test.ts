/**
 * The mediation room in headless Chromium at phone width (issue 16): the mediator talks to both
 * parties face to face and to each back to back; each party reaches the room by taps from their
 * case, reads the joint thread and only their own private one, and answers; the mediator sees the
 * answer arrive without reloading (polling). Screens are saved under test-output/e2e.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { PROJECT_ROOT } from '../../api/src/config';
import { startTestApi, type TestApi } from '../support/api';
import { launchBrowser, signedInPhone } from '../support/browser';
import { CaseWalker } from '../support/cases';

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

it('the mediator talks face to face and back to back; each party reads only the joint thread and their own', async () => {
  const walk = new CaseWalker(api);
  const id = await walk.inMediation('room-e2e-applicant', 'room-e2e-respondent');
  const [{ number }] = await api.sql<{ number: string }>('select number from mediation_case where id = ?', [Number(id)]);

  // The mediator: workbench → the case → the room.
  const mediator = await signedInPhone(browser, base, 'mediator', 'room-1-mediator', OUT);
  const m = mediator.screen;
  // GraphQL errors and page errors behind the mediator's screens (shown to them only as a friendly message).
  const errors: string[] = [];
  m.page.on('response', async (response) => {
    const body = response.url().endsWith('/graphql') ? await response.text().catch(() => '') : '';
    if (body.includes('"errors"')) errors.push(body.slice(0, 300));
  });
  m.page.on('pageerror', (e) => errors.push(String(e)));
  await m.tap('调解员工作台');
  await m.tap('调解中');
  await m.see(number);
  await m.tap(number);
  await m.tap('线上调解室（面对面、背对背）');
  await m.see('面对面：双方当事人和调解员都能看到这里的内容。');
  await m.see('还没有消息。可以在下面说明您的情况。');
  await m.fill('双方和调解员都能看到', '双方好，今天我们在线上调解院墙的事。');
  await m.tap('发送');
  await m.see('双方好，今天我们在线上调解院墙的事。');
  await m.tap(/^背对背：周海燕（申请人）/);
  await m.see('背对背：只有您和调解员能看到这里的内容，对方当事人看不到。');
  await m.fill('只有调解员能看到', '私下问您：修墙费最低能接受多少？');
  await m.tap('发送');
  await m.see('私下问您：修墙费最低能接受多少？');
  await m.tap(/^背对背：吴德明（被申请人）/);
  await m.fill('只有调解员能看到', '私下问您：您愿意赔多少？');
  await m.tap('发送');
  await m.see('私下问您：您愿意赔多少？');
  await m.shot('room-respondent-thread');

  // The applicant: my cases → the case → the room; the joint thread and their own, not the respondent's.
  const applicant = await signedInPhone(browser, base, 'room-e2e-applicant', 'room-2-applicant', OUT);
  const a = applicant.screen;
  await a.tap('我的案件');
  await a.see(number);
  await a.tap(number);
  // The room opens in one round trip: its state, the joint thread's messages and its proposals in one query.
  await a.see(/^进入线上调解室/);
  const roomQueries: string[] = [];
  a.page.on('request', (request) => {
    const body = request.url().endsWith('/graphql') ? (request.postDataJSON() as { operationName?: string; query?: string } | null) : null;
    if (body?.query?.trimStart().startsWith('query') && /Room/.test(body.operationName ?? '')) roomQueries.push(body.operationName ?? '');
  });
  await a.tap(/^进入线上调解室/);
  await a.see('双方好，今天我们在线上调解院墙的事。');
  expect(roomQueries).toEqual(['RoomPage']);
  await a.see(/^背对背：周海燕（申请人）/);
  expect(await a.page.getByText(/背对背：吴德明（被申请人）/).count()).toBe(0);
  expect(await a.page.getByText('私下问您：您愿意赔多少？').count()).toBe(0);
  await a.shot('room-joint');
  await a.tap(/^背对背：周海燕（申请人）/);
  await a.see('私下问您：修墙费最低能接受多少？');
  await a.fill('只有调解员能看到', '两千元我也能接受。');
  await a.tap('发送');
  await a.see('两千元我也能接受。');
  await a.shot('room-private');

  // The respondent never reads it.
  const respondent = await signedInPhone(browser, base, 'room-e2e-respondent', 'room-3-respondent', OUT);
  const r = respondent.screen;
  await r.tap('我的案件');
  await r.see(number);
  await r.tap(number);
  await r.tap(/^进入线上调解室/);
  await r.see('双方好，今天我们在线上调解院墙的事。');
  expect(await r.page.getByText(/背对背：周海燕（申请人）/).count()).toBe(0);
  await r.tap(/^背对背：吴德明（被申请人）/);
  await r.see('私下问您：您愿意赔多少？');
  expect(await r.page.getByText(/两千元|修墙费最低/).count()).toBe(0);
  await r.shot('room-own-private');

  // The mediator, still in the room, sees the applicant's answer arrive (polled, no reload).
  await m.tap(/^背对背：周海燕（申请人）/);
  await m.see('两千元我也能接受。', 20_000);
  // The applicant read the question before answering it: the mediator sees it read.
  await m.see('已读');
  await m.shot('room-answer-arrived');

  // Face to face, the mediator puts a proposal; both accept; the agreement is drafted from it with one tap.
  await m.tap(/^面对面（双方当事人和调解员）/);
  await m.tap('向双方提出调解方案');
  await m.fill('例如：被申请人赔偿申请人修墙费用 2000 元', '被申请人赔偿申请人修墙费用人民币壹仟捌佰元');
  await m.fill('例如：微信转账一次付清', '微信转账一次付清');
  await m.tap('发出方案');
  await m.see('调解方案（等待答复）');
  await m.shot('room-proposal-put');
  for (const [party, who] of [[a, '周海燕'], [r, '吴德明']] as const) {
    await party.page.reload();
    await party.see('调解方案（等待答复）');
    await party.see(/被申请人赔偿申请人修墙费用人民币壹仟捌佰元/, 15_000);
    await party.tap('接受方案');
    await party.see(`${who}：接受`);
    await party.see(/您已接受这个方案/);
  }
  await r.shot('room-proposal-accepted');
  await m.page.reload();
  await m.see('调解方案（各方已接受）');
  await m.tap('按此方案起草调解协议');
  await m.fill('纠纷的主要事实、争议事项和各方责任', '被申请人倒车撞坏申请人院墙约三米，经线上调解，双方同意按方案赔偿。');
  await m.tap('起草协议');
  await m.see('已按方案起草调解协议，请双方在案件页确认');
  await m.shot('room-agreement-drafted');
  const [term] = await api.sql<{ content: string; method: string }>('select t.content, t.method from agreement_term t join agreement g on g.id = t.agreement_id where g.mediation_case_id = ?', [Number(id)]);
  expect(term).toEqual({ content: '被申请人赔偿申请人修墙费用人民币壹仟捌佰元', method: '微信转账一次付清' });
  // The applicant finds it on the case page, to confirm as any draft.
  await a.page.goto(`${base}/app/#/pages/case/index?id=${id}`);
  await a.page.reload();
  await a.see(/被申请人赔偿申请人修墙费用人民币壹仟捌佰元/);
  await a.shot('case-agreement-from-proposal');

  for (const s of [m, a, r]) expect(s.machineText).toEqual([]);
  // Nothing went wrong behind the screens the mediator used.
  expect(errors).toEqual([]);
  for (const phone of [mediator, applicant, respondent]) await phone.context.close();
});

it('unread messages and the video session\'s link show on the case page; the mediator pauses a party and marks a message for the case file; the party reads why and can still speak back to back', async () => {
  const walk = new CaseWalker(api);
  const id = await walk.inMediation('room-e2e-applicant-2', 'room-e2e-respondent-2');
  const [{ number }] = await api.sql<{ number: string }>('select number from mediation_case where id = ?', [Number(id)]);
  const say = async (who: string, text: string) => {
    const res = await api.gql('mutation($id: ID!, $t: String!, $k: String!) { postRoomMessage(caseId: $id, text: $t, clientKey: $k) { id } }', { id, t: text, k: `e2e-${who}-${text.length}-${Date.now()}` }, await walk.as(who));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  };
  await say('mediator', '双方好，今天先把各自的想法说一说。');
  await say('room-e2e-respondent-2', '我承认是我倒车撞坏了院墙。');
  const scheduled = await api.gql('mutation($id: ID!, $input: SessionInput!) { scheduleSession(caseId: $id, input: $input) { id } }',
    { id, input: { mode: 'ONLINE', place: '腾讯会议 123 456 789', scheduledAt: new Date(Date.now() + 86_400_000).toISOString(), meetingUrl: 'https://meeting.tencent.com/dm/Ab12Cd34' } }, await walk.as('mediator'));
  if (scheduled.errors) throw new Error(JSON.stringify(scheduled.errors));
  // A voice note the respondent recorded in WeChat (a browser plays them; only WeChat records).
  const voice = new FormData();
  voice.append('file', new Blob([Buffer.concat([Buffer.from('ID3'), Buffer.alloc(300, 0x55)])], { type: 'audio/mpeg' }), '语音.mp3');
  const recorded = await fetch(`${base}/cases/${id}/room/voice?clientKey=e2e-voice-note-1&seconds=3`, { method: 'POST', body: voice, headers: { authorization: `Bearer ${await walk.as('room-e2e-respondent-2')}` } });
  expect(recorded.status).toBe(201);

  // The applicant: two new messages wait, on the case page; reading them in the room clears the count.
  const applicant = await signedInPhone(browser, base, 'room-e2e-applicant-2', 'room-4-applicant', OUT);
  const a = applicant.screen;
  await a.tap('我的案件');
  await a.tap(number);
  await a.see('进入线上调解室（3 条新消息）');
  // The video session's link, to copy into 腾讯会议.
  await a.see('视频会议链接：https://meeting.tencent.com/dm/Ab12Cd34');
  await a.see('复制会议链接');
  await a.shot('case-room-unread');
  await a.tap('进入线上调解室（3 条新消息）');
  await a.see('我承认是我倒车撞坏了院墙。');
  await a.see('▶ 语音 3″');
  // The phone marks what it showed as read.
  const readMarks = async () => (await api.sql<{ n: number }>('select count(*)::int as n from room_read where mediation_case_id = ?', [Number(id)]))[0].n;
  for (let i = 0; i < 50 && (await readMarks()) === 0; i++) await new Promise((resolve) => setTimeout(resolve, 200));
  expect(await readMarks()).toBe(1);
  await a.page.goto(`${base}/app/#/pages/case/index?id=${id}`);
  await a.page.reload();
  await a.see('进入线上调解室');

  // The mediator: two new messages (the respondent's words and voice note); marks the words for the file and asks the applicant to pause for 10 minutes.
  const mediator = await signedInPhone(browser, base, 'mediator', 'room-5-mediator', OUT);
  const m = mediator.screen;
  await m.tap('调解员工作台');
  await m.tap('调解中');
  await m.tap(number);
  await m.tap('线上调解室（面对面、背对背）：2 条新消息');
  await m.see('我承认是我倒车撞坏了院墙。');
  // The respondent's admission, the second message, goes into the file.
  await m.page.getByText('存入卷宗', { exact: true }).filter({ visible: true }).nth(1).click();
  await m.see('已存入卷宗');
  expect((await api.sql<{ body: string }>('select body from room_message where mediation_case_id = ? and marked_for_file_at is not null', [Number(id)])).map((r) => r.body)).toEqual(['我承认是我倒车撞坏了院墙。']);
  await m.tap('请周海燕暂停发言');
  await m.tap('10 分钟');
  await m.fill('原因（只有周海燕和工作人员能看到），如：情绪激动，请先冷静一下', '情绪激动，请先冷静一下');
  await m.tap('暂停发言');
  await m.see(/^周海燕暂停发言至 .*（情绪激动，请先冷静一下）$/);
  await m.see('调解室管理记录');
  await m.see(/存入卷宗：面对面（双方当事人和调解员）的消息$/);
  await m.see(/暂停发言：周海燕，至 .*（情绪激动，请先冷静一下）$/);
  await m.shot('room-moderated');

  // The applicant reads why, has no box in the joint thread, and still speaks to the mediator back to back.
  await a.tap(/^进入线上调解室/);
  await a.see(/^调解员请您暂停在面对面对话中发言至 .*（情绪激动，请先冷静一下）/);
  await a.see('已存入卷宗');
  expect(await a.page.getByText('发送', { exact: true }).filter({ visible: true }).count()).toBe(0);
  await a.shot('room-paused');
  await a.tap(/^背对背：周海燕（申请人）/);
  await a.fill('只有调解员能看到', '我冷静了，私下跟您说说我的想法。');
  await a.tap('发送');
  await a.see('我冷静了，私下跟您说说我的想法。');
  // A photo of the wall, from the album (a file chooser in the browser), to the mediator only.
  const chooser = a.page.waitForEvent('filechooser');
  await a.tap('发照片');
  await (await chooser).setFiles({ name: '院墙.png', mimeType: 'image/png', buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64') });
  await a.page.locator('[aria-label="查看大图"]').first().waitFor({ state: 'visible', timeout: 15_000 });
  await a.shot('room-photo-sent');
  expect((await api.sql<{ n: number }>('select count(*)::int as n from room_message where mediation_case_id = ? and media_type like \'image/%\' and private_party_id is not null', [Number(id)]))[0].n).toBe(1);

  // The mediator lets them speak again; the log keeps both steps.
  await m.tap('恢复周海燕发言');
  await m.see(/恢复发言：周海燕$/);
  const [paused] = await api.sql<{ reason: string }>("select reason from room_moderation where mediation_case_id = ? and action = 'MUTE'", [Number(id)]);
  expect(paused.reason).toBe('情绪激动，请先冷静一下');

  // The room's printed record, for the case file: the mediator's has every thread and the log.
  await m.tap('线上调解记录（可打印，存入卷宗）');
  const record = m.page.frameLocator('iframe[data-testid="room-record"]');
  await record.getByText('线上调解记录', { exact: true }).waitFor({ timeout: 15_000 });
  await record.getByText('我冷静了，私下跟您说说我的想法。').waitFor();
  await record.getByText('调解室管理记录').waitFor();
  await m.shot('room-record');

  for (const s of [m, a]) expect(s.machineText).toEqual([]);
  for (const phone of [mediator, applicant]) await phone.context.close();
});
