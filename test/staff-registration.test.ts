import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from './support/api';
import { CaseWalker } from './support/cases';

/**
 * Staff register cases for people (issue 13): the grid officer reports from the spot to the
 * grid's committee and follows what became of the reports; the committee registers a walk-in.
 * Each sees their own registrations in `myRegisteredCases`, nobody else's, and residents' own
 * filings are never there.
 */
let api: TestApi;
let walk: CaseWalker;

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  walk = new CaseWalker(api);
});
afterAll(() => api.close());

const ME = '{ me { staffRoles { role gridUnit { name regionCode committeeId } } } }';
const REGISTER = 'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id number channel status committee { id name } } }';
const MINE = '{ myRegisteredCases(first: 20) { totalCount nodes { id number status channel } } }';

function report(overrides: Record<string, unknown>) {
  return {
    idempotencyKey: randomUUID(), channel: 'GRID_REPORT', disputeType: 'NEIGHBOURHOOD', facts: '两户因门前排水沟堵塞发生争吵，网格员现场劝解后上报。', claims: '疏通排水沟',
    applicants: [{ name: '赵桂兰', phone: '13700002468' }], respondents: [{ name: '钱德明' }], place: '黄羊村一组东头', latitude: 37.91, longitude: 102.63,
    ...overrides,
  };
}

it('the grid officer knows their grid, reports to its committee, and follows the report', async () => {
  const grid = await walk.as('grid');
  const roles = (await api.gql(ME, {}, grid)).data.me.staffRoles;
  const unit = roles.find((r: any) => r.role === 'GRID_OFFICER').gridUnit;
  const [expected] = await api.sql<{ name: string; region: string; committee: number }>(
    "select name, region_code as region, committee_id as committee from grid_unit where name = '黄羊村一组'",
  );
  expect(unit).toEqual({ name: expected.name, regionCode: expected.region, committeeId: String(expected.committee) });

  const reported = await api.gql(REGISTER, { input: report({ regionCode: unit.regionCode, committeeId: unit.committeeId }) }, grid);
  expect(reported.errors).toBeUndefined();
  expect(reported.data.registerCase).toMatchObject({ channel: 'GRID_REPORT', status: 'PENDING_ACCEPTANCE', committee: { id: unit.committeeId } });
  const stored = await api.sql('select place, latitude, longitude from mediation_case where id = ?', [Number(reported.data.registerCase.id)]);
  expect(stored).toEqual([{ place: '黄羊村一组东头', latitude: 37.91, longitude: 102.63 }]);

  const mine = (await api.gql(MINE, {}, grid)).data.myRegisteredCases;
  expect(mine.nodes.map((n: any) => n.id)).toEqual([reported.data.registerCase.id]);
  expect(mine.totalCount).toBe(1);

  // The committee accepts it; the officer sees the new status, and can open the case, without the parties' phones.
  await walk.act(reported.data.registerCase.id, 'ACCEPT', 'huangyang-sifasuo');
  expect((await api.gql(MINE, {}, grid)).data.myRegisteredCases.nodes[0].status).toBe('AWAITING_CONSENT');
  const opened = await api.gql('query($id: ID!) { case(id: $id) { status parties { name phone } } }', { id: reported.data.registerCase.id }, grid);
  expect(opened.data.case.status).toBe('AWAITING_CONSENT');
  expect(opened.data.case.parties.map((p: any) => p.phone)).toEqual([null, null]);
});

it('a walk-in registered by the committee is in its admin\'s list, not in the grid officer\'s, and a resident\'s own filing is in nobody\'s', async () => {
  const admin = await walk.as('huangyang-admin');
  const [committee] = await api.sql<{ id: number }>("select id from committee where name = '黄羊镇人民调解委员会'");
  const walkIn = await api.gql(REGISTER, { input: report({ channel: 'WALK_IN', regionCode: '620602101', committeeId: String(committee.id), latitude: null, longitude: null }) }, admin);
  expect(walkIn.errors).toBeUndefined();
  const filed = await walk.filed('registration-resident');

  const adminList = (await api.gql(MINE, {}, admin)).data.myRegisteredCases.nodes.map((n: any) => n.id);
  expect(adminList).toEqual([walkIn.data.registerCase.id]);
  const gridList = (await api.gql(MINE, {}, await walk.as('grid'))).data.myRegisteredCases.nodes.map((n: any) => n.id);
  expect(gridList).not.toContain(walkIn.data.registerCase.id);
  expect(gridList).not.toContain(filed);
});

it('refuses residents the list, and a referral without its document number, changing nothing', async () => {
  const resident = await walk.as('registration-resident-2');
  expect((await api.gql(MINE, {}, resident)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const admin = await walk.as('huangyang-admin');
  const [committee] = await api.sql<{ id: number }>("select id from committee where name = '黄羊镇人民调解委员会'");
  const before = await api.sql('select count(*)::int as n from mediation_case');
  const referral = await api.gql(REGISTER, { input: report({ channel: 'COURT_REFERRAL', regionCode: '620602101', committeeId: String(committee.id) }) }, admin);
  expect(referral.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.referralNumber' });
  expect(await api.sql('select count(*)::int as n from mediation_case')).toEqual(before);
});

it('counts everyone named as a party among the people involved, whatever smaller number was typed', async () => {
  const admin = await walk.as('huangyang-admin');
  const [committee] = await api.sql<{ id: number }>("select id from committee where name = '黄羊镇人民调解委员会'");
  const parties = { applicants: [{ name: '孙玉梅' }, { name: '孙玉兰' }], respondents: [{ name: '周建军' }, { name: '周建国' }] };
  const four = await api.gql(REGISTER, { input: report({ channel: 'WALK_IN', regionCode: '620602101', committeeId: String(committee.id), peopleInvolved: 2, ...parties }) }, admin);
  const twelve = await api.gql(REGISTER, { input: report({ channel: 'WALK_IN', regionCode: '620602101', committeeId: String(committee.id), peopleInvolved: 12, ...parties }) }, admin);
  const stored = await api.sql<{ people_involved: number }>('select people_involved from mediation_case where id in (?, ?) order by id', [Number(four.data.registerCase.id), Number(twelve.data.registerCase.id)]);
  expect(stored.map((r) => r.people_involved)).toEqual([4, 12]);
});
