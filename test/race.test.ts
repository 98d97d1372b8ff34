import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { startTestApi, type TestApi } from './support/api';
import { CaseWalker } from './support/cases';
import { type FakeWeChat, startFakeWeChat } from './support/fake-wechat';
import { mutationFixtures } from './support/mutation-fixtures';

/**
 * The race suite: every mutation in schema.graphql, sent IN_FLIGHT times at once — the same call,
 * as a double tap or a retry on a weak network sends it — against a real object in the right
 * state. Each entry says how many of the calls may succeed and counts the effect in the database
 * (rows, timeline events, audit entries): one effect, never an internal error, never a false
 * success. A mutation without an entry fails the suite.
 */
const IN_FLIGHT = 20;

let api: TestApi;
let wechat: FakeWeChat;
let walk: CaseWalker;
let fixtures: ReturnType<typeof mutationFixtures>;
/** The names alone, for the test table (the fixtures are lazy: nothing runs until one is called). */
const MUTATIONS = Object.keys(mutationFixtures(undefined as never, undefined as never, IN_FLIGHT)).sort();


beforeAll(async () => {
  wechat = await startFakeWeChat();
  api = await startTestApi({ demo: true, env: { WECHAT_API_BASE: wechat.base } });
  walk = new CaseWalker(api);
  fixtures = mutationFixtures(api, walk, IN_FLIGHT);
});
afterAll(async () => {
  await api.close();
  await wechat.close();
});

const mutationsInSchema = () => Object.keys(buildSchema(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8')).getMutationType()!.getFields());

describe('the race suite', () => {
  it('has an entry for every mutation in schema.graphql, and none for a mutation that is gone', () => {
    expect(MUTATIONS).toEqual(mutationsInSchema().sort());
  });

  it.each(MUTATIONS)(`%s sent ${IN_FLIGHT} times at once has one effect`, async (mutation) => {
    const race = await fixtures[mutation]();
    const calls = await Promise.all(Array.from({ length: IN_FLIGHT }, () => race.call()));
    const answers = await Promise.all(calls.map((c) => api.gql(c.query, c.variables, c.token)));
    const codes = answers.map((a) => a.errors?.[0]?.extensions?.code ?? 'OK');
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    const ok = codes.filter((c) => c === 'OK').length;
    if (race.successes === 'all') expect(codes).toEqual(Array(IN_FLIGHT).fill('OK'));
    else {
      expect(ok).toBe(1);
      for (const code of codes) expect(['OK', 'CONFLICT', 'BAD_USER_INPUT', 'UNAUTHENTICATED']).toContain(code);
    }
    await race.check?.(answers);
    expect(await race.effects()).toBe(race.expected ?? 1);
  });
});

