import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from './support/api';
import { CaseWalker } from './support/cases';

/**
 * Case access is decided in one place (CaseAccess), once per case per request: a list screen that
 * asks every case for the viewer's actions, its parties, its joint committees and whether the
 * viewer may supervise costs the same number of statements for 5 cases as for 20 — the joint
 * committees of the whole page are one query, the committees above come from the batched loader.
 */
let api: TestApi;
let walk: CaseWalker;
let township: number;
let villages: number[];

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  walk = new CaseWalker(api);
  [{ id: township }] = await api.sql<{ id: number }>("select id from committee where name = '黄羊镇人民调解委员会'");
  villages = (await api.sql<{ id: number; region: string }>("select id, region_code as region from committee where parent_id = ? and kind = 'VILLAGE' order by id", [township])).map((v) => v.id);
  const [{ id: centre }] = await api.sql<{ id: number }>("select id from committee where kind = 'ONE_STOP_CENTER' limit 1");
  // 24 cases at the township's villages, every third joined by the county's one-stop centre.
  for (let i = 0; i < 24; i++) {
    const committeeId = villages[i % villages.length];
    const [{ region }] = await api.sql<{ region: string }>('select region_code as region from committee where id = ?', [committeeId]);
    const filed = await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id } }', {
      input: { idempotencyKey: randomUUID(), disputeType: 'NEIGHBOURHOOD', regionCode: region, committeeId: String(committeeId), facts: `两户因排水沟第${i + 1}段发生争执。`, claims: '疏通排水沟', respondents: [{ name: '孙某' }] },
    }, await walk.as(`access-${i}`));
    if (i % 3 === 0) {
      await api.sql('insert into case_joint_committee (mediation_case_id, committee_id) values (?, ?)', [Number(filed.data.fileCase.id), centre]);
    }
  }
});
afterAll(() => api.close());

const PAGE = `query($c: ID!, $first: Int) { oversightCases(filter: { committeeId: $c, includeSubordinates: true }, first: $first) { nodes {
  id committee { id } allowedActions canSupervise parties { name isMe phone } jointCommittees { name } } } }`;

async function statementsFor(token: string, first: number) {
  api.db.statements.length = 0;
  const res = await api.gql(PAGE, { c: String(township), first }, token);
  expect(res.errors).toBeUndefined();
  return { count: api.db.statements.length, nodes: res.data.oversightCases.nodes as any[] };
}

it('a page of 20 cases costs the township admin, who supervises them from above, as many statements as a page of 5', async () => {
  const token = await walk.as('huangyang-admin');
  const small = await statementsFor(token, 5);
  const large = await statementsFor(token, 20);
  expect(small.nodes).toHaveLength(5);
  expect(large.nodes).toHaveLength(20);
  expect(large.count).toBe(small.count);
  // What the one component decided, case by case: the villages' cases are supervised from above
  // (督办), with the parties' phones masked for staff and no workflow step of their own.
  const villageCases = large.nodes.filter((n) => villages.includes(Number(n.committee.id)));
  expect(villageCases.length).toBeGreaterThanOrEqual(15);
  for (const n of villageCases) {
    expect(n.canSupervise).toBe(true);
    expect(n.allowedActions).toEqual([]);
    expect(n.parties.every((p: any) => p.isMe === false)).toBe(true);
  }
  const joined = await api.sql<{ id: number }>('select mediation_case_id as id from case_joint_committee');
  const joinedIds = new Set(joined.map((j) => String(j.id)));
  for (const n of large.nodes) expect(n.jointCommittees.length > 0).toBe(joinedIds.has(n.id));
});

it('the justice office over the township handles the same cases as their committee: it may accept them, and the count stays flat', async () => {
  const token = await walk.as('huangyang-sifasuo');
  const small = await statementsFor(token, 5);
  const large = await statementsFor(token, 20);
  expect(large.count).toBe(small.count);
  const pending = large.nodes.filter((n) => villages.includes(Number(n.committee.id)));
  expect(pending.length).toBeGreaterThanOrEqual(15);
  for (const n of pending) expect(n.allowedActions).toContain('ACCEPT');
});

it('a resident asking for a case that is not theirs learns nothing; the filer sees it with themselves as the applicant', async () => {
  const [mine] = await api.sql<{ id: number }>("select c.id from mediation_case c join user_account u on u.id = c.created_by_id where u.openid = 'dev:access-1'");
  const query = 'query($id: ID!) { case(id: $id) { id parties { role isMe } allowedActions } }';
  const own = await api.gql(query, { id: String(mine.id) }, await walk.as('access-1'));
  expect(own.data.case.parties.find((p: any) => p.isMe).role).toBe('APPLICANT');
  expect(own.data.case.allowedActions).toEqual(['WITHDRAW']);
  const other = await api.gql(query, { id: String(mine.id) }, await walk.as('access-2'));
  expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});
