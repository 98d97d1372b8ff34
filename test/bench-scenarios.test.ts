import { Pool } from 'pg';
import { scenarios } from '../api/src/bench/scenarios';
import { startTestApi, type TestApi } from './support/api';

/** The benchmark compares like with like only if the API and the raw server answer identically. */
describe('benchmark scenarios', () => {
  let api: TestApi;
  let pool: Pool;
  beforeAll(async () => {
    api = await startTestApi({ demo: true, env: { NODE_ENV: 'production' } });
    pool = new Pool({ connectionString: api.db.url, max: 2 });
  });
  afterAll(async () => {
    await pool.end();
    await api.close();
  });

  it.each(scenarios('620602').map((s) => [s.name, s] as const))('scenario %s: the API passes the document limits and answers exactly like the raw server and the one statement', async (_name, scenario) => {
    const res = await fetch(api.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(scenario.graphql) });
    expect(res.status).toBe(200);
    const fromApi = await res.json();
    const fromRaw = JSON.parse(await scenario.raw(pool));
    expect(fromApi).toEqual(fromRaw);
    expect(JSON.stringify(fromRaw).length).toBeGreaterThan(1000);
    // The second ceiling, one statement returning the finished JSON, answers the same.
    const fromOneStatement = JSON.parse(await scenario.json(pool));
    expect(scenario.comparable ? scenario.comparable(fromOneStatement) : fromOneStatement).toEqual(scenario.comparable ? scenario.comparable(fromRaw) : fromRaw);
  });
});
