import { createHash } from 'node:crypto';
import { demoPlan } from '../api/src/seed/demo-data';
import { insertDataset } from '../api/src/seed/insert-dataset';
import { buildNetwork, SEATS } from '../api/src/seed/network';
import { Random } from '../api/src/seed/random';
import { FIXED_COMMITTEES_PER_COUNTY, scalePlan } from '../api/src/seed/scale';
import { insertScaleCases } from '../api/src/seed/scale-cases';
import { createTestDatabase, type TestDatabase } from './support/database';

const fingerprint = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('generated networks', () => {
  it('are the same for the same seed and differ for another', () => {
    const plan = scalePlan({ mediators: 500, committees: 200 });
    expect(fingerprint(buildNetwork(plan, new Random(3)))).toBe(fingerprint(buildNetwork(plan, new Random(3))));
    expect(fingerprint(buildNetwork(plan, new Random(4)))).not.toBe(fingerprint(buildNetwork(plan, new Random(3))));
  });

  it('have exactly the requested numbers of mediators and committees', () => {
    for (const [mediators, committees] of [[50, 18], [1000, 127], [20_000, 2000], [3, 300]] as const) {
      const data = buildNetwork(scalePlan({ mediators, committees }), new Random(1));
      expect(data.mediator).toHaveLength(mediators);
      expect(data.committee).toHaveLength(committees);
    }
    expect(buildNetwork(scalePlan({ mediators: 5, committees: 1 }), new Random(1)).committee).toHaveLength(FIXED_COMMITTEES_PER_COUNTY);
  });

  it('keep region codes nested by prefix and in the national format', () => {
    const data = buildNetwork(scalePlan({ mediators: 100, committees: 20_000 }), new Random(1));
    const lengths: Record<string, number> = { PROVINCE: 2, PREFECTURE: 4, COUNTY: 6, TOWNSHIP: 9, VILLAGE: 12 };
    const codes = new Set(data.region.map((r) => r.code));
    expect(codes.size).toBe(data.region.length);
    for (const r of data.region) {
      expect(String(r.code)).toMatch(/^\d+$/);
      expect(String(r.code)).toHaveLength(lengths[r.level as string]);
      if (r.parent_code) {
        expect(codes.has(r.parent_code)).toBe(true);
        expect((r.code as string).startsWith(r.parent_code as string)).toBe(true);
      }
    }
  });
});

describe('the demo county in the database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ demo: true });
  });
  afterAll(() => db.drop());
  const q = (text: string) => db.orm.em.fork().getConnection().execute(text);

  it('matches what the plan describes, every committee has a director, every mediator a committee', async () => {
    const plan = demoPlan();
    const [counts] = await q(`select (select count(*)::int from mediator) mediators,
      (select count(*)::int from region where level = 'VILLAGE') villages,
      (select count(*)::int from committee c where not exists (select 1 from membership m where m.committee_id = c.id and m.role = 'DIRECTOR')) without_director,
      (select count(*)::int from mediator m where not exists (select 1 from membership ms where ms.mediator_id = m.id)) without_committee,
      (select count(*)::int from grid_unit) grids`);
    const villages = plan.counties[0].townships.reduce((n, t) => n + t.villages.length, 0);
    expect(counts).toEqual({ mediators: plan.mediatorCount, villages, without_director: 0, without_committee: 0, grids: villages * 2 });
    // Every committee has the seats its kind gets (by law 3 to 9 members; a township more than a village).
    const homes = await q(`select c.kind, count(*)::int as members from committee c join membership ms on ms.committee_id = c.id
      where ms.id = (select min(o.id) from membership o where o.mediator_id = ms.mediator_id) group by c.id, c.kind`);
    for (const { kind, members } of homes) expect({ kind, members }).toEqual({ kind, members: SEATS[kind as keyof typeof SEATS] });
    // Columns only some rows carry (a dispatched room's host) are loaded too.
    expect(await q("select name from committee where kind = 'DISPATCHED_ROOM' and (host_institution is null or host_name is null)")).toEqual([]);
  });

  it('can be loaded into a database only once (the loader checks for an empty network)', async () => {
    await expect(insertDataset(db.orm.em.fork(), buildNetwork(demoPlan(), new Random(20261123)))).rejects.toThrow(/duplicate key/);
    const [{ n }] = await q('select count(*)::int as n from mediator');
    expect(n).toBe(demoPlan().mediatorCount); // the failed load was rolled back whole
  });
});

describe('scale cases', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ demo: true });
  });
  afterAll(() => db.drop());

  it('adds exactly the requested number of cases, spread over committees, types, channels and months', async () => {
    const em = db.orm.em.fork();
    const [admin] = await em.getConnection().execute("select id from user_account where openid = 'dev:admin'");
    await insertScaleCases(em, 5000, admin.id);
    const [row] = await em.getConnection().execute(`select count(*)::int as cases, count(distinct committee_id)::int as committees,
      count(distinct dispute_type_code)::int as types, count(distinct channel)::int as channels,
      count(distinct date_trunc('month', accepted_at))::int as months, count(*) filter (where status = 'SUCCEEDED')::int as succeeded,
      count(*) filter (where closed_at < accepted_at)::int as backwards from mediation_case`);
    expect(row).toEqual({ cases: 5000, committees: expect.any(Number), types: 17, channels: 8, months: 22, succeeded: 3500, backwards: 0 });
    expect(row.committees).toBeGreaterThan(40);
  });
});
