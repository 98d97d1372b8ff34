import { buildSchema, type DocumentNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, OperationTypeNode } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { estimateFields, QUERY_COST } from '../api/src/query-cost';
import * as generated from '../miniprogram/src/gql/graphql';
import { startTestApi, type TestApi } from './support/api';

/**
 * The query cost limit refuses abuse, not real pages (issue 15): an answer is estimated by the
 * sizes of the lists in it, and every operation the mini-program sends — with each page at its
 * largest — stays well inside the limit, while pages of pages of pages are refused.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ demo: true });
});
afterAll(() => api.close());

const schema = buildSchema(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));
const estimate = (document: DocumentNode) => {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return estimateFields(schema, operation.selectionSet, operation.operation === OperationTypeNode.MUTATION ? schema.getMutationType()! : schema.getQueryType()!, fragments);
};

it('answers a committee list with its members, the page the issue found refused', async () => {
  const res = await api.gql(`{ committees(first: 50) { totalCount nodes { name members(first: 20) { role mediator { name specialties { label } memberships { committee { name } } } } } } }`);
  expect(res.errors).toBeUndefined();
  expect(res.data.committees.nodes).toHaveLength(Math.min(50, res.data.committees.totalCount));
  expect(res.data.committees.totalCount).toBeGreaterThan(40);
  expect(res.data.committees.nodes.some((c: any) => c.members.length > 5)).toBe(true);
});

it('lets every operation the mini-program sends through, each page at its largest', () => {
  const documents = Object.entries(generated).filter(([name, value]) => name.endsWith('Document') && typeof value === 'object' && (value as DocumentNode).kind === Kind.DOCUMENT);
  expect(documents.length).toBeGreaterThan(50);
  const costs = documents.map(([name, document]) => ({ name, fields: estimate(document as DocumentNode) }));
  const heaviest = costs.reduce((a, b) => (b.fields > a.fields ? b : a));
  console.log(`mini-program operations: ${costs.length}; the heaviest, ${heaviest.name}, ~${heaviest.fields} fields (limit ${QUERY_COST.maxFields})`);
  for (const cost of costs) expect({ ...cost, within: cost.fields <= QUERY_COST.maxFields / 4 }).toEqual({ ...cost, within: true });
});

it('counts by list sizes: the same three-level nesting passes with small pages and is refused with the largest', async () => {
  const nested = (n: number) => `{ committees(first: ${n}) { nodes { members(first: ${n}) { mediator { memberships { committee { members(first: ${n}) { role } } } } } } } }`;
  const small = await api.gql(nested(5));
  expect(small.errors).toBeUndefined();
  const large = await api.gql(nested(100));
  expect(large.status).toBe(400);
  expect(large.errors?.[0]?.message).toBe('请求过于复杂，已被拒绝');
  // Unnamed page sizes count as the largest: a variable cannot slip the limit.
  // Regions nest without pages: a region's children count as long lists.
  const tree = await api.gql('{ region(code: "620602") { children { parent { children { parent { children { parent { children { name } } } } } } } } }');
  expect(tree.errors?.[0]?.message).toBe('请求过于复杂，已被拒绝');
  const viaVariable = await api.gql('query($n: Int) { committees(first: $n) { nodes { members(first: $n) { mediator { memberships { committee { members(first: $n) { role } } } } } } } }', { n: 1 });
  expect(viaVariable.errors?.[0]?.message).toBe('请求过于复杂，已被拒绝');
});
