import { startTestApi, type TestApi } from './support/api';
import { CaseWalker } from './support/cases';
import { type FakeWeChat, startFakeWeChat } from './support/fake-wechat';
import { allows, LOGINS, MUTATIONS as MATRIX, type Reach, ROLES, type RoleName } from './support/authorization-matrix';
import { type MakeFixture, mutationFixtures } from './support/mutation-fixtures';

/**
 * The mutation half of the authorization matrix, proven on real objects: for every mutation, the
 * fixture the race suite uses makes an object at 黄羊镇 in the state the mutation needs.
 * - Every caller who may not act — the fixture's own list (anonymous, a resident with no part in
 *   it, the other party, staff of another kind), every role the matrix denies on the object, and
 *   every role's counterpart at 武南镇 that the matrix denies from outside — is refused
 *   (UNAUTHENTICATED, FORBIDDEN or NOT_FOUND) and the object is exactly as before.
 * - Every role the matrix allows, on the object and from outside, acts on a fresh object of its
 *   own and the effect is counted: an allowed cell means the change happened, not "not refused".
 */
let api: TestApi;
let wechat: FakeWeChat;
let walk: CaseWalker;
let fixtures: Record<string, MakeFixture>;
const MUTATIONS = Object.keys(mutationFixtures(undefined as never, undefined as never, 1)).sort();

/** Who plays each role on a fixture's object: its resident is a resident with no part in it (the object's own party acts as "resident" when allowed). */
const CALLER: Record<RoleName, string> = { ...LOGINS, resident: 'stranger', anonymous: 'anonymous' };
/** The same roles at 武南镇, outside 黄羊镇's reach (made in beforeAll); the system administrator's reach is everything. */
const COUNTERPART: Record<RoleName, string> = {
  anonymous: 'anonymous',
  resident: 'stranger',
  mediator: 'wunan-mediator',
  gridOfficer: 'wunan-grid',
  committeeAdmin: 'wunan-admin',
  townshipOffice: 'wunan-sifasuo',
  systemAdmin: 'admin',
};
const row = (mutation: string) => MATRIX[`Mutation.${mutation}`];
const deniedCallers = (mutation: string): string[] => {
  const { own, other } = row(mutation);
  const inside = ROLES.filter((role) => !allows(own, role)).map((role) => CALLER[role]);
  const outside = other ? ROLES.filter((role) => !other.includes(role)).map((role) => COUNTERPART[role]) : [];
  return [...inside, ...outside];
};
const ALLOWED: [string, Reach, RoleName][] = MUTATIONS.flatMap((mutation) => {
  const { own, other } = row(mutation) ?? { own: [] };
  return [
    ...ROLES.filter((role) => allows(own, role)).map((role) => [mutation, 'own', role] as [string, Reach, RoleName]),
    ...(other ?? []).map((role) => [mutation, 'other', role] as [string, Reach, RoleName]),
  ];
});

beforeAll(async () => {
  wechat = await startFakeWeChat();
  api = await startTestApi({ demo: true, env: { WECHAT_API_BASE: wechat.base } });
  walk = new CaseWalker(api);
  fixtures = mutationFixtures(api, walk, 1);
  // 武南镇's staff: its committee's admin, its justice office, one of its mediators who serves nowhere in 黄羊镇, one of its grid officers.
  const staff = [
    ['wunan-admin', 'COMMITTEE_ADMIN', "(select id from committee where region_code = '620602102' and kind = 'TOWNSHIP')", 'null', 'null', 'null'],
    ['wunan-sifasuo', 'JUSTICE_OFFICE', 'null', "'620602102'", 'null', 'null'],
    ['wunan-mediator', 'MEDIATOR', "(select id from committee where region_code = '620602102' and kind = 'TOWNSHIP')", 'null',
      `(select ms.mediator_id from membership ms join committee c on c.id = ms.committee_id where c.region_code = '620602102' and ms.active
        and not exists (select 1 from membership o join committee k on k.id = o.committee_id where o.mediator_id = ms.mediator_id and k.region_code like '620602101%') order by ms.id limit 1)`, 'null'],
    ['wunan-grid', 'GRID_OFFICER', 'null', 'null', 'null', "(select g.id from grid_unit g join region r on r.code = g.region_code where r.code like '620602102%' order by g.id limit 1)"],
  ];
  for (const [login, role, committee, region, mediator, grid] of staff) {
    await walk.as(login);
    await api.sql(
      `insert into staff_assignment (role, display_name, user_id, committee_id, region_code, mediator_id, grid_unit_id, bound_at)
       values (?, ?, (select id from user_account where openid = ?), ${committee}, ${region}, ${mediator}, ${grid}, now())`,
      [role, `武南镇${role}`, `dev:${login}`],
    );
  }
  const missing = await api.sql("select display_name from staff_assignment where display_name like '武南镇%' and committee_id is null and region_code is null and mediator_id is null and grid_unit_id is null");
  expect(missing).toEqual([]);
});
afterAll(async () => {
  await api.close();
  await wechat.close();
});

it('has a row in the matrix for every mutation and a fixture for every row', () => {
  expect(MUTATIONS).toEqual(Object.keys(MATRIX).map((key) => key.slice('Mutation.'.length)).sort());
  expect(ALLOWED.length).toBeGreaterThan(150);
});

it.each(MUTATIONS)('%s: every denied caller, inside 黄羊镇 and outside, is refused and changes nothing', async (mutation) => {
  const fixture = await fixtures[mutation]();
  const state = async () => JSON.stringify(await (fixture.untouched ?? fixture.effects)());
  const before = await state();
  for (const who of [...new Set([...fixture.denied, ...deniedCallers(mutation)])]) {
    const call = await fixture.call();
    const token = who === 'anonymous' ? undefined : await walk.as(who === 'stranger' ? 'fx-stranger' : who);
    const res = await api.gql(call.query, call.variables, token);
    expect({ who, code: res.errors?.[0]?.extensions?.code }).toEqual({ who, code: expect.stringMatching(/^(UNAUTHENTICATED|FORBIDDEN|NOT_FOUND)$/) });
    expect({ who, state: await state() }).toEqual({ who, state: before });
  }
});

it.each(ALLOWED)('%s on the %s object as %s: allowed, it has its effect on a fresh real object', async (mutation, reach, role) => {
  const name = reach === 'own' ? CALLER[role] : COUNTERPART[role];
  // A resident acting on their own account is a new one; on a case, it is the case's own party (the fixture's caller).
  const fixture = await fixtures[mutation](role === 'resident' ? `fx-${mutation}-resident` : name === 'anonymous' ? undefined : name);
  const call = await fixture.call();
  let token: string | undefined;
  if (role === 'anonymous') token = undefined;
  else if (role === 'resident' && (fixture.self || call.token === undefined)) token = await walk.as(`fx-${mutation}-resident`);
  else if (role === 'resident') {
    token = call.token;
    const staff = await Promise.all(Object.values(LOGINS).filter((login) => login !== LOGINS.resident).map((login) => walk.as(login)));
    expect({ mutation, partyCaller: token !== undefined && !staff.includes(token) }).toEqual({ mutation, partyCaller: true });
  } else token = await walk.as(name);
  const res = await api.gql(call.query, call.variables, token);
  expect(res.errors).toBeUndefined();
  await fixture.check?.([res]);
  expect(await fixture.effects()).toBe(fixture.expected ?? 1);
});
