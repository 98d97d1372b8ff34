import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from './support/api';

/**
 * Case numbers take the year in China time (UTC+8). The clock is set to 16:30 UTC on 31 December
 * 2025, which is 00:30 on 1 January 2026 in Beijing: the number must say 2026. Only Date is faked;
 * timers, the network and the database run as usual.
 */
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ demo: true });
});
afterAll(async () => {
  jest.useRealTimers();
  await api.close();
});

it('numbers a case filed at 00:30 on 1 January Beijing time in the new year', async () => {
  const token = await api.login('new-year-resident');
  jest.useFakeTimers({ now: new Date('2025-12-31T16:30:00Z'), doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'queueMicrotask', 'hrtime', 'performance'] });
  try {
    const filed = await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { number } }', {
      input: { idempotencyKey: randomUUID(), disputeType: 'NEIGHBOURHOOD', regionCode: '620602101', facts: '邻里之间因排水沟发生争执。', claims: '疏通排水沟', respondents: [{ name: '张某' }] },
    }, token);
    expect(filed.errors).toBeUndefined();
    expect(filed.data.fileCase.number).toMatch(/^（2026）/);
  } finally {
    jest.useRealTimers();
  }
});
