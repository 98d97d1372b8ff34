import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from './support/api';

/**
 * 补录 (issue 13): a committee brings its ledger of past cases with their real dates; the
 * statistics of those months include them, and the record says they were recorded late.
 */
let api: TestApi;
let committee: string;
beforeAll(async () => {
  api = await startTestApi();
  committee = String((await api.sql("select id from committee where name = '黄羊镇人民调解委员会'"))[0].id);
});
afterAll(() => api.close());

const RECORD = `mutation($input: PastCaseInput!) { recordPastCase(input: $input) { id number status backfilledAt ledgerNumber acceptedAt closedAt
  timeline { action note at } } }`;
const past = (over: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(), channel: 'WALK_IN', committeeId: committee, disputeType: 'NEIGHBOURHOOD', regionCode: '620602101',
  facts: '两户因院墙排水问题发生争执，经调解达成协议。', claims: '改造排水沟', applicants: [{ name: '赵桂兰' }], respondents: [{ name: '钱德明' }],
  acceptedOn: '2025-03-10', closedOn: '2025-03-25', outcome: 'SUCCEEDED', ledgerNumber: '黄调〔2025〕12号', ...over,
});

it('records past cases with their real dates into their months\' statistics, marked 补录 on the case, its timeline and in the audit log', async () => {
  const token = await api.login('huangyang-admin');
  const before = (await api.gql('query($c: ID!) { statistics(from: "2025-03-01", to: "2025-05-01", committeeId: $c) { accepted successful byMonth { month accepted successful } } }', { c: committee }, token)).data.statistics;
  const first = await api.gql(RECORD, { input: past() }, token);
  expect(first.errors).toBeUndefined();
  const c = first.data.recordPastCase;
  expect(c).toMatchObject({ status: 'SUCCEEDED', ledgerNumber: '黄调〔2025〕12号', acceptedAt: '2025-03-10T04:00:00.000Z', closedAt: '2025-03-25T04:00:00.000Z' });
  expect(c.number).toMatch(/^（2025）黄羊镇调字第\d{4}号$/);
  expect(c.backfilledAt).not.toBeNull();
  expect(c.timeline.map((e: any) => e.action).sort()).toEqual(['ACCEPT', 'BACKFILLED', 'FILE', 'RECORD_SUCCESS']);
  expect(c.timeline.find((e: any) => e.action === 'BACKFILLED').note).toBe('补录：据台账 黄调〔2025〕12号登记，受理于 2025-03-10，办结于 2025-03-25');
  await api.gql(RECORD, { input: past({ acceptedOn: '2025-04-02', closedOn: '2025-05-20', outcome: 'FAILED', ledgerNumber: null }) }, token);
  const after = (await api.gql('query($c: ID!) { statistics(from: "2025-03-01", to: "2025-05-01", committeeId: $c) { accepted successful byMonth { month accepted successful } } }', { c: committee }, token)).data.statistics;
  expect(after.accepted - before.accepted).toBe(2);
  expect(after.successful - before.successful).toBe(1);
  const month = (s: any, m: string) => s.byMonth.find((x: any) => x.month === m) ?? { accepted: 0, successful: 0 };
  expect(month(after, '2025-03').accepted - month(before, '2025-03').accepted).toBe(1);
  expect(month(after, '2025-04').accepted - month(before, '2025-04').accepted).toBe(1);
  expect(await api.sql("select count(*)::int as n from audit_log where action = 'CASE_BACKFILLED' and subject_id = ?", [c.id])).toEqual([{ n: 1 }]);
  // Nothing long over is sent to anyone.
  expect(await api.sql('select count(*)::int as n from notification where mediation_case_id = ?', [Number(c.id)])).toEqual([{ n: 0 }]);
});

it('refuses impossible dates, an open outcome and another committee\'s ledger, naming the field and recording nothing', async () => {
  const token = await api.login('huangyang-admin');
  const count = async () => (await api.sql('select count(*)::int as n from mediation_case where backfilled_at is not null'))[0].n;
  const before = await count();
  const field = async (over: Record<string, unknown>, who = token) => (await api.gql(RECORD, { input: past(over) }, who)).errors?.[0]?.extensions;
  expect(await field({ closedOn: '2025-03-01' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.closedOn' });
  expect(await field({ acceptedOn: '2099-01-01', closedOn: '2099-01-02' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.acceptedOn' });
  expect(await field({ acceptedOn: '2025-02-30' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.acceptedOn' });
  expect(await field({ outcome: 'IN_MEDIATION' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.outcome' });
  const wunan = String((await api.sql("select id from committee where name = '武南镇人民调解委员会'"))[0].id);
  expect(await field({ committeeId: wunan })).toMatchObject({ code: 'FORBIDDEN' });
  expect(await field({}, await api.login('backfill-resident'))).toMatchObject({ code: 'FORBIDDEN' });
  expect(await count()).toBe(before);
});
