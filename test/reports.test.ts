import ExcelJS from 'exceljs';
import { startTestApi, type TestApi } from './support/api';

let api: TestApi;
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  const [township] = await sql("select id, region_code from committee where name = '黄羊镇人民调解委员会'");
  const [admin] = await sql("select id from user_account where openid = 'dev:admin'");
  const cases: [string, string, string | null][] = [
    ['NEIGHBOURHOOD', 'SUCCEEDED', '1200.00'],
    ['NEIGHBOURHOOD', 'FAILED', null],
    ['MARRIAGE_FAMILY', 'SUCCEEDED', '800.00'],
  ];
  for (const [i, [type, status, amount]] of cases.entries()) {
    await sql(
      `insert into mediation_case (number, number_committee_id, number_year, number_seq, committee_id, status, channel, dispute_type_code, facts, claims,
         amount_involved, region_code, accepted_at, closed_at, created_by_id, idempotency_key)
       values (?, ?, 2026, ?, ?, ?, 'WALK_IN', ?, '事实', '请求', ?, ?, '2026-03-10T09:00:00+08', '2026-03-20T09:00:00+08', ?, ?)`,
      [`（2026）报表第${i + 1}号`, township.id, 3000 + i, township.id, status, type, amount, township.region_code, admin.id, `report-${i}`],
    );
  }
});
afterAll(() => api.close());

const get = async (path: string, token?: string) =>
  fetch(api.server.url.replace('/graphql', path), { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('exports', () => {
  it('the monthly report as CSV, with Chinese headers and every dispute type of the report', async () => {
    const res = await get('/reports/monthly.csv?regionCode=620602101&month=2026-03', await api.login('huangyang-sifasuo'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="monthly-620602101.csv"');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs
    const text = bytes.toString('utf8');
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('纠纷类型,件数,占受理数（%）');
    expect(lines).toContain('邻里,2,66.67');
    expect(lines).toContain('婚姻家庭,1,33.33');
    expect(lines).toContain('道路交通事故,0,0');
    expect(lines).toContain('合计,3,100');
    expect(lines).toContain('调解成功,2,66.67');
    expect(lines).toContain('涉及金额（元）,2000.00,');
    expect(lines).toHaveLength(1 + 17 + 4);
  });

  it('the same as xlsx, readable by Excel', async () => {
    const res = await get('/reports/monthly.xlsx?regionCode=620602101&month=2026-03', await api.login('huangyang-sifasuo'));
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('报表')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('人民调解工作统计月报（2026-03，区划 620602101）');
    expect(sheet.getRow(2).values).toEqual([undefined, '纠纷类型', '件数', '占受理数（%）']);
    const rows = new Map<string, unknown>();
    sheet.eachRow((row) => rows.set(row.getCell(1).text, row.getCell(2).value));
    expect(rows.get('邻里')).toBe(2);
    expect(rows.get('合计')).toBe(3);
  });

  it('the subsidy list, for justice offices only; refuses the unsigned, the unauthorised and bad input', async () => {
    const ok = await get('/reports/subsidies.csv?regionCode=620602101&from=2026-03-01&to=2026-04-01', await api.login('huangyang-sifasuo'));
    expect(ok.status).toBe(200);
    const lines = Buffer.from(await ok.arrayBuffer()).toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('案号,调解员,难易程度,标准层级,是否补贴,金额（元）,说明');
    expect(lines.at(-1)).toBe('合计,,,,,0,');
    expect(lines.filter((l) => l.includes('报表第'))).toHaveLength(2); // the two successful cases, neither paid (no mediator)
    expect((await get('/reports/subsidies.csv?regionCode=620602101&from=2026-03-01&to=2026-04-01')).status).toBe(401);
    expect((await get('/reports/subsidies.csv?regionCode=620602101&from=2026-03-01&to=2026-04-01', await api.login('huangyang-admin'))).status).toBe(403);
    expect((await get('/reports/monthly.csv?regionCode=620602&month=2026-03', await api.login('huangyang-sifasuo'))).status).toBe(403);
    const bad = await get('/reports/monthly.csv?regionCode=620602101&month=2026-13', await api.login('huangyang-sifasuo'));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: '月份格式为 YYYY-MM（2000–2099 年）', field: 'month' });
  });
});
