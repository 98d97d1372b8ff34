import { sql as sqlTag } from '../api/src/shared/sql';
import type { OversightScope } from '../api/src/modules/statistics/scope';
import { areaFigures, figures, mediatorFigures, preparedFigures, type StatisticsPeriod, type StatisticsSource, wholeMonths } from '../api/src/modules/statistics/statistics.queries';
import { figuresOfPeriods } from '../api/src/modules/statistics/statistics.loaders';
import { childCodeLength } from '../api/src/modules/statistics/statistics.service';
import { isPrepared } from '../api/src/shared/db';
import { resolveSecrets } from '../api/src/secrets';
import { startApiServer, type ApiServer } from '../api/src/server';
import { WeChatClient } from '../api/src/modules/identity/wechat.client';
import { startTestApi, type TestApi } from './support/api';
import { rollupDrift } from './support/statistics-rollup';

/** A known set of cases, inserted directly with exact dates, and every figure checked to the decimal. */
let api: TestApi;
/** The same API without its compiled pages: every answer through graphql-js and StatisticsService. */
let plain: ApiServer;
/** What the API logged: a compiled page that failed (and fell back to graphql-js) says so here. */
const logged: Record<string, unknown>[] = [];
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);
async function viaGraphqlJs(query: string, variables: Record<string, unknown>, token: string) {
  const res = await fetch(`http://127.0.0.1:${plain.port}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}
const STATS = `query($from: String!, $to: String!, $c: ID, $r: String) { statistics(from: $from, to: $to, committeeId: $c, regionCode: $r) {
  accepted successful successRate amountInvolved judicialConfirmations fulfilmentRate satisfactionRate averageDaysToClose overdue
  byDisputeType { code label count share } byChannel { code label count share }
  byMediator { mediatorId name cases successful successRate } byMonth { month accepted successful } } }`;
let township: number;
let village: number;
let elsewhere: number;
let m1: number;
let m2: number;
let m3: number;
let seq = 0;

async function insertCase(c: { committee: number; status: string; type: string; channel: string; amount?: string; mediator?: number; accepted: string; closed?: string; overdue?: boolean }) {
  const [admin] = await sql("select id from user_account where openid = 'dev:admin'");
  const [committee] = await sql('select region_code from committee where id = ?', [c.committee]);
  seq++;
  const [row] = await sql(
    `insert into mediation_case (number, number_committee_id, number_year, number_seq, committee_id, status, channel, dispute_type_code, facts, claims,
       amount_involved, region_code, mediator_id, accepted_at, closed_at, overdue_flagged_at, created_by_id, idempotency_key)
     values (?, ?, 2026, ?, ?, ?, ?, ?, '事实', '请求', ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
    [`统计测试${seq}`, c.committee, 1000 + seq, c.committee, c.status, c.channel, c.type, c.amount ?? null, committee.region_code, c.mediator ?? null,
      c.accepted, c.closed ?? null, c.overdue ? c.accepted : null, admin.id, `stats-${seq}`],
  );
  return row.id as number;
}

async function agreement(caseId: number, judicial: string | null, terms: string[]) {
  const [a] = await sql("insert into agreement (mediation_case_id, kind, facts_and_responsibilities, sealed_at, judicial_result) values (?, 'WRITTEN', '协议', now(), ?) returning id", [caseId, judicial]);
  for (const [i, performance] of terms.entries()) {
    await sql("insert into agreement_term (agreement_id, seq, content, method, perform_by, performance) values (?, ?, '条款', '方式', '2026-04-01', ?)", [a.id, i + 1, performance]);
  }
}

const followUp = (caseId: number, satisfaction: number) =>
  sql("insert into follow_up (mediation_case_id, kind, due_at, status, satisfaction) values (?, 'AFTER_CLOSURE', now(), 'ANSWERED', ?)", [caseId, satisfaction]);

beforeAll(async () => {
  api = await startTestApi({ demo: true, log: (entry) => void logged.push(entry) });
  const config = { ...api.config, compileQueries: false };
  plain = await startApiServer({ orm: api.db.orm, config, secrets: await resolveSecrets(config), wechat: new WeChatClient(config.wechat) }, { port: 0, log: () => undefined });
  township = (await sql("select id from committee where name = '黄羊镇人民调解委员会'"))[0].id;
  village = (await sql("select id from committee where name = '黄羊村人民调解委员会'"))[0].id;
  elsewhere = (await sql("select id from committee where name = '武南镇人民调解委员会'"))[0].id;
  [m1, m2, m3] = (await sql('select id from mediator order by id limit 3')).map((r) => r.id);
  const c1 = await insertCase({ committee: township, status: 'SUCCEEDED', type: 'NEIGHBOURHOOD', channel: 'WALK_IN', amount: '1000.50', mediator: m1, accepted: '2026-03-01T10:00:00+08', closed: '2026-03-11T10:00:00+08' });
  await agreement(c1, 'CONFIRMED', ['PERFORMED', 'PERFORMED']);
  await followUp(c1, 5);
  const c2 = await insertCase({ committee: township, status: 'SUCCEEDED', type: 'MARRIAGE_FAMILY', channel: 'RESIDENT_ONLINE', amount: '2000', mediator: m1, accepted: '2026-03-05T09:00:00+08', closed: '2026-03-25T09:00:00+08' });
  await agreement(c2, null, ['NOT_PERFORMED', 'PENDING']);
  await followUp(c2, 2);
  const c3 = await insertCase({ committee: township, status: 'FAILED', type: 'NEIGHBOURHOOD', channel: 'COURT_REFERRAL', amount: '500', mediator: m2, accepted: '2026-03-10T09:00:00+08', closed: '2026-03-13T09:00:00+08' });
  await followUp(c3, 4);
  await insertCase({ committee: township, status: 'IN_MEDIATION', type: 'LABOUR', channel: 'WALK_IN', mediator: m2, accepted: '2026-03-20T09:00:00+08', overdue: true });
  // 23:30 on March 31 in Beijing: still March.
  await insertCase({ committee: village, status: 'SUCCEEDED', type: 'NEIGHBOURHOOD', channel: 'GRID_REPORT', amount: '300', mediator: m3, accepted: '2026-03-31T23:30:00+08', closed: '2026-04-02T11:30:00+08' });
  // April in Beijing (still March 31st in UTC): outside the period.
  await insertCase({ committee: township, status: 'SUCCEEDED', type: 'NEIGHBOURHOOD', channel: 'WALK_IN', amount: '999', mediator: m1, accepted: '2026-04-01T00:30:00+08', closed: '2026-04-03T00:30:00+08' });
  // Another township: outside the region.
  await insertCase({ committee: elsewhere, status: 'SUCCEEDED', type: 'NEIGHBOURHOOD', channel: 'WALK_IN', amount: '777', mediator: m3, accepted: '2026-03-15T09:00:00+08', closed: '2026-03-16T09:00:00+08' });
});
afterAll(async () => {
  await plain.stop();
  await api.close();
});

describe('statistics', () => {
  it('for one committee over March, to the decimal', async () => {
    const res = await api.gql(STATS, { from: '2026-03-01', to: '2026-04-01', c: String(township) }, await api.login('huangyang-admin'));
    expect(res.errors).toBeUndefined();
    const [n1, n2] = await sql('select name from mediator where id in (?, ?) order by id', [m1, m2]);
    expect(res.data.statistics).toEqual({
      accepted: 4,
      successful: 2,
      successRate: 0.5,
      amountInvolved: '3000.50',
      judicialConfirmations: 1,
      fulfilmentRate: 0.6667, // 2 performed of 3 checked terms
      satisfactionRate: 0.6667, // 2 of 3 answered follow-ups at 4 or 5
      averageDaysToClose: 11, // (10 + 20 + 3) / 3
      overdue: 1,
      byDisputeType: [
        { code: 'NEIGHBOURHOOD', label: '邻里', count: 2, share: 0.5 },
        { code: 'MARRIAGE_FAMILY', label: '婚姻家庭', count: 1, share: 0.25 },
        { code: 'LABOUR', label: '劳动争议', count: 1, share: 0.25 },
      ],
      byChannel: [
        { code: 'WALK_IN', label: '来访登记', count: 2, share: 0.5 },
        { code: 'RESIDENT_ONLINE', label: '群众线上申请', count: 1, share: 0.25 },
        { code: 'COURT_REFERRAL', label: '法院委派委托', count: 1, share: 0.25 },
      ],
      byMediator: [
        { mediatorId: String(m1), name: n1.name, cases: 2, successful: 2, successRate: 1 },
        { mediatorId: String(m2), name: n2.name, cases: 2, successful: 0, successRate: 0 },
      ],
      byMonth: [{ month: '2026-03', accepted: 4, successful: 2 }],
    });
  });

  it('for a region subtree, counting days in China time', async () => {
    const res = await api.gql(STATS, { from: '2026-03-01', to: '2026-04-01', r: '620602101' }, await api.login('huangyang-sifasuo'));
    const s = res.data.statistics;
    expect([s.accepted, s.successful, s.successRate, s.amountInvolved, s.averageDaysToClose]).toEqual([5, 3, 0.6, '3300.50', 8.6]);
    const april = await api.gql(STATS, { from: '2026-04-01', to: '2026-05-01', r: '620602101' }, await api.login('huangyang-sifasuo'));
    expect(april.data.statistics.byMonth).toEqual([{ month: '2026-04', accepted: 1, successful: 1 }]);
  });

  it('sets the regions under a scope side by side: every township of the county, the busiest first, to the decimal', async () => {
    const AREAS = 'query($c: ID, $r: String) { statistics(from: "2026-03-01", to: "2026-04-01", committeeId: $c, regionCode: $r) { accepted byArea { regionCode name accepted successful successRate overdue amountInvolved } } }';
    const county = (await api.gql(AREAS, { r: '620602' }, await api.login('sifaju'))).data.statistics;
    const townships = await sql<{ code: string; name: string }>("select code, name from region where parent_code = '620602' order by code");
    expect(county.byArea.map((a: any) => a.regionCode).sort()).toEqual(townships.map((t) => t.code));
    expect(county.byArea.slice(0, 2)).toEqual([
      { regionCode: '620602101', name: '黄羊镇', accepted: 5, successful: 3, successRate: 0.6, overdue: 1, amountInvolved: '3300.50' },
      { regionCode: '620602102', name: '武南镇', accepted: 1, successful: 1, successRate: 1, overdue: 0, amountInvolved: '777.00' },
    ]);
    expect(county.byArea.slice(2).every((a: any) => a.accepted === 0 && a.successRate === null && a.amountInvolved === '0')).toBe(true);
    // The parts add up to the whole.
    expect(county.byArea.reduce((sum: number, a: any) => sum + a.accepted, 0)).toBe(county.accepted);
    // A township's villages; a committee has no areas under it.
    const underTownship = (await api.gql(AREAS, { r: '620602101' }, await api.login('huangyang-sifasuo'))).data.statistics;
    expect(underTownship.byArea.filter((a: any) => a.accepted > 0)).toEqual([
      // The township's own committee sits at the township's level: its row, 本级, keeps the parts adding up.
      { regionCode: '620602101', name: '黄羊镇本级', accepted: 4, successful: 2, successRate: 0.5, overdue: 1, amountInvolved: '3000.50' },
      expect.objectContaining({ name: '黄羊村', accepted: 1, successful: 1 }),
    ]);
    expect(underTownship.byArea.reduce((sum: number, a: any) => sum + a.accepted, 0)).toBe(underTownship.accepted);
    expect((await api.gql(AREAS, { c: String(township) }, await api.login('huangyang-admin'))).data.statistics.byArea).toEqual([]);
  });

  it('gives an empty period zeros and no rates', async () => {
    const res = await api.gql(STATS, { from: '2025-01-01', to: '2025-07-01', c: String(township) }, await api.login('huangyang-admin'));
    expect(res.data.statistics).toEqual({
      accepted: 0, successful: 0, successRate: null, amountInvolved: '0', judicialConfirmations: 0, fulfilmentRate: null,
      satisfactionRate: null, averageDaysToClose: null, overdue: 0, byDisputeType: [], byChannel: [], byMediator: [], byMonth: [],
    });
  });

  it('is scoped: a committee admin sees only their committee, a township office only its subtree; bad input is named', async () => {
    const admin = await api.login('huangyang-admin');
    expect((await api.gql(STATS, { from: '2026-03-01', to: '2026-04-01', c: String(elsewhere) }, admin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(STATS, { from: '2026-03-01', to: '2026-04-01', r: '620602' }, await api.login('huangyang-sifasuo'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(STATS, { from: '2026-03-01', to: '2026-04-01', r: '620602' }, await api.login('resident-s'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const both = await api.gql(STATS, { from: '2026-03-01', to: '2026-04-01', c: String(township), r: '620602' }, admin);
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'committeeId' });
    const backwards = await api.gql(STATS, { from: '2026-04-01', to: '2026-03-01', c: String(township) }, admin);
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const badDate = await api.gql(STATS, { from: '2026/03/01', to: '2026-04-01', c: String(township) }, admin);
    expect(badDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});

describe('statistics, compiled', () => {
  const ALL = `query($from: String!, $to: String!, $c: ID, $r: String, $first: Int) { statistics(from: $from, to: $to, committeeId: $c, regionCode: $r) {
    __typename accepted successful successRate amountInvolved judicialConfirmations fulfilmentRate satisfactionRate averageDaysToClose overdue
    byDisputeType { code label count share __typename } byChannel { code label count share } byMediator(first: $first) { mediatorId name cases successful successRate }
    byMonth { month accepted successful } byArea { regionCode name accepted successful successRate overdue amountInvolved } } }`;
  // Only the compiled statement reads the top mediators beside the figures.
  const ranCompiled = () => api.db.statements.some((t) => t.includes('stat_mediators'));

  it('answers every scope, period and field in one statement exactly as graphql-js does', async () => {
    const admin = await api.login('admin');
    const [{ region_code: villageCode }] = await sql('select region_code from committee where id = ?', [village]);
    const scopes = [{ c: String(township) }, { c: String(village) }, ...['62', '6206', '620602', '620602101', villageCode].map((r) => ({ r }))];
    const periods = [
      { from: '2026-03-01', to: '2026-04-01' },
      { from: '2026-01-01', to: '2027-01-01' },
      { from: '2025-12-01', to: '2026-12-01' },
      { from: '2026-02-15', to: '2026-04-02' },
      { from: '2026-03-31', to: '2026-04-01' },
      { from: '2024-01-01', to: '2024-02-01' },
    ];
    let figures = 0;
    logged.length = 0;
    for (const scope of scopes) {
      for (const [i, period] of periods.entries()) {
        const variables = { ...scope, ...period, first: [1, 3, 50][i % 3] };
        const slow = await viaGraphqlJs(ALL, variables, admin);
        expect(slow.errors).toBeUndefined();
        api.db.statements.length = 0;
        const fast = await api.gql(ALL, variables, admin);
        expect(ranCompiled()).toBe(true);
        expect({ variables, data: fast.data }).toEqual({ variables, data: slow.data });
        const s = fast.data.statistics;
        figures += s.accepted + s.byMediator.length + s.byArea.filter((a: { accepted: number }) => a.accepted > 0).length;
      }
    }
    expect(figures).toBeGreaterThan(100);
    expect(logged.filter((e) => e.level !== 'info')).toEqual([]);
  });

  it('leaves every refusal to graphql-js, which says why as before', async () => {
    const [admin, township_office, resident] = [await api.login('admin'), await api.login('huangyang-sifasuo'), await api.login('resident-s')];
    const march = { from: '2026-03-01', to: '2026-04-01' };
    const refused: [string, Record<string, unknown>, string, boolean?][] = [
      [resident, { ...march, r: '620602' }, 'FORBIDDEN'],
      [township_office, { ...march, r: '620602' }, 'FORBIDDEN'],
      [township_office, { ...march, c: String(elsewhere) }, 'FORBIDDEN'],
      // A region that does not exist: the compiled statement finds no row for it, then graphql-js answers.
      [admin, { ...march, r: '629999' }, 'BAD_USER_INPUT', true],
      [admin, { ...march, r: '620602', c: String(township) }, 'BAD_USER_INPUT'],
      [admin, { ...march, c: 'x' }, 'BAD_USER_INPUT'],
      [admin, { ...march, c: '999999' }, 'NOT_FOUND'],
      [admin, { from: '2026-04-01', to: '2026-03-01', r: '620602' }, 'BAD_USER_INPUT'],
      [admin, { ...march, r: '620602', first: 0 }, 'BAD_USER_INPUT'],
      [admin, { ...march, r: '620602', first: 501 }, 'BAD_USER_INPUT'],
    ];
    for (const [token, variables, code, inStatement = false] of refused) {
      api.db.statements.length = 0;
      const fast = await api.gql(ALL, variables, token);
      expect({ variables, compiled: ranCompiled() }).toEqual({ variables, compiled: inStatement });
      const slow = await viaGraphqlJs(ALL, variables, token);
      expect({ variables, code: fast.errors?.[0]?.extensions?.code }).toEqual({ variables, code });
      expect(fast.errors?.[0]?.extensions).toEqual(slow.errors?.[0]?.extensions);
    }
    // Signed out: UNAUTHENTICATED, from graphql-js.
    expect((await api.gql(ALL, { ...march, r: '620602' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('statistics rollup', () => {
  const scopes = (): OversightScope[] => [
    { committeeId: township, regionCode: null, condition: sqlTag`true`, subject: `c:${township}` },
    ...['62', '620602', '620602101', '620602101001'].map((code) => ({ committeeId: null, regionCode: code, condition: sqlTag`true`, subject: `r:${code}` })),
  ];
  const periods = [
    { from: '2026-03-01', to: '2026-04-01' }, // whole months only
    { from: '2026-02-15', to: '2026-04-02' }, // partial months at both ends
    { from: '2026-03-05', to: '2026-03-31' }, // inside one month
    { from: '2026-03-31', to: '2026-04-01' }, // one day at a month's end
    { from: '2025-12-01', to: '2026-12-01' }, // across a year
  ];
  const run = async (scope: OversightScope, period: { from: string; to: string }, source: StatisticsSource) => {
    const query = figures(scope, period, source);
    const rows = await sql(query.text, [...query.values]);
    const perMediator = mediatorFigures(scope, period, source, 500);
    // The regions side by side: from the rollup over whole months, from per-case rows otherwise.
    const childLength = scope.regionCode && childCodeLength(scope.regionCode);
    const areas = scope.regionCode && childLength ? areaFigures(scope.regionCode, childLength, period, source) : null;
    return [
      ...rows.sort((a, b) => `${a.dimension}|${a.value}|${a.month}`.localeCompare(`${b.dimension}|${b.value}|${b.month}`)),
      ...(await sql(perMediator.text, [...perMediator.values])),
      ...(areas ? await sql(areas.text, [...areas.values]) : []),
    ];
  };

  it('runs the figures of whole months as prepared statements (planned once per connection), and a period with partial months planned each time', async () => {
    const token = await api.login('huangyang-sifasuo');
    const scope = { committeeId: null, regionCode: '620602101', subject: 'r:620602101' } as OversightScope;
    const cases: [StatisticsPeriod, boolean][] = [
      [{ from: '2026-01-01', to: '2027-01-01' }, true],
      [{ from: '2026-03-01', to: '2026-04-01' }, true],
      [{ from: '2026-03-15', to: '2026-04-01' }, false],
      [{ from: '2026-03-01', to: '2026-04-20' }, false],
    ];
    const AREAS = 'byArea { regionCode accepted }';
    const ask = STATS.replace('byMonth {', `${AREAS} byMonth {`);
    for (const [period, prepared] of cases) {
      expect(preparedFigures(period, 'rollup')).toBe(prepared);
      expect(preparedFigures(period, 'recount')).toBe(false);
      // Through graphql-js: the figures, the mediators and the areas, each its own statement.
      api.db.statements.length = 0;
      const slow = await viaGraphqlJs(ask, { ...period, r: scope.regionCode }, token);
      expect(slow.errors).toBeUndefined();
      expect(isPrepared(figuresOfPeriods([{ scope, period, source: 'rollup' }]).toPg().text)).toBe(prepared);
      expect(isPrepared(mediatorFigures(scope, period, 'rollup', 50).toPg().text)).toBe(prepared);
      const ran = api.db.statements.filter((t) => /statistics_rollup|case_statistics/.test(t));
      expect(ran).toHaveLength(3);
      // Compiled: the whole answer in one statement, prepared alike.
      api.db.statements.length = 0;
      const fast = await api.gql(ask, { ...period, r: scope.regionCode }, token);
      expect(fast.data).toEqual(slow.data);
      const compiled = api.db.statements.filter((t) => /statistics_rollup|case_statistics/.test(t));
      expect(compiled).toHaveLength(1);
      expect(compiled[0]).toContain('stat_mediators');
      expect(ran.concat(compiled).map(isPrepared)).toEqual([prepared, prepared, prepared, prepared]);
    }
  });

  it('asks for the figures of every period of one request in one statement: a dashboard and its two comparisons', async () => {
    const token = await api.login('huangyang-sifasuo');
    const H = 'accepted successful successRate averageDaysToClose';
    const dashboard = `query($r: String) { now: statistics(regionCode: $r, from: "2026-03-01", to: "2026-05-01") { ${H} byMonth { month accepted } }
      before: statistics(regionCode: $r, from: "2026-01-01", to: "2026-03-01") { ${H} } lastYear: statistics(regionCode: $r, from: "2025-03-01", to: "2025-05-01") { ${H} } }`;
    // Through graphql-js (the periods batched by the figures loader), and compiled (the roots in one statement).
    api.db.statements.length = 0;
    const slow = await viaGraphqlJs(dashboard, { r: '620602101' }, token);
    expect(slow.errors).toBeUndefined();
    expect(api.db.statements.filter((s) => s.includes('statistics_rollup'))).toHaveLength(1);
    api.db.statements.length = 0;
    const together = await api.gql(dashboard, { r: '620602101' }, token);
    expect(api.db.statements.filter((s) => s.includes('statistics_rollup'))).toHaveLength(1);
    expect(together.data).toEqual(slow.data);
    // The same figures as each period asked alone.
    for (const [key, from, to] of [['now', '2026-03-01', '2026-05-01'], ['before', '2026-01-01', '2026-03-01'], ['lastYear', '2025-03-01', '2025-05-01']]) {
      const alone = await api.gql(`query($r: String) { statistics(regionCode: $r, from: "${from}", to: "${to}") { ${H} } }`, { r: '620602101' }, token);
      const { byMonth: _m, ...headline } = together.data[key];
      expect(headline).toEqual(alone.data.statistics);
    }
    expect(together.data.now.accepted).toBeGreaterThan(0);
  });

  it('splits a period into whole months and partial edges', () => {
    expect(wholeMonths({ from: '2026-03-01', to: '2026-04-01' })).toEqual({ first: '2026-03-01', end: '2026-04-01' });
    expect(wholeMonths({ from: '2026-02-15', to: '2026-05-02' })).toEqual({ first: '2026-03-01', end: '2026-05-01' });
    expect(wholeMonths({ from: '2026-12-15', to: '2027-02-01' })).toEqual({ first: '2027-01-01', end: '2027-02-01' });
    expect(wholeMonths({ from: '2026-03-05', to: '2026-03-31' })).toBeNull();
    expect(wholeMonths({ from: '2026-03-05', to: '2026-04-20' })).toBeNull();
  });

  it('gives exactly what a recount from the source tables gives, for every scope and period shape', async () => {
    let compared = 0;
    for (const scope of scopes()) {
      for (const period of periods) {
        const [kept, recounted] = [await run(scope, period, 'rollup'), await run(scope, period, 'recount')];
        expect({ scope: scope.subject, period, rows: kept }).toEqual({ scope: scope.subject, period, rows: recounted });
        compared += kept.length;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('lists the mediators with the most cases first, as many as asked for', async () => {
    const admin = await api.login('huangyang-admin');
    const top = await api.gql('query($c: ID) { statistics(from: "2026-03-01", to: "2026-04-01", committeeId: $c) { byMediator(first: 1) { mediatorId cases } } }', { c: String(township) }, admin);
    expect(top.data.statistics.byMediator).toEqual([{ mediatorId: String(m1), cases: 2 }]); // m1 and m2 both have 2: the lower id first
    const bad = await api.gql('query($c: ID) { statistics(from: "2026-03-01", to: "2026-04-01", committeeId: $c) { byMediator(first: 0) { mediatorId } } }', { c: String(township) }, admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('counts partial months at the edges of a period from the per-case rows', async () => {
    const admin = await api.login('huangyang-sifasuo');
    const wide = await api.gql(STATS, { from: '2026-02-15', to: '2026-04-02', r: '620602101' }, admin);
    expect(wide.data.statistics.accepted).toBe(6); // March's five plus 1 April 00:30
    const inside = await api.gql(STATS, { from: '2026-03-05', to: '2026-03-31', r: '620602101' }, admin);
    expect([inside.data.statistics.accepted, inside.data.statistics.successful]).toEqual([3, 1]);
  });

  it('follows every kind of change in the same transaction, and a rolled-back change leaves no trace', async () => {
    const admin = await api.login('admin');
    const march = async () => (await api.gql(STATS, { from: '2026-03-01', to: '2026-04-01', r: '620602101' }, admin)).data.statistics;
    const before = await march();
    const id = await insertCase({ committee: village, status: 'IN_MEDIATION', type: 'LABOUR', channel: 'WALK_IN', mediator: m2, accepted: '2026-03-18T09:00:00+08' });
    expect((await march()).accepted).toBe(before.accepted + 1);
    await sql("update mediation_case set status = 'SUCCEEDED', amount_involved = 100, closed_at = '2026-03-20T09:00:00+08' where id = ?", [id]);
    await agreement(id, 'CONFIRMED', ['PERFORMED']);
    await followUp(id, 5);
    let now = await march();
    expect([now.successful, now.amountInvolved, now.judicialConfirmations]).toEqual([before.successful + 1, '3400.50', before.judicialConfirmations + 1]);
    await sql("update agreement_term set performance = 'NOT_PERFORMED' where agreement_id in (select id from agreement where mediation_case_id = ?)", [id]);
    await sql('update mediation_case set mediator_id = ?, dispute_type_code = ?, channel = ? where id = ?', [m3, 'NEIGHBOURHOOD', 'GRID_REPORT', id]);
    await sql('update follow_up set satisfaction = 1 where mediation_case_id = ?', [id]);
    await sql("update mediation_case set accepted_at = '2026-02-18T09:00:00+08' where id = ?", [id]); // moved out of March
    now = await march();
    expect([now.accepted, now.successful, now.amountInvolved]).toEqual([before.accepted, before.successful, before.amountInvolved]);
    await sql('update mediation_case set committee_id = ? where id = ?', [elsewhere, id]); // transferred out of the subtree
    const [{ region_code: villageRegion }] = await sql('select region_code from committee where id = ?', [village]);
    await sql('update committee set region_code = (select region_code from committee where id = ?) where id = ?', [elsewhere, village]); // re-registered elsewhere
    expect(await rollupDrift(api)).toEqual([]);
    // A failed transaction: the trigger's writes go with it.
    await expect(
      api.sql("do $$ begin update mediation_case set status = 'FAILED' where id = " + id + "; raise exception 'rolled back'; end $$"),
    ).rejects.toThrow('rolled back');
    await sql('delete from follow_up where mediation_case_id = ?', [id]);
    await sql('delete from agreement_term where agreement_id in (select id from agreement where mediation_case_id = ?)', [id]);
    await sql('delete from agreement where mediation_case_id = ?', [id]);
    await sql('delete from mediation_case where id = ?', [id]);
    await sql('update committee set region_code = ? where id = ?', [villageRegion, village]);
    expect(await rollupDrift(api)).toEqual([]);
    expect(await march()).toEqual(before);
  });

  it('appends each change to the delta tables and folds them into the rollups without changing a figure', async () => {
    const admin = await api.login('admin');
    const read = async (from: string, to: string) => (await api.gql(STATS, { from, to, r: '62' }, admin)).data.statistics;
    // Whole months (monthly rollup) and partial ones (the province's daily rollup).
    const periods = [['2026-03-01', '2026-04-01'], ['2026-03-05', '2026-03-31']] as const;
    await sql('select statistics_fold()');
    const before = await Promise.all(periods.map(([from, to]) => read(from, to)));
    const id = await insertCase({ committee: village, status: 'SUCCEEDED', type: 'LABOUR', channel: 'WALK_IN', mediator: m2, accepted: '2026-03-18T09:00:00+08' });
    // Nothing written to the rollups themselves: the change is in the deltas, and already counted.
    const [{ deltas }] = await sql<{ deltas: number }>('select count(*) as deltas from case_statistics_delta');
    expect(Number(deltas)).toBeGreaterThan(0);
    const counted = await Promise.all(periods.map(([from, to]) => read(from, to)));
    expect(counted.map((f) => f.accepted)).toEqual(before.map((f) => f.accepted + 1));
    const [{ folded }] = await sql<{ folded: number }>('select statistics_fold() as folded');
    expect(folded).toBeGreaterThan(0);
    const [{ left }] = await sql<{ left: number }>('select count(*) as left from case_statistics_delta');
    expect(Number(left)).toBe(0);
    expect(await Promise.all(periods.map(([from, to]) => read(from, to)))).toEqual(counted);
    expect(await rollupDrift(api)).toEqual([]);
    // A second fold finds nothing; the job runner folds on every pass.
    expect((await sql<{ folded: number }>('select statistics_fold() as folded'))[0].folded).toBe(0);
    await sql('delete from mediation_case where id = ?', [id]);
    expect(await Promise.all(periods.map(([from, to]) => read(from, to)))).toEqual(before);
  });

  it('lets one fold run at a time: a second, while the first holds its lock, returns at once with nothing folded', async () => {
    const id = await insertCase({ committee: village, status: 'FAILED', type: 'LABOUR', channel: 'WALK_IN', mediator: m2, accepted: '2026-03-19T09:00:00+08' });
    await api.db.orm.em.fork().transactional(async (first) => {
      const [{ folded }] = await first.getConnection().execute<{ folded: number }[]>('select statistics_fold() as folded', [], 'all', first.getTransactionContext());
      expect(folded).toBeGreaterThan(0);
      expect((await sql<{ folded: number }>('select statistics_fold() as folded'))[0].folded).toBe(0);
    });
    await sql('delete from mediation_case where id = ?', [id]);
    await sql('select statistics_fold()');
    expect(await rollupDrift(api)).toEqual([]);
  });
});
