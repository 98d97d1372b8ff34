import { insertDataset } from '../api/src/seed/insert-dataset';
import { buildNetwork } from '../api/src/seed/network';
import { Random } from '../api/src/seed/random';
import { scalePlan } from '../api/src/seed/scale';
import { startTestApi, type TestApi } from './support/api';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ demo: false });
  await insertDataset(api.db.orm.em.fork(), buildNetwork(scalePlan({ mediators: 600, committees: 120 }), new Random(7)));
});
afterAll(() => api.close());

/** Runs the query and returns how many SQL statements it cost. */
async function statementsFor(query: string, variables: Record<string, unknown>) {
  api.db.statements.length = 0;
  const res = await api.gql(query, variables);
  expect(res.errors).toBeUndefined();
  return { count: api.db.statements.length, data: res.data };
}

describe('every relation is loaded in batches', () => {
  it('the mediator menu costs the same number of statements for 5 and for 50 mediators', async () => {
    const query = `query($first: Int) { mediators(first: $first, sort: GRADE) { totalCount nodes {
      id name specialties { label } memberships { role committee { name region { name parent { name } } } } } } }`;
    const small = await statementsFor(query, { first: 5 });
    const large = await statementsFor(query, { first: 50 });
    expect(small.data.mediators.nodes).toHaveLength(5);
    expect(large.data.mediators.nodes).toHaveLength(50);
    expect(large.count).toBe(small.count);
    // page, count, specialties, memberships (committees primed from the same rows), regions, parent regions
    expect(large.count).toBe(6);
  });

  it('a committee list with nested members costs the same for 5 and for 50 committees', async () => {
    const query = `query($first: Int) { committees(first: $first) { nodes {
      id name memberCount parent { name } disputeTypes { label } region { name }
      members(first: 10) { role mediator { name specialties { label } memberships { committee { name } } } } } } }`;
    const small = await statementsFor(query, { first: 5 });
    const large = await statementsFor(query, { first: 50 });
    expect(large.data.committees.nodes).toHaveLength(50);
    expect(large.data.committees.nodes.some((c: any) => c.members.length >= 5)).toBe(true);
    expect(large.count).toBe(small.count);
    // page, member counts, parents, dispute types, regions, members (mediators primed), specialties, memberships
    expect(large.count).toBe(8);
  });
});
