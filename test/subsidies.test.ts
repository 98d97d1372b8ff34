import { startTestApi, type TestApi } from './support/api';

/** 以案定补 over a known set of closed cases, inserted with exact facts; every line's amount and reasons checked. */
let api: TestApi;
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);
const REPORT = `query($r: String, $c: ID) { subsidies(from: "2026-05-01", to: "2026-06-01", regionCode: $r, committeeId: $c) {
  total lines { number difficulty level eligible amount reasons } byMediator { mediatorId cases amount } } }`;
let township: number;
let village: number;
let certified: number;
let uncertified: number;
let seq = 0;

interface Fixture {
  committee: number;
  mediator?: number;
  people?: number;
  closed?: string;
  escalated?: boolean;
  agreement?: 'WRITTEN' | 'ORAL';
  terms?: string[];
  oralPerformed?: boolean;
  session?: boolean;
}

async function closedCase(f: Fixture) {
  const [admin] = await sql("select id from user_account where openid = 'dev:admin'");
  const [committee] = await sql('select region_code from committee where id = ?', [f.committee]);
  seq++;
  const [c] = await sql(
    `insert into mediation_case (number, number_committee_id, number_year, number_seq, committee_id, status, channel, dispute_type_code, facts, claims,
       people_involved, region_code, mediator_id, accepted_at, closed_at, created_by_id, idempotency_key)
     values (?, ?, 2026, ?, ?, 'SUCCEEDED', 'WALK_IN', 'NEIGHBOURHOOD', '事实', '请求', ?, ?, ?, '2026-04-20T09:00:00+08', ?, ?, ?) returning id`,
    [`补贴${seq}`, f.committee, 2000 + seq, f.committee, f.people ?? 2, committee.region_code, f.mediator ?? certified, f.closed ?? '2026-05-10T09:00:00+08', admin.id, `subsidy-${seq}`],
  );
  for (const role of ['APPLICANT', 'RESPONDENT']) await sql("insert into case_party (mediation_case_id, role, kind, name) values (?, ?, 'PERSON', '当事人')", [c.id, role]);
  for (const action of ['FILE', 'ACCEPT', 'CONSENT', ...(f.escalated ? ['ESCALATE'] : [])]) {
    await sql("insert into case_event (mediation_case_id, action, to_status, actor_role) values (?, ?, 'IN_MEDIATION', 'COMMITTEE')", [c.id, action]);
  }
  if (f.session !== false) await sql("insert into mediation_session (mediation_case_id, scheduled_at, place, mode, record) values (?, now(), '调解室', 'IN_PERSON', '笔录')", [c.id]);
  const [a] = await sql("insert into agreement (mediation_case_id, kind, facts_and_responsibilities, sealed_at) values (?, ?, '协议', now()) returning id", [c.id, f.agreement ?? 'WRITTEN']);
  for (const [i, p] of (f.terms ?? (f.agreement === 'ORAL' ? [] : ['PERFORMED'])).entries()) {
    await sql("insert into agreement_term (agreement_id, seq, content, method, perform_by, performance) values (?, ?, '条款', '方式', '2026-05-20', ?)", [a.id, i + 1, p]);
  }
  if (f.oralPerformed) await sql("insert into follow_up (mediation_case_id, kind, due_at, status, performed, satisfaction) values (?, 'AFTER_CLOSURE', now(), 'ANSWERED', 'PERFORMED', 5)", [c.id]);
}

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  township = (await sql("select id from committee where name = '黄羊镇人民调解委员会'"))[0].id;
  village = (await sql("select id from committee where name = '黄羊村人民调解委员会'"))[0].id;
  certified = (await sql('select id from mediator where certificate_no is not null order by id limit 1'))[0].id;
  uncertified = (await sql("insert into mediator (name, sex, ethnicity, background, employment, grade) values ('未持证调解员', 'MALE', '汉族', 'OTHER', 'PART_TIME', 4) returning id"))[0].id;
  await closedCase({ committee: township }); // 1: ordinary, township
  await closedCase({ committee: village, escalated: true }); // 2: difficult, village
  await closedCase({ committee: township, people: 12 }); // 3: major
  await closedCase({ committee: township, terms: ['PERFORMED', 'PARTLY_PERFORMED'] }); // 4: not performed
  await closedCase({ committee: township, mediator: uncertified }); // 5: mediator not registered
  await closedCase({ committee: township, session: false }); // 6: no session record
  await closedCase({ committee: township, agreement: 'ORAL', oralPerformed: true }); // 7: oral, performed per follow-up
  await closedCase({ committee: township, closed: '2026-06-01T00:30:00+08' }); // 8: closed in June (Beijing time)
});
afterAll(() => api.close());

describe('以案定补', () => {
  it('pays only successful, performed, complete cases of registered mediators, by difficulty and level, and says why', async () => {
    const res = await api.gql(REPORT, { r: '620602101' }, await api.login('huangyang-sifasuo'));
    expect(res.errors).toBeUndefined();
    const r = res.data.subsidies;
    expect(r.lines.map((l: any) => [l.number, l.difficulty, l.level, l.eligible, l.amount])).toEqual([
      ['补贴1', 'ORDINARY', 'TOWNSHIP', true, 50],
      ['补贴2', 'DIFFICULT', 'VILLAGE', true, 80],
      ['补贴3', 'MAJOR', 'TOWNSHIP', true, 400],
      ['补贴4', 'ORDINARY', 'TOWNSHIP', false, 0],
      ['补贴5', 'ORDINARY', 'TOWNSHIP', false, 0],
      ['补贴6', 'ORDINARY', 'TOWNSHIP', false, 0],
      ['补贴7', 'ORDINARY', 'TOWNSHIP', true, 50],
    ]);
    expect(r.lines[3].reasons).toEqual(['一般', '协议尚未确认全部履行']);
    expect(r.lines[4].reasons).toEqual(['一般', '承办调解员未登记持证或已停用']);
    expect(r.lines[5].reasons).toEqual(['一般', '卷宗不完整（申请、当事人、受理、同意调解、调解笔录、生效协议）']);
    expect(r.lines[0].reasons).toEqual(['一般', '调解成功、协议已履行、卷宗完整']);
    expect(r.total).toBe(580);
    expect(r.byMediator).toEqual([{ mediatorId: String(certified), cases: 4, amount: 580 }]);
  });

  it('uses a region’s own amounts, and is for justice offices only', async () => {
    await sql("insert into subsidy_rate (region_code, level, difficulty, amount) values ('620602101', 'TOWNSHIP', 'ORDINARY', 60)");
    const res = await api.gql(REPORT, { c: String(township) }, await api.login('huangyang-sifasuo'));
    expect(res.data.subsidies.lines.filter((l: any) => l.eligible).map((l: any) => l.amount)).toEqual([60, 400, 60]);
    const admin = await api.gql(REPORT, { c: String(township) }, await api.login('huangyang-admin'));
    expect(admin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await api.gql(REPORT, { r: '620602102' }, await api.login('huangyang-sifasuo'));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
