import { Pool } from 'pg';
import { POSTGRAPHILE_SETUP } from '../api/src/bench/postgraphile-schema';
import { casePageFixture, scenarios } from '../api/src/bench/scenarios';
import { startTestApi, type TestApi } from './support/api';
import { issueAccessToken } from '../api/src/modules/identity/tokens';
import { resolveSecrets } from '../api/src/secrets';

/** The benchmark compares like with like only if the API, the raw server and the one statement answer identically. */
describe('benchmark scenarios', () => {
  let api: TestApi;
  let pool: Pool;
  let resident: { id: number; token: string };
  let committeeAdmin: { id: number; token: string };
  let justiceOffice: { id: number; token: string };
  let committeeId: number;
  const rooms: { caseId: number; newestId: number }[] = [];
  beforeAll(async () => {
    api = await startTestApi({ demo: true, env: { NODE_ENV: 'production' } });
    pool = new Pool({ connectionString: api.db.url, max: 2 });
    // The dashboard's one statement calls the function PostGraphile is given.
    await pool.query(POSTGRAPHILE_SETUP);
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
    // The county's justice office (the dashboard), over the demo cases.
    justiceOffice = await account('bench:justice-office');
    await api.sql("insert into staff_assignment (role, display_name, user_id, region_code, bound_at) values ('JUSTICE_OFFICE', '司法局', ?, '620602', now())", [justiceOffice.id]);
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
    // Two of the accepted cases in mediation, each room with three messages of the resident (the polling scenario).
    const inMediation = await api.sql<{ id: number }>(`update mediation_case mc set status = 'IN_MEDIATION', mediator_id = (select ms.mediator_id from membership ms where ms.committee_id = mc.committee_id and ms.active order by ms.mediator_id limit 1)
      where mc.id in (select id from mediation_case where status = 'AWAITING_CONSENT' order by id limit 2) returning mc.id`);
    for (const { id } of inMediation) {
      let newestId = 0;
      for (let i = 0; i < 3; i++) {
        const posted = await api.gql('mutation($id: ID!, $t: String!, $k: String!) { postRoomMessage(caseId: $id, text: $t, clientKey: $k) { id } }', { id: String(id), t: `第${i + 1}条：修墙需要两千元左右。`, k: `bench-room-${id}-${i}` }, resident.token);
        expect(posted.errors).toBeUndefined();
        newestId = Number(posted.data.postRoomMessage.id);
      }
      rooms.push({ caseId: id, newestId });
    }
    expect(rooms).toHaveLength(2);
    // The case page: the first room's case with sessions, an agreement and a timeline of every audience.
    await pool.query(casePageFixture(rooms[0].caseId, resident.id));
  });
  afterAll(async () => {
    await pool.end();
    await api.close();
  });

  const all = () => scenarios('620602', { residentId: resident.id, committeeAdminId: committeeAdmin.id, justiceOfficeId: justiceOffice.id, committeeId, rooms, casePageId: rooms[0]?.caseId });
  it.each(scenarios('620602', { residentId: 0, committeeAdminId: 0, justiceOfficeId: 0, committeeId: 0, rooms: [{ caseId: 0, newestId: 0 }], casePageId: 1 }).map((s) => [s.name] as const))('scenario %s: the API passes the document limits and answers exactly like the raw server and the one statement', async (name) => {
    const scenario = all().find((s) => s.name === name)!;
    const res = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(scenario.signedIn ? { authorization: `Bearer ${{ resident, committeeAdmin, justiceOffice }[scenario.signedIn].token}` } : {}) },
      body: JSON.stringify(scenario.graphql),
    });
    expect(res.status).toBe(200);
    const fromApi = (await res.json()) as { errors?: unknown };
    expect(fromApi.errors).toBeUndefined();
    expect(JSON.stringify(fromApi).length).toBeGreaterThan(scenario.minBytes ?? 1000);
    const comparable = (answer: unknown) => (scenario.comparable ? scenario.comparable(answer) : answer);
    if (scenario.raw) expect(JSON.parse(await scenario.raw(pool))).toEqual(fromApi);
    // The second ceiling, one statement returning the finished JSON, answers the same.
    expect(comparable(JSON.parse(await scenario.json(pool)))).toEqual(comparable(fromApi));
    // Where connections cycle through several requests (many rooms), each one answers alike too.
    for (const [i, variables] of (scenario.variablesEach ?? []).entries()) {
      if (i === 0) continue;
      const each = await fetch(api.server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${resident.token}` }, body: JSON.stringify({ query: scenario.graphql.query, variables }) });
      expect(comparable(JSON.parse(await scenario.json(pool)))).toEqual(comparable(await each.json()));
    }
  });
});
