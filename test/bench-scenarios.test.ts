import { Pool } from 'pg';
import { scenarios } from '../api/src/bench/scenarios';
import { startTestApi, type TestApi } from './support/api';
import { issueAccessToken } from '../api/src/modules/identity/tokens';
import { resolveSecrets } from '../api/src/secrets';

/** The benchmark compares like with like only if the API, the raw server and the one statement answer identically. */
describe('benchmark scenarios', () => {
  let api: TestApi;
  let pool: Pool;
  let resident: { id: number; token: string };
  let committeeAdmin: { id: number; token: string };
  let committeeId: number;
  beforeAll(async () => {
    api = await startTestApi({ demo: true, env: { NODE_ENV: 'production' } });
    pool = new Pool({ connectionString: api.db.url, max: 2 });
    // The signed-in pages' resident: more cases than a page, some accepted (production: no development sign-in, tokens made here).
    const secrets = await resolveSecrets(api.config);
    const account = async (openid: string) => {
      const [{ id }] = await api.sql<{ id: number }>('insert into user_account (openid) values (?) returning id', [openid]);
      await api.sql("insert into privacy_consent (user_id, version) values (?, '2026-11-01')", [id]);
      return { id, token: (await issueAccessToken(secrets, id, 0)).token };
    };
    resident = await account('bench:resident');
    const admin = await account('bench:admin');
    await api.sql("insert into staff_assignment (role, display_name, user_id, bound_at) values ('SYSTEM_ADMIN', '系统管理员', ?, now())", [admin.id]);
    const [committee] = await api.sql<{ id: number }>("select id from committee where name = '黄羊镇人民调解委员会'");
    committeeId = committee.id;
    committeeAdmin = await account('bench:committee-admin');
    await api.sql("insert into staff_assignment (role, display_name, user_id, committee_id, bound_at) values ('COMMITTEE_ADMIN', '调委会主任', ?, ?, now())", [committeeAdmin.id, committee.id]);
    for (let i = 0; i < 23; i++) {
      const filed = await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id version } }', {
        input: { idempotencyKey: `bench-case-${i}`, disputeType: 'DAMAGES', regionCode: '620602101', committeeId: String(committee.id), facts: '被申请人驾驶农用车倒车时撞坏申请人家院墙约三米。', claims: '赔偿修墙费用',
          applicants: [{ name: '周海燕' }], respondents: [{ name: `吴德明${i}` }] },
      }, resident.token);
      expect(filed.errors).toBeUndefined();
      if (i % 4 === 0) {
        const accepted = await api.gql('mutation($id: ID!, $v: Int!) { performCaseAction(caseId: $id, action: ACCEPT, expectedVersion: $v) { case { id } } }', { id: filed.data.fileCase.id, v: filed.data.fileCase.version }, admin.token);
        expect(accepted.errors).toBeUndefined();
      }
    }
  });
  afterAll(async () => {
    await pool.end();
    await api.close();
  });

  const all = () => scenarios('620602', { residentId: resident.id, committeeAdminId: committeeAdmin.id, committeeId });
  it.each(scenarios('620602', { residentId: 0, committeeAdminId: 0, committeeId: 0 }).map((s) => [s.name] as const))('scenario %s: the API passes the document limits and answers exactly like the raw server and the one statement', async (name) => {
    const scenario = all().find((s) => s.name === name)!;
    const res = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(scenario.signedIn ? { authorization: `Bearer ${{ resident, committeeAdmin }[scenario.signedIn].token}` } : {}) },
      body: JSON.stringify(scenario.graphql),
    });
    expect(res.status).toBe(200);
    const fromApi = (await res.json()) as { errors?: unknown };
    expect(fromApi.errors).toBeUndefined();
    expect(JSON.stringify(fromApi).length).toBeGreaterThan(1000);
    const comparable = (answer: unknown) => (scenario.comparable ? scenario.comparable(answer) : answer);
    if (scenario.raw) expect(JSON.parse(await scenario.raw(pool))).toEqual(fromApi);
    // The second ceiling, one statement returning the finished JSON, answers the same.
    expect(comparable(JSON.parse(await scenario.json(pool)))).toEqual(comparable(fromApi));
  });
});
