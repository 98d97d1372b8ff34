import { startTestApi, type TestApi } from './support/api';
import { CaseWalker } from './support/cases';
import { type FakeWeChat, startFakeWeChat } from './support/fake-wechat';
import { mutationFixtures } from './support/mutation-fixtures';

/**
 * What a refusal means, for every mutation: on a real object in the right state (the fixtures the
 * race suite uses), each caller who may not act — anonymous, a resident with no part in the case,
 * staff of another kind, the other party — is refused (UNAUTHENTICATED, FORBIDDEN or NOT_FOUND) and
 * the object is exactly as before; then the caller who may act does, and the effect is counted.
 * The matrix in authorization.test.ts covers every query and mutation for every role; this proves
 * that a denied cell changed nothing and an allowed one did what it says.
 */
let api: TestApi;
let wechat: FakeWeChat;
let walk: CaseWalker;
let fixtures: ReturnType<typeof mutationFixtures>;
const MUTATIONS = Object.keys(mutationFixtures(undefined as never, undefined as never, 1)).sort();

beforeAll(async () => {
  wechat = await startFakeWeChat();
  api = await startTestApi({ demo: true, env: { WECHAT_API_BASE: wechat.base } });
  walk = new CaseWalker(api);
  fixtures = mutationFixtures(api, walk, 1);
});
afterAll(async () => {
  await api.close();
  await wechat.close();
});

it.each(MUTATIONS)('%s: every denied caller is refused and changes nothing; the allowed caller has the effect', async (mutation) => {
  const fixture = await fixtures[mutation]();
  const state = async () => JSON.stringify(await (fixture.untouched ?? fixture.effects)());
  const before = await state();
  for (const who of fixture.denied) {
    const call = await fixture.call();
    const token = who === 'anonymous' ? undefined : await walk.as(who === 'stranger' ? 'fx-stranger' : who);
    const res = await api.gql(call.query, call.variables, token);
    expect({ who, code: res.errors?.[0]?.extensions?.code }).toEqual({ who, code: expect.stringMatching(/^(UNAUTHENTICATED|FORBIDDEN|NOT_FOUND)$/) });
    expect({ who, state: await state() }).toEqual({ who, state: before });
  }
  const call = await fixture.call();
  const res = await api.gql(call.query, call.variables, call.token);
  expect(res.errors).toBeUndefined();
  await fixture.check?.([res]);
  expect(await fixture.effects()).toBe(fixture.expected ?? 1);
});
