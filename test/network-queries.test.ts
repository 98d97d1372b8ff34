import { startTestApi, type TestApi } from './support/api';

let api: TestApi;
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);

beforeAll(async () => {
  api = await startTestApi({ demo: true });
});
afterAll(() => api.close());

/** Follows endCursor until the end and returns every node. */
async function allPages(query: string, field: string, variables: Record<string, unknown>, pageSize: number) {
  const nodes: any[] = [];
  let after: string | null = null;
  for (let page = 0; page < 1000; page++) {
    const res: { data?: any; errors?: unknown } = await api.gql(query, { ...variables, first: pageSize, after });
    expect(res.errors).toBeUndefined();
    const connection: { nodes: any[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } } = res.data[field];
    nodes.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) return { nodes, totalCount: connection.totalCount };
    after = connection.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

describe('regions', () => {
  it('walks the tree from the roots down, with codes nested by prefix', async () => {
    const roots = await api.gql('{ regions { code name level } }');
    expect(roots.data.regions).toEqual([{ code: '62', name: '甘肃省', level: 'PROVINCE' }]);
    const county = await api.gql('{ region(code: "620602") { name level parent { name } ancestors { code } children { code name level children { code level } } } }');
    const r = county.data.region;
    expect(r).toMatchObject({ name: '凉州区', level: 'COUNTY', parent: { name: '武威市' } });
    expect(r.ancestors.map((a: any) => a.code)).toEqual(['62', '6206']);
    const [{ count }] = await sql('select count(*)::int as count from region where parent_code = ?', ['620602']);
    expect(r.children).toHaveLength(count);
    for (const township of r.children) {
      expect(township.level).toBe('TOWNSHIP');
      expect(township.code).toHaveLength(9);
      expect(township.children.length).toBeGreaterThan(0);
      for (const village of township.children) {
        expect(village.level).toBe('VILLAGE');
        expect(village.code.startsWith(township.code)).toBe(true);
      }
    }
  });

  it('lists children by parent code and reports an unknown region as NOT_FOUND', async () => {
    const res = await api.gql('query($p: String) { regions(parentCode: $p) { code } }', { p: '620602101' });
    const expected = await sql('select code from region where parent_code = ? order by code', ['620602101']);
    expect(res.data.regions).toEqual(expected);
    const missing = await api.gql('{ region(code: "999999") { code } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const missingChildren = await api.gql('{ regions(parentCode: "999999") { code } }');
    expect(missingChildren.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('committees', () => {
  const LIST = `query($filter: CommitteeFilter, $first: Int, $after: String) {
    committees(filter: $filter, first: $first, after: $after) {
      totalCount nodes { id name kind regionCode active disputeTypes { code } } pageInfo { hasNextPage endCursor } } }`;

  it('has every kind of committee in the demo county', async () => {
    const { nodes } = await allPages(LIST, 'committees', {}, 100);
    const kinds = new Set(nodes.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(
      ['COMMUNITY', 'COUNTY_GUIDANCE', 'DISPATCHED_ROOM', 'ENTERPRISE', 'INDUSTRY', 'MARKET', 'ONE_STOP_CENTER', 'PARK', 'PERSONAL_STUDIO', 'STREET', 'TOWNSHIP', 'VILLAGE'],
    );
  });

  it('pages through the whole list without gaps or repeats, whatever the page size', async () => {
    const expected = await sql('select id from committee where active order by region_code, id');
    for (const size of [1, 7, 100]) {
      const { nodes, totalCount } = await allPages(LIST, 'committees', {}, size);
      expect(nodes.map((c) => Number(c.id))).toEqual(expected.map((r) => r.id));
      expect(totalCount).toBe(expected.length);
    }
  });

  it('filters by region subtree, kind, dispute type and name', async () => {
    const township = await allPages(LIST, 'committees', { filter: { regionCode: '620602101' } }, 50);
    const expectedTownship = await sql("select id from committee where region_code like '620602101%' and active order by region_code, id");
    expect(township.nodes.map((c) => Number(c.id))).toEqual(expectedTownship.map((r) => r.id));
    expect(township.nodes.length).toBeGreaterThan(1);

    const rooms = await allPages(LIST, 'committees', { filter: { kinds: ['DISPATCHED_ROOM'] } }, 50);
    expect(rooms.nodes).toHaveLength(4);
    expect(rooms.nodes.every((c) => c.kind === 'DISPATCHED_ROOM')).toBe(true);

    const medical = await allPages(LIST, 'committees', { filter: { disputeType: 'MEDICAL' } }, 100);
    // Takes medical disputes: the medical committee itself plus committees that take any type.
    expect(medical.nodes.some((c) => c.kind === 'INDUSTRY' && c.disputeTypes.some((d: any) => d.code === 'MEDICAL'))).toBe(true);
    expect(medical.nodes.every((c) => c.disputeTypes.length === 0 || c.disputeTypes.some((d: any) => d.code === 'MEDICAL'))).toBe(true);
    expect(medical.nodes.some((c) => c.kind === 'INDUSTRY' && c.disputeTypes.some((d: any) => d.code === 'LABOUR'))).toBe(false);

    const search = await allPages(LIST, 'committees', { filter: { search: '交通' } }, 20);
    expect(search.nodes.map((c) => c.name)).toEqual(['凉州区道路交通事故纠纷人民调解委员会']);
    const wildcard = await allPages(LIST, 'committees', { filter: { search: '%' } }, 20);
    expect(wildcard.nodes).toEqual([]);
  });

  it('shows one committee with its members, parent and region', async () => {
    const [{ id }] = await sql("select id from committee where kind = 'TOWNSHIP' order by id limit 1");
    const res = await api.gql(`query($id: ID!) { committee(id: $id) {
      name kind parent { kind } region { level }
      memberCount members(first: 100) { role mediator { id name active } } } }`, { id: String(id) });
    const c = res.data.committee;
    expect(c.parent.kind).toBe('COUNTY_GUIDANCE');
    expect(c.region.level).toBe('TOWNSHIP');
    const expected = await sql(
      'select ms.role, m.id from membership ms join mediator m on m.id = ms.mediator_id where ms.committee_id = ? and ms.active and m.active order by ms.role, m.grade, m.id',
      [id],
    );
    expect(c.members.map((m: any) => [m.role, Number(m.mediator.id)])).toEqual(expected.map((r) => [r.role, r.id]));
    expect(c.memberCount).toBe(expected.length);
    expect(c.members[0].role).toBe('DIRECTOR');
  });

  it('refuses page sizes above the maximum and bad cursors with BAD_USER_INPUT', async () => {
    const big = await api.gql(LIST, { first: 101 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const zero = await api.gql(LIST, { first: 0 });
    expect(zero.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const cursor = await api.gql(LIST, { first: 5, after: 'not-a-cursor' });
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const members = await api.gql('{ committees(first: 1) { nodes { members(first: 500) { role } } } }');
    expect(members.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const badId = await api.gql('{ committee(id: "abc") { name } }');
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const missing = await api.gql('{ committee(id: "99999") { name } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the mediator menu', () => {
  const MENU = `query($filter: MediatorFilter, $sort: MediatorSortOrder, $first: Int, $after: String) {
    mediators(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id name grade languages employment inExpertPool specialties { code label }
              memberships { role committee { id name regionCode } } } } }`;
  const ids = (nodes: any[]) => nodes.map((m) => Number(m.id));

  it("has a county's worth of mediators (about 190) with varied specialties, grades and languages", async () => {
    const { nodes, totalCount } = await allPages(MENU, 'mediators', {}, 100);
    expect(totalCount).toBeGreaterThanOrEqual(150);
    expect(totalCount).toBeLessThanOrEqual(220);
    expect(new Set(nodes.map((m) => m.grade))).toEqual(new Set([1, 2, 3, 4]));
    const languages = new Set(nodes.flatMap((m) => m.languages));
    for (const l of ['维吾尔语', '哈萨克语', '蒙古语']) expect(languages).toContain(l);
    expect(new Set(nodes.flatMap((m) => m.specialties.map((s: any) => s.code))).size).toBeGreaterThan(10);
    expect(nodes.every((m) => m.memberships.length >= 1)).toBe(true);
  });

  it('filters by specialty, grade, language, employment, committee and region, exactly as the data says', async () => {
    const cases: [Record<string, unknown>, string, unknown[]][] = [
      [{ specialty: 'MARRIAGE_FAMILY' }, "exists (select 1 from mediator_specialty s where s.mediator_id = m.id and s.dispute_type_code = 'MARRIAGE_FAMILY')", []],
      [{ grades: [1, 2] }, 'm.grade in (1, 2)', []],
      [{ language: '蒙古语' }, "'蒙古语' = any(m.languages)", []],
      [{ employment: 'FULL_TIME' }, "m.employment = 'FULL_TIME'", []],
      [{ inExpertPool: true }, 'm.in_expert_pool', []],
      [{ regionCode: '620602101' }, "exists (select 1 from membership ms join committee c on c.id = ms.committee_id where ms.mediator_id = m.id and ms.active and c.active and c.region_code like '620602101%')", []],
    ];
    for (const [filter, condition] of cases) {
      const { nodes, totalCount } = await allPages(MENU, 'mediators', { filter, sort: 'GRADE' }, 9);
      const expected = await sql(`select m.id from mediator m where m.active and ${condition} order by m.grade, m.id`);
      expect(expected.length).toBeGreaterThan(0);
      expect(ids(nodes)).toEqual(expected.map((r) => r.id));
      expect(totalCount).toBe(expected.length);
    }
    const [{ committee_id }] = await sql('select committee_id from membership group by committee_id order by count(*) desc limit 1');
    const byCommittee = await allPages(MENU, 'mediators', { filter: { committeeId: String(committee_id) } }, 10);
    const expected = await sql('select mediator_id as id from membership where committee_id = ? and active order by mediator_id', [committee_id]);
    expect(ids(byCommittee.nodes).sort((a, b) => a - b)).toEqual(expected.map((r) => r.id));
  });

  it('sorts by grade (一级 first) and pages by cursor without repeats', async () => {
    const { nodes } = await allPages(MENU, 'mediators', { sort: 'GRADE' }, 8);
    const expected = await sql('select id from mediator where active order by grade, id');
    expect(ids(nodes)).toEqual(expected.map((r) => r.id));
  });

  it('ranks a free-text search by relevance: the name first, then specialties, languages, background', async () => {
    const [target] = await sql("select id, name from mediator where name like '%·%' order by id limit 1");
    const byName = await api.gql(MENU, { filter: { search: target.name } });
    expect(Number(byName.data.mediators.nodes[0].id)).toBe(target.id);

    const { nodes } = await allPages(MENU, 'mediators', { filter: { search: '婚姻' } }, 4);
    const expected = await sql(
      "select m.id from mediator m where m.active and exists (select 1 from mediator_specialty s join dispute_type d on d.code = s.dispute_type_code where s.mediator_id = m.id and d.label like '%婚姻%') order by m.grade, m.id",
    );
    expect(ids(nodes)).toEqual(expected.map((r) => r.id));

    const language = await allPages(MENU, 'mediators', { filter: { search: '哈萨克语' } }, 20);
    expect(language.nodes.length).toBeGreaterThan(0);
    expect(language.nodes.every((m) => m.languages.includes('哈萨克语'))).toBe(true);

    const nothing = await api.gql(MENU, { filter: { search: '不存在的调解员名字' } });
    expect(nothing.data.mediators).toMatchObject({ nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('shows one mediator, and refuses invalid filters with the field named', async () => {
    const [{ id }] = await sql('select id from mediator order by id limit 1');
    const one = await api.gql('query($id: ID!) { mediator(id: $id) { id name specialties { label } memberships { role committee { name } } } }', { id: String(id) });
    expect(Number(one.data.mediator.id)).toBe(id);
    const badGrade = await api.gql(MENU, { filter: { grades: [5] } });
    expect(badGrade.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.grades' });
    const longSearch = await api.gql(MENU, { filter: { search: '长'.repeat(51) } });
    expect(longSearch.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    const badCursor = await api.gql(MENU, { sort: 'GRADE', after: Buffer.from('[1,2,3]').toString('base64url') });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('grid units and dispute types', () => {
  it('lists grids of a township with their officers', async () => {
    const res = await api.gql('{ gridUnits(regionCode: "620602101", first: 100) { totalCount nodes { name kind region { level } committee { kind } officers { role name mediator { id } } } } }');
    const [{ count }] = await sql("select count(*)::int as count from grid_unit where region_code like '620602101%'");
    expect(res.data.gridUnits.totalCount).toBe(count);
    expect(res.data.gridUnits.nodes).toHaveLength(count);
    for (const g of res.data.gridUnits.nodes) {
      expect(g.region.level).toBe('VILLAGE');
      expect(['VILLAGE', 'COMMUNITY']).toContain(g.committee.kind);
      expect(g.officers.some((o: any) => o.role === 'GRID_OFFICER')).toBe(true);
    }
  });

  it('serves the shared vocabulary', async () => {
    const res = await api.gql('{ disputeTypes { code label } }');
    expect(res.data.disputeTypes).toHaveLength(17);
    expect(res.data.disputeTypes[0]).toEqual({ code: 'MARRIAGE_FAMILY', label: '婚姻家庭' });
  });
});
