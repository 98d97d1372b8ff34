import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { startTestApi, type TestApi } from './support/api';
import { LOGINS, MUTATIONS, type Objects, QUERIES, ROLES, type RoleName, allows } from './support/authorization-matrix';

/**
 * Every query in schema.graphql, for every role, on an object in the caller's own reach and on one
 * outside it: allowed (answered without an error, with the object asked for) or denied (refused,
 * nothing answered). Mutations are proven on real objects in authorization-effects.test.ts. A new
 * operation without a row fails the test.
 *
 * Own reach: 黄羊镇 (620602101) — its committee, the 黄羊镇司法所 justice office, the committee
 * admin and mediator demo accounts. Outside: 武南镇 (620602102).
 */

let api: TestApi;
const tokens: Partial<Record<RoleName, string>> = {};
let own: Objects;
let other: Objects;
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);

async function objectsIn(townshipCode: string, avoidTownshipCode: string, caseFiler: string, userIds: Objects['userIds']): Promise<Objects> {
  const [committee] = await sql("select id from committee where region_code = ? and kind = 'TOWNSHIP'", [townshipCode]);
  // A member of this township's committee who serves nowhere in the other township.
  const [mediator] = await sql(
    `select ms.mediator_id as id from membership ms where ms.committee_id = ? and ms.active
     and not exists (select 1 from membership o join committee c on c.id = o.committee_id where o.mediator_id = ms.mediator_id and c.region_code like ?)
     order by ms.id limit 1`,
    [committee.id, `${avoidTownshipCode}%`],
  );
  const filer = await api.login(caseFiler);
  const file = async (input: Record<string, unknown>) => {
    const res = await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id number version } }', { input: { regionCode: townshipCode, committeeId: String(committee.id), ...input } }, filer);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.fileCase as { id: string; number: string; version: number };
  };
  const filed = await file({ idempotencyKey: `matrix-case-${townshipCode}`, disputeType: 'NEIGHBOURHOOD', facts: '两户因宅基地边界发生争执。', claims: '明确边界', respondents: [{ name: '孙某' }] });
  // A second case of the same filer, accepted by the system administrator: a real invitation to look up.
  const second = await file({ idempotencyKey: `matrix-invited-${townshipCode}`, disputeType: 'DAMAGES', facts: '农用车倒车撞坏院墙约三米。', claims: '赔偿修墙费用', respondents: [{ name: '吴某' }] });
  const accepted = await api.gql('mutation($id: ID!, $v: Int!) { performCaseAction(caseId: $id, action: ACCEPT, expectedVersion: $v) { invitationCode } }', { id: second.id, v: second.version }, await api.login('admin'));
  // A third, accepted, consented and given the member above: a case for the half-year assessment to count.
  const assessed = await file({ idempotencyKey: `matrix-assessed-${townshipCode}`, disputeType: 'DAMAGES', facts: '羊群啃食邻户麦苗约半亩。', claims: '赔偿麦苗损失', respondents: [{ name: '郑某' }] });
  const act = async (id: string, action: string, token: string, input?: Record<string, unknown>) => {
    const [{ version }] = await sql('select version from mediation_case where id = ?', [Number(id)]);
    const res = await api.gql('mutation($id: ID!, $a: CaseAction!, $v: Int!, $i: CaseActionInput) { performCaseAction(caseId: $id, action: $a, expectedVersion: $v, input: $i) { invitationCode } }', { id, a: action, v: version, i: input }, token);
    if (res.errors) throw new Error(`${action}: ${JSON.stringify(res.errors)}`);
    return res.data.performCaseAction as { invitationCode: string | null };
  };
  const { invitationCode } = await act(assessed.id, 'ACCEPT', await api.login('admin'));
  const consent = await api.gql('mutation($c: String!) { respondToInvitation(code: $c, consent: true) { id } }', { c: invitationCode }, await api.login(`matrix-respondent-${townshipCode}`));
  if (consent.errors) throw new Error(JSON.stringify(consent.errors));
  await act(assessed.id, 'ASSIGN_MEDIATOR', await api.login('admin'), { mediatorId: String(mediator.id) });
  // A filing of 25 people raises an early warning at the committee.
  await file({ idempotencyKey: `matrix-warning-${townshipCode}`, disputeType: 'NEIGHBOURHOOD', facts: '二十余户村民因灌溉用水分配发生争执。', claims: '合理分配用水', peopleInvolved: 25, respondents: [{ name: '某村民小组' }] });
  const [warning] = await sql('select w.id from warning w where w.committee_id = ? order by w.id desc limit 1', [committee.id]);
  // A walk-in registered by the committee (the admin of 黄羊镇's; the system administrator's elsewhere).
  const registrar = townshipCode === '620602101' ? LOGINS.committeeAdmin : LOGINS.systemAdmin;
  const registered = await api.gql('mutation($input: RegisterCaseInput!) { registerCase(input: $input) { number } }', {
    input: { channel: 'WALK_IN', committeeId: String(committee.id), idempotencyKey: `matrix-walk-in-${townshipCode}`, disputeType: 'NEIGHBOURHOOD', regionCode: townshipCode, facts: '来访群众反映邻居占用通道。', claims: '恢复通行', applicants: [{ name: '赵某' }], respondents: [{ name: '钱某' }] },
  }, await api.login(registrar));
  if (registered.errors) throw new Error(JSON.stringify(registered.errors));
  // A successful case from the committee's paper ledger (补录), closed this year: a line in 以案定补.
  const past = await api.gql('mutation($input: PastCaseInput!) { recordPastCase(input: $input) { number } }', {
    input: { channel: 'WALK_IN', committeeId: String(committee.id), idempotencyKey: `matrix-past-${townshipCode}`, disputeType: 'NEIGHBOURHOOD', regionCode: townshipCode, facts: '两户因院墙排水问题发生争执。', claims: '改造排水沟',
      applicants: [{ name: '赵某' }], respondents: [{ name: '钱某' }], acceptedOn: '2026-06-01', closedOn: '2026-06-20', outcome: 'SUCCEEDED', mediatorId: String(mediator.id) },
  }, await api.login(registrar));
  if (past.errors) throw new Error(JSON.stringify(past.errors));
  // A case in mediation with a room: accepted, consented, given a mediator who took it (the demo mediator at 黄羊镇, the member above elsewhere), one message from its filer.
  const roomCase = await file({ idempotencyKey: `matrix-room-${townshipCode}`, disputeType: 'NEIGHBOURHOOD', facts: '两户因共用通道堆放杂物发生争执。', claims: '清理通道', respondents: [{ name: '冯某' }] });
  const roomInvitation = await act(roomCase.id, 'ACCEPT', await api.login('admin'));
  const roomConsent = await api.gql('mutation($c: String!) { respondToInvitation(code: $c, consent: true) { id } }', { c: roomInvitation.invitationCode }, await api.login(`matrix-room-respondent-${townshipCode}`));
  if (roomConsent.errors) throw new Error(JSON.stringify(roomConsent.errors));
  const roomMediator = townshipCode === '620602101' ? (await sql("select mediator_id as id from staff_assignment where role = 'MEDIATOR' and user_id = ?", [Number(userIds.mediator)]))[0].id : mediator.id;
  await sql("update mediation_case set mediator_id = ?, status = 'IN_MEDIATION' where id = ?", [roomMediator, Number(roomCase.id)]);
  const body = `第一次线上调解，${townshipCode}`;
  const posted = await api.gql('mutation($id: ID!, $t: String!, $k: String!) { postRoomMessage(caseId: $id, text: $t, clientKey: $k) { id } }', { id: roomCase.id, t: body, k: `matrix-room-${townshipCode}` }, filer);
  if (posted.errors) throw new Error(JSON.stringify(posted.errors));
  // And a proposal put to both parties (as the mediator would put it).
  await sql(`insert into room_proposal (mediation_case_id, author_id, terms, client_key) values (?, (select id from user_account where openid = 'dev:admin'), ?::jsonb, ?)`,
    [Number(roomCase.id), JSON.stringify([{ content: `清理通道，${townshipCode}`, method: '三日内自行清理', performBy: '2026-12-20' }]), `matrix-proposal-${townshipCode}`]);
  const [names] = await sql('select c.name as committee, m.name as mediator, r.name as region from committee c, mediator m, region r where c.id = ? and m.id = ? and r.code = ?', [committee.id, mediator.id, townshipCode]);
  const [assigned] = await sql("select count(*)::int as n from mediation_case where mediator_id = (select mediator_id from staff_assignment where role = 'MEDIATOR' and user_id = ?)", [Number(userIds.mediator)]);
  if (!accepted.data || !warning) throw new Error(`matrix objects: ${JSON.stringify(accepted.errors)}`);
  return {
    caseId: String(filed.id),
    caseNumber: filed.number,
    invitation: { id: String(second.id), code: accepted.data.performCaseAction.invitationCode, number: second.number },
    registeredNumber: registered.data.registerCase.number,
    succeededNumber: past.data.recordPastCase.number,
    room: { caseId: String(roomCase.id), body },
    warningId: String(warning.id),
    names: { committee: names.committee, mediator: names.mediator },
    committee: String(committee.id),
    mediator: String(mediator.id),
    region: townshipCode,
    regionName: names.region,
    userIds,
    assignedToMediator: assigned.n,
  };
}

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  const userIds = {} as Objects['userIds'];
  for (const role of ROLES) {
    if (role === 'anonymous') continue;
    tokens[role] = await api.login(LOGINS[role]);
    userIds[role] = String((await sql('select id from user_account where openid = ?', [`dev:${LOGINS[role]}`]))[0].id);
  }
  own = await objectsIn('620602101', '620602102', 'resident-li', userIds);
  other = await objectsIn('620602102', '620602101', 'resident-wang', userIds);
});
afterAll(() => api.close());

function operationsInSchema(): string[] {
  const schema = buildSchema(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) => (type ? Object.keys(type.getFields()).map((f) => `${type.name}.${f}`) : []));
}

describe('the authorization matrix', () => {
  it('has a row for every operation in schema.graphql, and no row for an operation that is gone', () => {
    expect([...Object.keys(QUERIES), ...Object.keys(MUTATIONS)].sort()).toEqual(operationsInSchema().sort());
  });

  const cells = Object.entries(QUERIES).flatMap(([operation, row]) =>
    (['own', 'other'] as const).flatMap((reach) => {
      const expectation = reach === 'own' ? row.own : row.other;
      if (!expectation) return [];
      return ROLES.map((role) => ({ operation, reach, role, allowed: allows(expectation, role), row }));
    }),
  );

  it.each(cells.map((c) => [c.operation, c.reach, c.role, c.allowed ? 'allowed' : 'denied', c] as const))(
    '%s on %s object as %s: %s',
    async (operation, reach, role, _label, cell) => {
      const objects = reach === 'own' ? own : other;
      const { query, variables } = cell.row.doc(objects);
      const res = await api.gql(query, variables, tokens[role]);
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      const field = operation.slice('Query.'.length);
      if (cell.allowed) {
        // A query allowed is a query answered: no error at all, and the object asked for.
        expect(codes).toEqual([]);
        expect(res.data?.[field]).toBeDefined();
        cell.row.answer(res.data?.[field], objects, role, reach);
      } else if (role === 'anonymous') {
        expect(codes).toEqual(['UNAUTHENTICATED']);
      } else {
        expect(codes).toHaveLength(1);
        expect(cell.row.hidden ? ['FORBIDDEN', 'NOT_FOUND'] : ['FORBIDDEN']).toContain(codes[0]);
        expect(res.data?.[field] ?? null).toBeNull();
      }
    },
  );
});
