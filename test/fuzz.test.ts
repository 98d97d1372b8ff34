import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLSchema,
  isLeafType,
} from 'graphql';
import { startTestApi, type TestApi } from './support/api';
import { CaseWalker } from './support/cases';

/**
 * Fuzzing as every role: for every query and mutation in schema.graphql, documents with generated
 * argument values — plausible ones that reach the services, and hostile ones (NUL, half
 * characters, 100,000 characters, right-to-left marks, numbers at and past their limits, dates
 * that do not exist, ids of other people's objects) — sent as each role against real objects.
 * Zero 5xx, zero INTERNAL_SERVER_ERROR, the server healthy afterwards. The seed is printed;
 * FUZZ_SEED=<seed> replays a run, FUZZ_OPERATIONS=<n> changes its length.
 */
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const OPERATIONS = Number(process.env.FUZZ_OPERATIONS ?? 3000);
const IN_FLIGHT = 8;
const ROLES = ['anonymous', 'resident', 'respondent', 'mediator', 'grid', 'huangyang-admin', 'huangyang-sifasuo', 'sifaju', 'admin'] as const;

/** mulberry32: small, seeded, good enough to pick values. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let api: TestApi;
let walk: CaseWalker;
const ids: string[] = [];
const HOSTILE_STRINGS = ['', ' ', 'a\u0000b', '\ud800', 'x\udc00y', '调'.repeat(100_000), '\u202E邻里纠纷\u202C', "' or 1=1 --", '%_\\', '😀'.repeat(50), '\t\n', '0000-01-01', '2026-02-30', '0000H1', '9999-99'];
const PLAUSIBLE_STRINGS = ['620602', '620602101', '620602101201', '2026-11-01', '2026-12-01', '2026-11', '2026H2', '黄羊镇', '婚姻', '邻里之间因排水沟发生争执，多次协商未果。', '赔偿损失', '13800001111', 'ok:fuzz-openid', 'phone:13912340000', '2026-11-01', 'DAMAGES', 'NEIGHBOURHOOD', '吴德明', '凉州区人民法院', '双方陈述事实，被申请人同意赔偿。'];

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  walk = new CaseWalker(api);
  // Real objects in every state, so generated ids land on cases, sessions, terms, follow-ups and warnings.
  await walk.filed('resident');
  await walk.accepted('resident');
  await walk.inMediation('resident', 'respondent');
  await walk.succeeded('resident', 'respondent');
  await walk.succeeded('someone-else', 'their-respondent');
  for (const table of ['mediation_case', 'mediation_session', 'agreement_term', 'follow_up', 'follow_up_task', 'warning', 'committee', 'mediator', 'membership', 'user_account', 'case_evidence']) {
    const rows = await api.sql<{ id: number }>(`select id from ${table} order by id desc limit 5`);
    ids.push(...rows.map((r) => String(r.id)));
  }
});
afterAll(() => api.close());

class Generator {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly next: () => number,
  ) {}

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(p: number) {
    return this.next() < p;
  }

  value(type: GraphQLInputType, depth = 0): unknown {
    if (type instanceof GraphQLNonNull) return this.value(type.ofType, depth);
    if (this.chance(0.05)) return null;
    if (type instanceof GraphQLList) {
      const length = this.chance(0.05) ? 200 : Math.floor(this.next() * 4);
      return Array.from({ length }, () => this.value(type.ofType, depth + 1));
    }
    if (type instanceof GraphQLEnumType) return this.pick(type.getValues()).name;
    if (type instanceof GraphQLInputObjectType) {
      if (depth > 3) return null;
      const fields = Object.values(type.getFields());
      return Object.fromEntries(fields.filter((f) => f.type instanceof GraphQLNonNull || this.chance(0.6)).map((f) => [f.name, this.value(f.type, depth + 1)]));
    }
    const scalar = type;
    const hostile = this.chance(0.25);
    switch (scalar.name) {
      case 'ID':
        return hostile ? this.pick(['0', '-1', '99999999999', 'abc', '1.5', '', '\u0000']) : this.pick(ids);
      case 'Int':
        return hostile ? this.pick([-2147483648, 2147483647, -1, 0, 101, 100001]) : this.pick([1, 2, 5, 20, 100]);
      case 'Float':
        return hostile ? this.pick([-91, 91, 1000, -1e308, 1e308]) : this.pick([37.9, 102.6, 0]);
      case 'Boolean':
        return this.chance(0.5);
      case 'DateTimeISO':
        return hostile ? this.pick(['0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 'yesterday', '2026-02-30T00:00:00Z']) : this.pick(['2026-12-01T02:00:00Z', '2026-11-30T08:00:00Z']);
      default:
        return hostile ? this.pick(HOSTILE_STRINGS) : this.pick(PLAUSIBLE_STRINGS);
    }
  }

  /** A document for one operation: every argument as a variable, the return type's leaf fields selected. */
  document(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
    const args = field.args.filter((a: GraphQLArgument) => a.type instanceof GraphQLNonNull || this.chance(0.6));
    const variables = Object.fromEntries(args.map((a) => [a.name, this.value(a.type)]));
    const definitions = args.length ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
    const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
    return { query: `${kind}${definitions} { ${field.name}${call}${this.selection(getNamedType(field.type), 0)} }`, variables };
  }

  private selection(type: unknown, depth: number): string {
    if (isLeafType(type)) return '';
    if (!(type instanceof GraphQLObjectType)) return ' { __typename }';
    const fields = Object.values(type.getFields()).filter((f) => f.args.every((a) => !(a.type instanceof GraphQLNonNull)));
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type))).map((f) => f.name);
    const nested = depth < 2 ? fields.filter((f) => getNamedType(f.type) instanceof GraphQLObjectType && this.chance(0.3)) : [];
    return ` { __typename ${leaves.join(' ')} ${nested.map((f) => `${f.name}${this.selection(getNamedType(f.type), depth + 1)}`).join(' ')} }`;
  }
}

describe('fuzzing every operation as every role', () => {
  it(`sends ${OPERATIONS} generated operations: no 5xx, no internal error, healthy after (seed ${SEED})`, async () => {
    console.log(`fuzz seed ${SEED} (replay: FUZZ_SEED=${SEED} npx jest test/fuzz.test.ts)`);
    const schema = buildSchema(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));
    const generator = new Generator(schema, random(SEED));
    const operations = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
    ];
    const tokens: Record<string, string | undefined> = {};
    for (const role of ROLES) tokens[role] = role === 'anonymous' ? undefined : await walk.as(role);
    // Every operation as every role at least once, then at random.
    const plan = Array.from({ length: Math.max(OPERATIONS, operations.length * ROLES.length) }, (_, i) =>
      i < operations.length * ROLES.length ? { op: operations[i % operations.length], role: ROLES[Math.floor(i / operations.length)] } : { op: generator.pick(operations), role: generator.pick(ROLES) },
    );
    const documents = plan.map(({ op, role }) => ({ role, ...generator.document(op[0], op[1]) }));
    const failures: string[] = [];
    let next = 0;
    let refused = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < documents.length) {
          const doc = documents[next++];
          const res = await api.gql(doc.query, doc.variables, tokens[doc.role]);
          const codes = (res.errors ?? []).map((e) => e.extensions?.code);
          if (codes.length) refused += 1;
          if (res.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) {
            failures.push(`${doc.role}: ${doc.query.slice(0, 200)} ${JSON.stringify(doc.variables).slice(0, 300)} → ${res.status} ${JSON.stringify(res.errors).slice(0, 300)}`);
          }
        }
      }),
    );
    console.log(`fuzz: ${documents.length} operations, ${refused} refused with a client error, ${failures.length} internal errors`);
    expect(failures).toEqual([]);
    expect((await fetch(api.server.url.replace('/graphql', '/healthz'))).status).toBe(200);
    // 3000 operations take 40–60 s on a quiet 2-core machine; what is asserted is correctness, not time.
  }, 240_000);
});
