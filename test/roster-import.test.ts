import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../api/src/config';
import { WeChatClient } from '../api/src/modules/identity/wechat.client';
import { importRoster, ROSTER_COLUMNS, type RosterKind, type RosterRow } from '../api/src/modules/roster/roster-import';
import { resolveSecrets } from '../api/src/secrets';
import { readRoster } from '../api/src/tools/import-roster';
import { startTestApi, type TestApi } from './support/api';

/**
 * Committees and mediators in bulk (issue 13): the justice office's spreadsheet, a dry run listing
 * every row's problem, and a commit that writes all rows or none — through the API's own rules.
 */
const run = promisify(execFile);
let api: TestApi;
let dir: string;
beforeAll(async () => {
  api = await startTestApi(); // the demo county: its township committees are the parents
  dir = await mkdtemp(path.join(tmpdir(), 'tiaojie-roster-'));
});
afterAll(() => api.close());

const importing = async (kind: RosterKind, rows: RosterRow[], commit: boolean) =>
  importRoster({ orm: api.db.orm, config: api.config, secrets: await resolveSecrets(api.config), wechat: new WeChatClient(api.config.wechat) }, kind, rows, { commit, ranBy: 'test', source: `${kind}.xlsx` });

const COMMITTEES: RosterRow[] = [
  { '名称*': '上庄村第二人民调解委员会', '类型*': '村人民调解委员会', '区划代码*': '620602101204', 上级调委会: '黄羊镇人民调解委员会', '地址*': '黄羊镇上庄村二组', '电话*': '0935-2211001' },
  { '名称*': '凉州区婚姻家庭纠纷人民调解委员会', '类型*': '行业性专业性人民调解委员会', '区划代码*': '620602', 上级调委会: '凉州区人民调解工作指导委员会', '地址*': '凉州区妇联', '电话*': '0935-2211002', 受理纠纷类型: '婚姻家庭、邻里' },
];

describe('a committee roster', () => {
  it('lists every row\'s problem in a dry run, writes nothing, and names the row and column', async () => {
    const bad: RosterRow[] = [
      ...COMMITTEES,
      { '名称*': '坏行', '类型*': '村委会', '区划代码*': '620602101201', 上级调委会: '不存在的调委会', '地址*': '某地', '电话*': 'abc' },
      { '名称*': '', '类型*': '村人民调解委员会', '区划代码*': '999999', '地址*': '某地', '电话*': '0935-2211003', 受理纠纷类型: '吵架' },
    ];
    const before = await api.sql('select count(*)::int as n from committee');
    const result = await importing('committees', bad, true);
    expect(result.committed).toBe(false);
    expect(result.created).toBe(2);
    const at = (row: number) => result.problems.filter((p) => p.row === row).map((p) => p.column).sort();
    expect(at(4)).toEqual(['上级调委会', '类型']);
    expect(at(5)).toEqual(['受理纠纷类型']);
    expect(result.problems.find((p) => p.column === '类型')?.reason).toContain('村人民调解委员会');
    expect(await api.sql('select count(*)::int as n from committee')).toEqual(before);
  });

  it('commits clean rows through the API\'s rules, audited; a second run finds them and adds nothing', async () => {
    const committed = await importing('committees', COMMITTEES, true);
    expect(committed).toMatchObject({ committed: true, created: 2, skipped: 0, problems: [] });
    const [village] = await api.sql("select c.kind, p.name as parent from committee c join committee p on p.id = c.parent_id where c.name = '上庄村第二人民调解委员会'");
    expect(village).toEqual({ kind: 'VILLAGE', parent: '黄羊镇人民调解委员会' });
    expect(await api.sql("select d.dispute_type_code as code from committee_dispute_type d join committee c on c.id = d.committee_id where c.name = '凉州区婚姻家庭纠纷人民调解委员会' order by 1")).toEqual([{ code: 'MARRIAGE_FAMILY' }, { code: 'NEIGHBOURHOOD' }]);
    expect(await importing('committees', COMMITTEES, true)).toMatchObject({ committed: true, created: 0, skipped: 2 });
    expect((await api.sql("select count(*)::int as n from audit_log where action = 'ROSTER_IMPORTED'"))[0].n).toBe(2);
  });
});

describe('a mediator list', () => {
  it('appoints each mediator to their committee, refuses a bad grade or phone by row, and skips a known certificate', async () => {
    const rows: RosterRow[] = [
      { '姓名*': '马文静', '性别*': '女', 民族: '回族', '职业背景*': '退休干部', 擅长领域: '婚姻家庭、邻里', 语言: '汉语、凉州话', '专兼职*': '兼职', '等级*': '三级', 证书编号: 'GS-ROSTER-001', '所在调委会*': '上庄村第二人民调解委员会', 职务: '主任', 工作电话: '0935-2211009', 专家库: '否' },
      { '姓名*': '王五', '性别*': '男', '职业背景*': '律师', '专兼职*': '专职', '等级*': '五级', '所在调委会*': '上庄村第二人民调解委员会', 工作电话: 'call me' },
    ];
    const dry = await importing('mediators', rows, true);
    expect(dry.committed).toBe(false);
    expect(dry.problems.map((p) => `${p.row} ${p.column}`)).toEqual(['3 等级']);
    // Mended, the whole list goes in; the phone rule is the API's own.
    rows[1]['等级*'] = '二级';
    const phone = await importing('mediators', rows, true);
    expect(phone.problems.map((p) => `${p.row} ${p.column}`)).toEqual(['3 工作电话']);
    rows[1]['工作电话'] = '';
    expect(await importing('mediators', rows, true)).toMatchObject({ committed: true, created: 2, problems: [] });
    const [ma] = await api.sql(`select m.languages, m.grade, ms.role, c.name as committee from mediator m join membership ms on ms.mediator_id = m.id join committee c on c.id = ms.committee_id where m.certificate_no = 'GS-ROSTER-001'`);
    expect(ma).toEqual({ languages: ['普通话', '凉州话'], grade: 3, role: 'DIRECTOR', committee: '上庄村第二人民调解委员会' });
    expect(await importing('mediators', rows, true)).toMatchObject({ created: 0, skipped: 2 });
  });
});

describe('npm run roster:import', () => {
  it('reads a CSV with Chinese headers, dry-runs by default and writes a template', async () => {
    const csv = path.join(dir, '调委会名册.csv');
    await writeFile(csv, '\uFEFF名称*,类型*,区划代码*,上级调委会,地址*,电话*\n广场村第二人民调解委员会,村人民调解委员会,620602101202,黄羊镇人民调解委员会,黄羊镇广场村,0935-2211010\n');
    expect(await readRoster(csv)).toEqual([expect.objectContaining({ '名称*': '广场村第二人民调解委员会', '电话*': '0935-2211010' })]);
    const env = { ...process.env, DATABASE_URL: api.db.url, DATA_DIR: dir, AUTH_TOKEN_SECRET: randomBytes(48).toString('base64url') };
    const tool = path.join(PROJECT_ROOT, 'api/dist/tools/import-roster.js');
    const { stdout } = await run(process.execPath, [tool, '--kind', 'committees', '--file', csv], { env, cwd: PROJECT_ROOT });
    expect(stdout).toContain('试运行，未写入（可新增 1 行');
    expect(await api.sql("select count(*)::int as n from committee where name = '广场村第二人民调解委员会'")).toEqual([{ n: 0 }]);
    const template = path.join(dir, 'template.xlsx');
    await run(process.execPath, [tool, '--kind', 'mediators', '--template', template], { env, cwd: PROJECT_ROOT });
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(template);
    expect(workbook.worksheets[0].getRow(1).values).toEqual([undefined, ...ROSTER_COLUMNS.mediators]);
  });
});

it('refuses a committee name two committees share instead of guessing which one is meant', async () => {
  await api.sql("update committee set name = '黄羊镇人民调解委员会' where name = '武南镇人民调解委员会'");
  const result = await importing('committees', [{ '名称*': '新店村第二人民调解委员会', '类型*': '村人民调解委员会', '区划代码*': '620602101203', 上级调委会: '黄羊镇人民调解委员会', '地址*': '黄羊镇新店村', '电话*': '0935-2211011' }], true);
  expect(result.problems).toEqual([{ row: 2, column: '上级调委会', reason: '有不止一个在用的调委会叫“黄羊镇人民调解委员会”，请先改名区分' }]);
  await api.sql("update committee set name = '武南镇人民调解委员会' where region_code = '620602102' and kind = 'TOWNSHIP'");
});
