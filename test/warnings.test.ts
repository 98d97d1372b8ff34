import { randomUUID } from 'node:crypto';
import { JobRunner } from '../api/src/jobs/job-runner';
import { WeChatClient } from '../api/src/modules/identity/wechat.client';
import { startTestApi, type TestApi } from './support/api';

let api: TestApi;
const tokens: Record<string, string> = {};
const as = async (name: string) => (tokens[name] ??= await api.login(name));
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);
const FILE = 'mutation($input: CaseInput!) { fileCase(input: $input) { id warnings { kind summary status } } }';
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
    const res = await api.gql(FILE, { input: input({ peopleInvolved: 12, amountInvolved: '150000', respondents: [{ name: '张某' }] }) }, await as('w-a'));
    expect(res.data.fileCase.warnings.map((w: any) => [w.kind, w.summary])).toEqual([
      ['MANY_PEOPLE', '涉及 12 人'],
      ['LARGE_AMOUNT', '涉及金额 150000 元'],
    ]);
    const small = await api.gql(FILE, { input: input({ peopleInvolved: 2, amountInvolved: '5000', respondents: [{ name: '李某' }] }) }, await as('w-a'));
    expect(small.data.fileCase.warnings).toEqual([]);
  });

  it('groups many filings against one respondent into one cluster (seed 004: the gym), for the committee and the justice office', async () => {
    for (let i = 0; i < 7; i++) await api.gql(FILE, { input: input() }, await as(`member-${i}`));
    const warnings = (await api.gql(WARNINGS, { r: '620602' }, await as('sifaju'))).data.warnings.filter((w: any) => w.kind === 'RESPONDENT_CLUSTER');
    expect(warnings).toHaveLength(1); // one dispute, not seven alarms
    expect(warnings[0].caseIds).toHaveLength(3); // the 5th, 6th and 7th filings crossed the threshold of 5
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

  it('flags a repeated applicant, and uses a region’s own thresholds', async () => {
    await sql("insert into warning_rule (region_code, kind, threshold, window_days) values ('620602101', 'MANY_PEOPLE', 3, 30)");
    const local = await api.gql(FILE, { input: input({ peopleInvolved: 4, respondents: [{ name: '王某甲' }] }) }, await as('w-b'));
    expect(local.data.fileCase.warnings.map((w: any) => w.kind)).toEqual(['MANY_PEOPLE']);
    const elsewhere = await api.gql(FILE, { input: input({ peopleInvolved: 4, regionCode: '620602102201', respondents: [{ name: '王某乙' }] }) }, await as('w-b'));
    expect(elsewhere.data.fileCase.warnings).toEqual([]);
    const third = await api.gql(FILE, { input: input({ respondents: [{ name: '王某丙' }] }) }, await as('w-b'));
    expect(third.data.fileCase.warnings.map((w: any) => [w.kind, w.summary])).toEqual([['REPEATED_APPLICANT', '同一申请人 90 日内申请 3 次']]);
  });

  it('flags a major case that runs overdue', async () => {
    const res = await api.gql(FILE, { input: input({ peopleInvolved: 20, respondents: [{ name: '赵某' }] }) }, await as('w-c'));
    const id = Number(res.data.fileCase.id);
    await sql("update mediation_case set status = 'IN_MEDIATION', accepted_at = now() - interval '40 days', due_at = now() - interval '10 days' where id = ?", [id]);
    await new JobRunner({ orm: api.db.orm, wechat: new WeChatClient(api.config.wechat), config: api.config }).runOnce();
    const warnings = (await api.gql('query($id: ID!) { case(id: $id) { warnings { kind } } }', { id: String(id) }, await as('w-c'))).data.case.warnings;
    expect(warnings.map((w: any) => w.kind)).toEqual(['MANY_PEOPLE', 'OVERDUE_MAJOR']);
  });
});
