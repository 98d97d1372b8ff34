import { startTestApi, type TestApi } from './support/api';
import { CaseWalker } from './support/cases';
import { type FakeWeChat, startFakeWeChat } from './support/fake-wechat';
import { LOGINS, MATRIX, type RoleName } from './support/authorization-matrix';
import { mutationFixtures } from './support/mutation-fixtures';

/**
 * What a refusal means, for every mutation: on a real object in the right state (the fixtures the
 * race suite uses), each caller who may not act — anonymous, a resident with no part in the case,
 * staff of another kind, the other party, and every role the matrix denies on its own object — is
 * refused (UNAUTHENTICATED, FORBIDDEN or NOT_FOUND) and the object is exactly as before; then the
 * caller who may act does, and the effect is counted. And every admin role the matrix allows on
 * its own object (committee admin, township justice office, system admin) acts on a fresh object
 * of its own and has the effect: an allowed cell means the change happened, not "not refused".
 */
let api: TestApi;
let wechat: FakeWeChat;
let walk: CaseWalker;
let fixtures: ReturnType<typeof mutationFixtures>;
const MUTATIONS = Object.keys(mutationFixtures(undefined as never, undefined as never, 1)).sort();

/** How the matrix's roles appear in the fixtures: its resident has no part in a fixture's object. */
const CALLER: Record<RoleName, string> = { ...LOGINS, resident: 'stranger', anonymous: 'anonymous' };
const STAFF_ADMINS: RoleName[] = ['committeeAdmin', 'townshipOffice', 'systemAdmin'];
const ownExpectation = (mutation: string) => MATRIX[`Mutation.${mutation}`]?.own;
/** Where a fixture's object stands differently to a role than the matrix's own object does, and why: that role is not compared. */
const OBJECT_DIFFERS: Record<string, Partial<Record<RoleName, string>>> = {
  draftAgreement: { mediator: 'the fixture\'s case is the demo mediator\'s own; the matrix\'s case has no mediator yet' },
  scheduleSession: { mediator: 'the fixture\'s case is the demo mediator\'s own; the matrix\'s case has no mediator yet' },
  superviseCase: { committeeAdmin: 'the fixture\'s case is at a village below 黄羊镇, which the township\'s admin supervises from above' },
  updateCommittee: { committeeAdmin: 'the fixture\'s committee is a new village committee, not the admin\'s own' },
  createStaffInvitation: { committeeAdmin: 'the fixture invites a committee admin, which only the justice office may; the matrix invites a mediator' },
};
const compared = (mutation: string, role: RoleName) => !OBJECT_DIFFERS[mutation]?.[role];
/** The roles the matrix refuses on their own object: each is tried here on a real object, and must change nothing. */
const matrixDenied = (mutation: string): string[] => {
  const own = ownExpectation(mutation);
  if (own === undefined || own === 'everyone') return [];
  return (Object.keys(CALLER) as RoleName[]).filter((role) => !own.includes(role) && compared(mutation, role)).map((role) => CALLER[role]);
};
/** Staff-only mutations: every admin role the matrix allows on its own object, each on a fresh object. */
const ADMIN_CELLS = MUTATIONS.flatMap((mutation) => {
  const own = ownExpectation(mutation);
  if (own === undefined || own === 'everyone' || own.includes('resident')) return [];
  return own.filter((role) => STAFF_ADMINS.includes(role) && compared(mutation, role)).map((role) => [mutation, role] as const);
});

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
  for (const who of [...new Set([...fixture.denied, ...matrixDenied(mutation)])]) {
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

it('has a row in the matrix for every mutation, and covers every admin cell the matrix allows', () => {
  for (const mutation of MUTATIONS) expect({ mutation, row: ownExpectation(mutation) !== undefined }).toEqual({ mutation, row: true });
  expect(ADMIN_CELLS.length).toBeGreaterThan(40);
});

it.each(ADMIN_CELLS)('%s as %s: allowed by the matrix on its own object, it has its effect on a fresh real object', async (mutation, role) => {
  const fixture = await fixtures[mutation]();
  const call = await fixture.call();
  const res = await api.gql(call.query, call.variables, await walk.as(LOGINS[role as Exclude<RoleName, 'anonymous'>]));
  expect(res.errors).toBeUndefined();
  await fixture.check?.([res]);
  expect(await fixture.effects()).toBe(fixture.expected ?? 1);
});
