import { randomUUID } from 'node:crypto';
import { JobRunner } from '../api/src/jobs/job-runner';
import { WeChatClient } from '../api/src/modules/identity/wechat.client';
import { MediationCase } from '../api/src/modules/case/case.entity';
import { evaluateWarnings, raiseIfMajorOverdue } from '../api/src/modules/warning/warning.rules';
import { startTestApi, type TestApi } from './support/api';

let api: TestApi;
const tokens: Record<string, string> = {};
const as = async (name: string) => (tokens[name] ??= await api.login(name));
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);
const FILE = 'mutation($input: CaseInput!) { fileCase(input: $input) { id warnings { kind summary status } } }';
/** A filing's warnings as the county's justice office reads them (a party reads none). */
async function filed(input: Record<string, unknown>, who: string) {
  const res = await api.gql(FILE, { input }, await as(who));
  expect(res.data.fileCase.warnings).toEqual([]);
  const staff = await api.gql('query($id: ID!) { case(id: $id) { warnings { kind summary status } } }', { id: res.data.fileCase.id }, await as('sifaju'));
  return { data: { fileCase: { id: res.data.fileCase.id as string, warnings: staff.data.case.warnings } } };
}
const WARNINGS = 'query($r: String!) { warnings(regionCode: $r) { id kind summary status caseIds } }';

const input = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(), disputeType: 'CONSUMER', regionCode: '620602101201', facts: '健身房突然停业，预付的会员费无法退还。', claims: '退还剩余会员费',
  respondents: [{ kind: 'ORGANISATION', name: '某某健身房' }], ...overrides,
});

beforeAll(async () => {
  api = await startTestApi({ demo: true });
});
afterAll(() => api.close());

describe('early warning (预警)', () => {
  it('flags many people and large amounts when the case is filed', async () => {
    const res = await filed(input({ peopleInvolved: 12, amountInvolved: '150000', respondents: [{ name: '张某' }] }), 'w-a');
    expect(res.data.fileCase.warnings.map((w: any) => [w.kind, w.summary])).toEqual([
      ['MANY_PEOPLE', '涉及 12 人'],
      ['LARGE_AMOUNT', '涉及金额 150000 元'],
    ]);
    const small = await filed(input({ peopleInvolved: 2, amountInvolved: '5000', respondents: [{ name: '李某' }] }), 'w-a');
    expect(small.data.fileCase.warnings).toEqual([]);
  });

  it('groups many filings against one respondent into one cluster (seed 004: the gym), for the committee and the justice office', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await filed(input(), `member-${i}`)).data.fileCase.id);
    const warnings = (await api.gql(WARNINGS, { r: '620602' }, await as('sifaju'))).data.warnings.filter((w: any) => w.kind === 'RESPONDENT_CLUSTER');
    expect(warnings).toHaveLength(1); // one dispute, not seven alarms
    // Every filing it counts, the four before the threshold was crossed too: "已有 7 起" and seven cases named.
    expect(warnings[0].caseIds).toEqual(ids);
    const card = (await api.gql('query($r: String!) { warnings(regionCode: $r) { id cases { id number } committee { name } } }', { r: '620602' }, await as('sifaju'))).data.warnings
      .find((w: any) => w.id === warnings[0].id);
    const numbers = await sql<{ id: number; number: string }>('select id, number from mediation_case where id = any(?::int[]) order by id', [`{${ids.join(',')}}`]);
    expect(card.cases).toEqual(numbers.map((n) => ({ id: String(n.id), number: n.number })));
    expect(card.committee.name).toBe((await sql('select c.name from mediation_case mc join committee c on c.id = mc.committee_id where mc.id = ?', [Number(ids[0])]))[0].name);
    expect(warnings[0].summary).toBe('30 日内针对“某某健身房”的纠纷已有 7 起');
    // Consumer disputes go to the county's consumer committee: the county justice office is told, not the township's.
    const told = await sql("select distinct u.openid from notification n join user_account u on u.id = n.user_id where n.kind = 'WARNING' and n.summary like '%群体性%'");
    expect(told.map((t) => t.openid)).toEqual(['dev:sifaju']);
    const township = await api.gql('mutation($id: ID!) { acknowledgeWarning(id: $id) { status } }', { id: warnings[0].id }, await as('huangyang-sifasuo'));
    expect(township.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const admin = await as('sifaju');
    const acknowledged = await api.gql('mutation($id: ID!) { acknowledgeWarning(id: $id) { status } }', { id: warnings[0].id }, admin);
    expect(acknowledged.data.acknowledgeWarning.status).toBe('ACKNOWLEDGED');
    const resolved = await api.gql('mutation($id: ID!) { resolveWarning(id: $id, resolution: "联合市场监管部门集中调处，达成分期退费方案") { status resolution } }', { id: warnings[0].id }, admin);
    expect(resolved.data.resolveWarning).toEqual({ status: 'RESOLVED', resolution: '联合市场监管部门集中调处，达成分期退费方案' });
    const stranger = await api.gql('mutation($id: ID!) { acknowledgeWarning(id: $id) { status } }', { id: warnings[0].id }, await as('resident-w'));
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const open = (await api.gql(WARNINGS, { r: '620602' }, await as('sifaju'))).data.warnings;
    expect(open.some((w: any) => w.id === warnings[0].id)).toBe(false);
  });

  it('opens one card for a cluster whose filings arrive at once', async () => {
    // Each filed at another committee of the county: filings at one committee queue on its case-number counter anyway.
    const committees = await sql<{ id: number; region: string }>("select id, region_code as region from committee where region_code like '620602%' and active order by id limit 11");
    const market = (i: number) => input({ respondents: [{ kind: 'ORGANISATION', name: '某某超市' }], facts: `超市售卖过期食品，第 ${i} 位顾客要求赔偿。`, committeeId: String(committees[i].id), regionCode: committees[i].region });
    for (let i = 0; i < 3; i++) await filed(market(i), `shopper-${i}`);
    // The threshold (5) is crossed by filings that arrive together.
    const shoppers: string[] = [];
    for (let i = 3; i < 11; i++) shoppers.push(await as(`shopper-${i}`));
    const together = await Promise.all(shoppers.map((token, i) => api.gql(FILE, { input: market(3 + i) }, token)));
    expect(together.map((r) => r.errors)).toEqual(Array(8).fill(undefined));
    const cards = await sql<{ id: number; n: number }>(
      "select w.id, (select count(*)::int from warning_case wc where wc.warning_id = w.id) as n from warning w where w.kind = 'RESPONDENT_CLUSTER' and w.cluster_key like '%某某超市' and w.status <> 'RESOLVED'",
    );
    expect(cards).toHaveLength(1);
    expect(cards[0].n).toBe(11);
  });

  it('flags a repeated applicant, and uses a region’s own thresholds', async () => {
    await sql("insert into warning_rule (region_code, kind, threshold, window_days) values ('620602101', 'MANY_PEOPLE', 3, 30)");
    const local = await filed(input({ peopleInvolved: 4, respondents: [{ name: '王某甲' }] }), 'w-b');
    expect(local.data.fileCase.warnings.map((w: any) => w.kind)).toEqual(['MANY_PEOPLE']);
    const elsewhere = await filed(input({ peopleInvolved: 4, regionCode: '620602102201', respondents: [{ name: '王某乙' }] }), 'w-b');
    expect(elsewhere.data.fileCase.warnings).toEqual([]);
    const third = await filed(input({ respondents: [{ name: '王某丙' }] }), 'w-b');
    expect(third.data.fileCase.warnings.map((w: any) => [w.kind, w.summary])).toEqual([['REPEATED_APPLICANT', '同一申请人 90 日内申请 3 次']]);
  });

  it('keeps one card per case and rule, however often a case is evaluated', async () => {
    const res = await filed(input({ peopleInvolved: 30, amountInvolved: '200000', respondents: [{ name: '钱某' }] }), 'w-d');
    const id = Number(res.data.fileCase.id);
    const em = api.db.orm.em.fork();
    for (let i = 0; i < 3; i++) {
      await em.transactional(async (tx) => {
        const mediationCase = await tx.findOneOrFail(MediationCase, id, { populate: ['parties'] });
        await evaluateWarnings(tx, mediationCase, null);
        await raiseIfMajorOverdue(tx, mediationCase);
      });
    }
    const cards = await sql('select w.kind, count(*)::int as n from warning w join warning_case wc on wc.warning_id = w.id where wc.mediation_case_id = ? group by w.kind order by w.kind::text', [id]);
    expect(cards).toEqual([{ kind: 'LARGE_AMOUNT', n: 1 }, { kind: 'MANY_PEOPLE', n: 1 }, { kind: 'OVERDUE_MAJOR', n: 1 }]);
    expect(await sql("select count(*)::int as n from case_event where mediation_case_id = ? and action = 'WARNING'", [id])).toEqual([{ n: 3 }]);
  });

  it('flags a major case that runs overdue', async () => {
    const res = await filed(input({ peopleInvolved: 20, respondents: [{ name: '赵某' }] }), 'w-c');
    const id = Number(res.data.fileCase.id);
    await sql("update mediation_case set status = 'IN_MEDIATION', accepted_at = now() - interval '40 days', due_at = now() - interval '10 days' where id = ?", [id]);
    await new JobRunner({ orm: api.db.orm, wechat: new WeChatClient(api.config.wechat), config: api.config }).runOnce();
    expect((await api.gql('query($id: ID!) { case(id: $id) { warnings { kind } } }', { id: String(id) }, await as('w-c'))).data.case.warnings).toEqual([]); // not for the party
    const warnings = (await api.gql('query($id: ID!) { case(id: $id) { warnings { kind } } }', { id: String(id) }, await as('sifaju'))).data.case.warnings;
    expect(warnings.map((w: any) => w.kind)).toEqual(['MANY_PEOPLE', 'OVERDUE_MAJOR']);
  });
});
