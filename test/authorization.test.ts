import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { startTestApi, type TestApi } from './support/api';
import { LOGINS, MATRIX, type Objects, ROLES, type RoleName } from './support/authorization-matrix';

/**
 * Every query and mutation in schema.graphql, for every role, on an object in the caller's own
 * reach and on one outside it: allowed or denied. A new operation without a row fails the test.
 *
 * Own reach: 黄羊镇 (620602101) — its committee, the 黄羊镇司法所 justice office, the committee
 * admin and mediator demo accounts. Outside: 武南镇 (620602102).
 */

let api: TestApi;
const tokens: Partial<Record<RoleName, string>> = {};
let own: Objects;
let other: Objects;
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);

async function objectsIn(townshipCode: string, avoidTownshipCode: string, residentId: string, caseFiler: string): Promise<Objects> {
  const [committee] = await sql("select id from committee where region_code = ? and kind = 'TOWNSHIP'", [townshipCode]);
  // A member of this township's committee who serves nowhere in the other township.
  const [mediator] = await sql(
    `select ms.mediator_id as id, ms.id as membership from membership ms where ms.committee_id = ?
     and not exists (select 1 from membership o join committee c on c.id = o.committee_id where o.mediator_id = ms.mediator_id and c.region_code like ?)
     order by ms.id limit 1`,
    [committee.id, `${avoidTownshipCode}%`],
  );
  const [spare] = await sql(
    'select m.id from mediator m where not exists (select 1 from membership ms where ms.mediator_id = m.id and ms.committee_id = ?) order by m.id desc limit 1',
    [committee.id],
  );
  const filer = await api.login(caseFiler);
  const filed = await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id } }', {
    input: { idempotencyKey: `matrix-case-${townshipCode}`, disputeType: 'NEIGHBOURHOOD', regionCode: townshipCode, committeeId: String(committee.id), facts: '两户因宅基地边界发生争执。', claims: '明确边界', respondents: [{ name: '孙某' }] },
  }, filer);
  const caseId = String(filed.data.fileCase.id);
  const [another] = await sql("select id from committee where kind = 'ONE_STOP_CENTER' limit 1");
  // A second case of the same filer, accepted by the system administrator: a real invitation to look up.
  const second = await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id number version } }', {
    input: { idempotencyKey: `matrix-invited-${townshipCode}`, disputeType: 'DAMAGES', regionCode: townshipCode, committeeId: String(committee.id), facts: '农用车倒车撞坏院墙约三米。', claims: '赔偿修墙费用', respondents: [{ name: '吴某' }] },
  }, filer);
  const accepted = await api.gql('mutation($id: ID!, $v: Int!) { performCaseAction(caseId: $id, action: ACCEPT, expectedVersion: $v) { invitationCode } }', { id: second.data.fileCase.id, v: second.data.fileCase.version }, await api.login('admin'));
  const [names] = await sql('select c.name as committee, m.name as mediator from committee c, mediator m where c.id = ? and m.id = ?', [committee.id, mediator.id]);
  const [{ number }] = await sql('select number from mediation_case where id = ?', [Number(caseId)]);
  return {
    caseNumber: number,
    invitation: { code: accepted.data.performCaseAction.invitationCode, number: second.data.fileCase.number },
    names,
    otherCommittee: String(another.id),
    caseId,
    async caseVersion() {
      return (await sql('select version from mediation_case where id = ?', [Number(caseId)]))[0].version as number;
    },
    committee: String(committee.id),
    mediator: String(mediator.id),
    membership: String(mediator.membership),
    spareMediator: String(spare.id),
    region: townshipCode,
    residentId,
    async freshRefreshToken() {
      const res = await api.gql('mutation { devLogin(name: "resident-li") { refreshToken } }');
      return res.data.devLogin.refreshToken as string;
    },
  };
}

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  for (const role of ROLES) if (role !== 'anonymous') tokens[role] = await api.login(LOGINS[role]);
  const [resident] = await sql("select id from user_account where openid = 'dev:resident-li'");
  own = await objectsIn('620602101', '620602102', String(resident.id), 'resident-li');
  other = await objectsIn('620602102', '620602101', String(resident.id), 'resident-wang');
});
afterAll(() => api.close());

function operationsInSchema(): string[] {
  const schema = buildSchema(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) => (type ? Object.keys(type.getFields()).map((f) => `${type.name}.${f}`) : []));
}

describe('the authorization matrix', () => {
  it('has a row for every operation in schema.graphql, and no row for an operation that is gone', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(operationsInSchema().sort());
  });

  const cells = Object.entries(MATRIX).flatMap(([operation, row]) =>
    (['own', 'other'] as const).flatMap((reach) => {
      const expectation = reach === 'own' ? row.own : row.other;
      if (!expectation) return [];
      return ROLES.map((role) => ({ operation, reach, role, allowed: expectation === 'everyone' || expectation.includes(role), row }));
    }),
  );

  it.each(cells.map((c) => [c.operation, c.reach, c.role, c.allowed ? 'allowed' : 'denied', c] as const))(
    '%s on %s object as %s: %s',
    async (_operation, reach, role, _label, cell) => {
      const { query, variables } = await cell.row.doc(reach === 'own' ? own : other);
      const res = await api.gql(query, variables, tokens[role]);
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      const refusals = cell.row.hidden ? ['FORBIDDEN', 'NOT_FOUND'] : ['FORBIDDEN'];
      if (cell.allowed && _operation.startsWith('Query.') && !cell.row.answersInputError) {
        // A query allowed is a query answered: no error at all, and the object asked for.
        expect(codes).toEqual([]);
        const field = _operation.slice('Query.'.length);
        expect(res.data?.[field]).toBeDefined();
        await cell.row.answer?.(res.data?.[field], reach === 'own' ? own : other);
      } else if (cell.allowed) {
        expect(codes).not.toContain('UNAUTHENTICATED');
        for (const refusal of refusals) expect(codes).not.toContain(refusal);
        expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      } else if (role === 'anonymous') {
        expect(codes).toEqual(['UNAUTHENTICATED']);
      } else {
        expect(codes).toHaveLength(1);
        expect(refusals).toContain(codes[0]);
        expect(Object.values(res.data ?? {}).every((value) => value === null)).toBe(true);
      }
    },
  );
});
