import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { getSchema } from '../api/src/schema';
import { Random } from '../api/src/seed/random';
import { startTestApi, type TestApi } from './support/api';
import { type FakeWeChat, startFakeWeChat } from './support/fake-wechat';

/** Error codes a client may get for a bad request; anything else (INTERNAL_SERVER_ERROR) is a bug. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'RATE_LIMITED', 'CONSENT_REQUIRED',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE',
]);

let api: TestApi;
let schema: GraphQLSchema;
let wechat: FakeWeChat;

beforeAll(async () => {
  wechat = await startFakeWeChat();
  api = await startTestApi({ demo: true, env: { NODE_ENV: 'production', WECHAT_API_BASE: wechat.base } });
  schema = await getSchema();
});
afterAll(async () => {
  await api.close();
  await wechat.close();
});

async function post(body: string | object, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const res = await fetch(api.server.url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}

/** Never a 5xx, never an internal error, never a stack trace or SQL in the answer. */
function expectClientError(res: { status: number; json: any; text: string }, label: string) {
  if (res.status >= 500) throw new Error(`${label}: HTTP ${res.status} ${res.text.slice(0, 300)}`);
  for (const error of res.json?.errors ?? []) {
    const code = error.extensions?.code;
    if (!CLIENT_CODES.has(code)) throw new Error(`${label}: error code ${code}: ${error.message}`);
  }
  expect(res.text).not.toMatch(/stacktrace|\bselect\b.+\bfrom\b|node_modules/i);
}

const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');

describe('hostile documents are refused with client errors', () => {
  const cases: [string, string | object][] = [
    ['deep', { query: `{ region(code: "620602001001") { ${'parent { '.repeat(40)}code${' }'.repeat(40)} } }` }],
    ['deep through lists', { query: `{ committees { nodes { ${'members { mediator { memberships { committee { '.repeat(8)}id${' } } } }'.repeat(8)} } } }` }],
    ['pages of pages', { query: '{ committees(first: 100) { nodes { members(first: 100) { mediator { memberships { committee { members(first: 100) { role } } } } } } } }' }],
    ['many aliases', { query: `{ ${repeat(200, (i) => `a${i}: mediators(first: 100) { nodes { id } }`)} }` }],
    ['wide', { query: `{ ${repeat(3000, () => 'disputeTypes { code label }')} }` }],
    ['cyclic fragments', { query: 'query { region(code: "62") { ...A } } fragment A on Region { children { ...B } } fragment B on Region { children { ...A } }' }],
    ['many directives', { query: `{ disputeTypes ${repeat(100, () => '@include(if: true)')} { code } }` }],
    ['huge search string', { query: 'query($s: String) { mediators(filter: { search: $s }) { nodes { id } } }', variables: { s: '调'.repeat(300_000) } }],
    ['huge code', { query: 'query($c: String!) { region(code: $c) { code } }', variables: { c: '6'.repeat(900_000) } }],
    ['huge id', { query: 'query($id: ID!) { mediator(id: $id) { id } }', variables: { id: '9'.repeat(100_000) } }],
    ['float page size', { query: '{ mediators(first: 1e20) { nodes { id } } }' }],
    ['negative page size', { query: '{ committees(first: -1) { nodes { id } } }' }],
    ['wrong variable type', { query: 'query($n: Int) { mediators(first: $n) { nodes { id } } }', variables: { n: 'many' } }],
    ['variables not an object', { query: '{ disputeTypes { code } }', variables: 'x' }],
    ['query not a string', { query: 123 }],
    ['no query', { variables: {} }],
    ['unknown operation name', { query: 'query A { disputeTypes { code } }', operationName: 'B' }],
    ['two anonymous operations', { query: '{ disputeTypes { code } } { regions { code } }' }],
    ['unknown field', { query: '{ mediatorz { id } }' }],
    ['introspection', { query: '{ __schema { types { name fields { name } } } }' }],
    ['subscription', { query: 'subscription { disputeTypes { code } }' }],
    ['mutation without rights', { query: 'mutation { setCommitteeActive(id: "1", active: false) { id } }' }],
    ['truncated', '{"query": "{ disputeTypes { co'],
    ['not json', 'query { disputeTypes { code } }'],
    ['json array batch', [{ query: '{ disputeTypes { code } }' }, { query: '{ regions { code } }' }]],
    ['null body', 'null'],
    ['deep json variables', `{"query":"query($f: MediatorFilter){ mediators(filter:$f){ nodes { id } } }","variables":{"f":${'{"search":'.repeat(5000)}"x"${'}'.repeat(5000)}}}`],
    ['bad cursor', { query: '{ mediators(after: "////") { nodes { id } } }' }],
    ['unicode garbage', { query: `{ mediators(filter: { search: "\\u0000\\ud800${'%_\\\\'.repeat(100)}" }) { nodes { id } } }` }],
  ];

  it.each(cases)('%s', async (label, body) => {
    const res = await post(body);
    expectClientError(res, label);
    expect(res.json?.errors?.length ?? (res.status >= 400 ? 1 : 0)).toBeGreaterThan(0);
  });

  it.each(['deep', 'deep through lists', 'pages of pages', 'many aliases', 'wide'])('%s: refused before execution without revealing the limit', async (label) => {
    const res = await post(cases.find(([l]) => l === label)![1]);
    expect(res.status).toBe(400);
    expect(res.json.data).toBeUndefined();
    expect(res.json.errors.length).toBeGreaterThan(0);
    for (const error of res.json.errors) expect(error.message).toBe('请求过于复杂，已被拒绝');
  });

  it('a GET cannot run a mutation, and form posts are refused (CSRF)', async () => {
    const get = await fetch(`${api.server.url}?query=${encodeURIComponent('mutation { setMediatorActive(id: "1", active: false) { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(405);
    const form = await post('query=%7B+disputeTypes+%7B+code+%7D+%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400);
  });
});

/** Random documents drawn from the schema: real fields with random arguments, aliases and nesting. */
function randomDocument(random: Random): string {
  const root = random.chance(0.8) ? schema.getQueryType()! : schema.getMutationType()!;
  const selection = (type: GraphQLObjectType, depth: number): string => {
    const fields = Object.values(type.getFields());
    const picked = random.sample(fields, random.int(1, Math.min(4, fields.length)));
    return picked.map((field) => fieldText(field, depth)).join(' ');
  };
  const fieldText = (field: GraphQLField<unknown, unknown>, depth: number): string => {
    const alias = random.chance(0.2) ? `x${random.int(0, 9999)}: ` : '';
    const args = field.args.filter((a) => isNonNullType(a.type) || random.chance(0.5)).map((a) => `${a.name}: ${randomValue(a.type, random, 0)}`);
    const named = getNamedType(field.type);
    const body = isObjectType(named) ? (depth > 5 ? ' { __typename }' : ` { ${selection(named, depth + 1)} }`) : '';
    return `${alias}${field.name}${args.length ? `(${args.join(', ')})` : ''}${body}`;
  };
  return `${root === schema.getMutationType() ? 'mutation' : 'query'} { ${selection(root, 0)} }`;
}

function randomValue(type: GraphQLInputType, random: Random, depth: number): string {
  if (random.chance(0.05)) return random.pick(['null', '"?"', '-1', '[]', '{}', '1.5', 'true']); // often the wrong type
  if (isNonNullType(type)) return randomValue(type.ofType, random, depth);
  if (isListType(type)) return `[${Array.from({ length: random.int(0, 3) }, () => randomValue(type.ofType, random, depth + 1)).join(', ')}]`;
  if (isEnumType(type)) return random.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    if (depth > 3) return '{}';
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || random.chance(0.4));
    return `{ ${fields.map((f) => `${f.name}: ${randomValue(f.type, random, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return String(random.pick([0, 1, 5, 20, 100, 101, -3, 2147483647]));
      case 'Float':
        return String(random.pick([0, 37.9, -200, 1e300]));
      case 'Boolean':
        return random.pick(['true', 'false']);
      case 'ID':
        return JSON.stringify(random.pick(['1', '2', '99999', 'abc', '0', '-1', '1.5', '']));
      default:
        return JSON.stringify(random.pick(['', '620602', '62', '6206021', '婚姻', 'MEDICAL', 'x'.repeat(300), "'; drop table mediator; --", '%', '\\', 'WzEsMl0']));
    }
  }
  return 'null';
}

function mangle(text: string, random: Random): string {
  const chars = [...text];
  for (let i = random.int(1, 4); i > 0; i--) {
    const at = random.int(0, chars.length);
    if (random.chance(0.5)) chars.splice(at, random.int(1, 5));
    else chars.splice(at, 0, random.pick(['{', '}', '(', ')', '"', ':', '...', '$', '@', '#', '\\']));
  }
  return chars.join('');
}

describe('thousands of generated documents', () => {
  it('are each answered without a 5xx or an internal error, and the server stays up', async () => {
    const random = new Random(20261123);
    const documents = Array.from({ length: 2500 }, (_, i) => {
      const doc = randomDocument(random);
      return i % 3 === 2 ? mangle(doc, random) : doc;
    });
    let answered = 0;
    const worker = async () => {
      for (let doc = documents.pop(); doc !== undefined; doc = documents.pop()) {
        const res = await post({ query: doc });
        expectClientError(res, doc.slice(0, 200));
        answered++;
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(answered).toBe(2500);
    const health = await fetch(api.server.url.replace('/graphql', '/healthz'));
    expect(health.status).toBe(200);
    const normal = await post({ query: '{ mediators(first: 3) { nodes { id } } }' });
    expect(normal.json.data.mediators.nodes).toHaveLength(3);
  });
});

