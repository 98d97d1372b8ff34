import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../api/src/config';
import { ROSTER_COLUMNS, type RosterKind } from '../api/src/modules/roster/roster-import';
import { startTestApi, type TestApi } from './support/api';
import { type FakeWeChat, startFakeWeChat } from './support/fake-wechat';

/**
 * A county goes live without SQL, the whole way (issue 13, "done when"): on an empty database with
 * the API in production mode, the first administrator's code from `npm run bootstrap`, redeemed by
 * a WeChat sign-in; the county's divisions from `npm run regions:import`; the committee roster, the
 * mediator list and a committee's ledger of last year's cases from spreadsheets with
 * `npm run roster:import`; then last March's statistics, to the decimal, from the API.
 */
const run = promisify(execFile);
let api: TestApi;
let wechat: FakeWeChat;
let dir: string;

beforeAll(async () => {
  wechat = await startFakeWeChat();
  api = await startTestApi({ demo: false, env: { NODE_ENV: 'production', WECHAT_API_BASE: wechat.base } });
  dir = await mkdtemp(path.join(tmpdir(), 'tiaojie-county-'));
});
afterAll(async () => {
  await api.close();
  await wechat.close();
});

const command = (script: string, args: string[]) =>
  run(process.execPath, [path.join(PROJECT_ROOT, 'api/dist/tools', script), ...args], { env: { ...process.env, DATABASE_URL: api.db.url }, cwd: PROJECT_ROOT })
    .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }))
    .catch((error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }));

/** A spreadsheet as the justice office keeps it: the template's header row, then the rows. */
async function sheet(kind: RosterKind, rows: Record<string, string | Date>[]) {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('名册');
  ws.addRow(ROSTER_COLUMNS[kind]);
  for (const row of rows) ws.addRow(ROSTER_COLUMNS[kind].map((header) => row[header.replace(/\*$/, '')] ?? ''));
  const file = path.join(dir, `${kind}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

it('goes from an empty server to last year\'s statistics: bootstrap, divisions, roster, mediators, ledger', async () => {
  // The first administrator: the code from the command line, redeemed after signing in with WeChat.
  const boot = await command('bootstrap.js', ['--name', '凉州区司法局系统管理员']);
  expect(boot.code).toBe(0);
  const code = /初始系统管理员邀请码：([A-Z0-9]{10})/.exec(boot.stdout)?.[1] as string;
  const signedIn = await api.gql('mutation { loginWithWeChat(code: "ok:county-administrator") { accessToken } }');
  const admin = signedIn.data.loginWithWeChat.accessToken as string;
  await api.gql('mutation { acceptPrivacyPolicy(version: "2026-11-01") { id } }', {}, admin);
  const redeemed = await api.gql('mutation($c: String!) { redeemStaffInvitation(code: $c) { staffRoles { role } } }', { c: code }, admin);
  expect(redeemed.data.redeemStaffInvitation.staffRoles).toEqual([{ role: 'SYSTEM_ADMIN' }]);
  expect((await api.gql('mutation { devLogin(name: "admin") { accessToken } }')).errors?.[0]).toBeDefined(); // no back door in production

  // The county's divisions, then a township committee and a village committee under it, then their mediators.
  expect((await command('import-regions.js', ['--code', '620602'])).code).toBe(0);
  const [township] = await api.sql<{ code: string; name: string }>("select code, name from region where parent_code = '620602' order by code limit 1");
  const [village] = await api.sql<{ code: string; name: string }>('select code, name from region where parent_code = ? order by code limit 1', [township.code]);
  const townshipCommittee = `${township.name}人民调解委员会`;
  const villageCommittee = `${village.name}人民调解委员会`;
  const committees = await sheet('committees', [
    { 名称: townshipCommittee, 类型: '乡镇人民调解委员会', 区划代码: township.code, 地址: `${township.name}司法所`, 电话: '0935-2210001' },
    { 名称: villageCommittee, 类型: '村人民调解委员会', 区划代码: village.code, 上级调委会: townshipCommittee, 地址: `${village.name}村委会`, 电话: '0935-2210002' },
  ]);
  const committeeRun = await command('import-roster.js', ['--kind', 'committees', '--file', committees, '--commit']);
  expect(committeeRun.stdout).toContain('已导入：新增 2 行');
  const mediators = await sheet('mediators', [
    { 姓名: '马秀兰', 性别: '女', 职业背景: '退休干部', 专兼职: '兼职', 等级: '二级', 证书编号: 'GS-LZ-0001', 所在调委会: townshipCommittee, 擅长领域: '婚姻家庭、邻里' },
    { 姓名: '王德福', 性别: '男', 职业背景: '乡贤', 专兼职: '兼职', 等级: '三级', 证书编号: 'GS-LZ-0002', 所在调委会: villageCommittee, 擅长领域: '邻里' },
  ]);
  expect((await command('import-roster.js', ['--kind', 'mediators', '--file', mediators, '--commit'])).stdout).toContain('已导入：新增 2 行');

  // The township committee's ledger: three cases accepted last March (two settled), one in April; a bad row first.
  const ledger: Record<string, string | Date>[] = [
    { 所在调委会: townshipCommittee, 台账案号: '2025-调-011', 受理日期: new Date(Date.UTC(2025, 2, 3)), 办结日期: '2025-03-12', 结果: '调解成功', 纠纷类型: '邻里',
      申请人: '赵桂兰', 被申请人: '钱德明', 事实经过: '两户因院墙排水发生争执。', 请求事项: '改造排水沟', 涉及金额: '1200', 调解员证书编号: 'GS-LZ-0001' },
    { 所在调委会: townshipCommittee, 台账案号: '2025-调-012', 受理日期: '2025/3/15', 办结日期: '2025年3月28日', 结果: '调解成功', 纠纷类型: '婚姻家庭',
      申请人: '孙玉梅', 被申请人: '周建军', 事实经过: '夫妻因抚养费数额发生争议。', 请求事项: '按月支付抚养费', 涉及金额: '24000.50', 调解员证书编号: 'GS-LZ-0001' },
    { 所在调委会: townshipCommittee, 台账案号: '2025-调-013', 受理日期: '2025-03-20', 办结日期: '2025-04-18', 结果: '调解不成', 纠纷类型: '邻里',
      申请人: '李秀英', 被申请人: '王建国', 事实经过: '邻居在通道上堆放杂物，影响通行。', 请求事项: '清除杂物' },
    { 所在调委会: townshipCommittee, 台账案号: '2025-调-014', 受理日期: '2025-04-02', 办结日期: '2025-04-09', 结果: '撤回', 纠纷类型: '损害赔偿', 案件来源: '网格员上报',
      申请人: '吴德明', 被申请人: '郑某', 事实经过: '农用车倒车撞坏院墙。', 请求事项: '赔偿修墙费用' },
  ];
  const broken = await sheet('cases', [{ ...ledger[0], 台账案号: '2025-调-010', 受理日期: '去年三月', 结果: '和解' }, ...ledger]);
  const refused = await command('import-roster.js', ['--kind', 'cases', '--file', broken, '--commit']);
  expect(refused.code).toBe(2);
  expect(refused.stdout).toContain('第 2 行 受理日期：“去年三月”不是日期，请写成 2025-03-10');
  expect(refused.stdout).toMatch(/第 2 行 结果：“和解”不在可选范围内/);
  expect((await api.sql('select count(*)::int as n from mediation_case'))[0].n).toBe(0); // all or nothing
  const file = await sheet('cases', ledger);
  const imported = await command('import-roster.js', ['--kind', 'cases', '--file', file, '--commit']);
  expect(imported.stdout).toContain('已导入：新增 4 行');
  expect((await command('import-roster.js', ['--kind', 'cases', '--file', file, '--commit'])).stdout).toContain('已存在跳过 4 行');

  // Last March, as the justice office will read it: three accepted, two settled, the amounts of the settled ones.
  const STATS = `query($r: String!) { statistics(regionCode: $r, from: "2025-03-01", to: "2025-04-01") {
    accepted successful successRate amountInvolved averageDaysToClose overdue byDisputeType { label count } byChannel { label count } byMediator { name cases successful } } }`;
  const march = (await api.gql(STATS, { r: '620602' }, admin)).data.statistics;
  expect(march).toEqual({
    accepted: 3, successful: 2, successRate: 0.6667, amountInvolved: '25200.50', averageDaysToClose: 17, overdue: 0, // (9 + 13 + 29) days / 3
    byDisputeType: [{ label: '邻里', count: 2 }, { label: '婚姻家庭', count: 1 }],
    byChannel: [{ label: '来访登记', count: 3 }],
    byMediator: [{ name: '马秀兰', cases: 2, successful: 2 }],
  });
  const april = (await api.gql('query { statistics(regionCode: "620602", from: "2025-04-01", to: "2025-05-01") { accepted byChannel { label count } } }', {}, admin)).data.statistics;
  expect(april).toEqual({ accepted: 1, byChannel: [{ label: '网格员上报', count: 1 }] });
  // Each is on record as 补录 with its ledger number.
  const notes = await api.sql<{ note: string }>("select note from case_event where action = 'BACKFILLED' order by id");
  expect(notes.map((n) => n.note)[0]).toBe('补录：据台账 2025-调-011登记，受理于 2025-03-03，办结于 2025-03-12');
  // Every committed run is audited, the second ledger run (nothing new) too; the refused one is not.
  expect((await api.sql("select count(*)::int as n from audit_log where action = 'ROSTER_IMPORTED'"))[0].n).toBe(4);
});
