import {
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, getNamedType, type GraphQLField, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema,
  isEnumType, isObjectType, Kind, type OperationDefinitionNode, OperationTypeNode, type SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import type { Context } from '../context';
import type { Db } from '../shared/db';
import { join, Sql, sql } from '../shared/sql';

const raw = (text: string) => new Sql([text], []);

/**
 * Read pages answered by SQL statements (one per root field, or one for all), with the nested JSON built in
 * PostgreSQL — what graphql-js would answer, without resolving thousands of fields one by one.
 *
 * Only what `COMPILED_TYPES` and `COMPILED_ROOTS` describe is compiled: fields whose value is a
 * column or a subquery, no directives, no duplicated response keys. What depends on the viewer is
 * compiled only under a root that says whose it is: the signed-in viewer's own (`viewer`, `isMe`),
 * and what a party of the case reads (`asParty`, under a root that answers for parties only);
 * nothing masked with the API's keys. A root is a connection (`page`), one table row (`find`) or one
 * computed object (`compute`: the statistics); several roots of one query go out as one statement.
 * Anything else — and any argument that the resolver would refuse, any object not found — is left
 * to the ordinary execution, which gives the usual answer or error. `test/compiled-query.test.ts`
 * checks every compiled field against the ordinary execution (the statistics: statistics.test.ts).
 */

/** How a field of an object type reads from the row alias `t` of that type's table. */
export type CompiledField =
  /** A scalar, enum or list of them; `viewer`: it reads `viewer.id` (see CompiledRoot.signedIn). */
  | { kind: 'value'; sql: (t: string) => string; viewer?: true }
  /** One related object: `from` yields at most one row of the related type's table. */
  | { kind: 'object'; from: (t: string) => string }
  /**
   * A list: `from` yields rows of the item type's table plus a `position` column giving the order.
   * `asParty`: it shows what a party of the case may read (it reads `viewer.id`), so it is compiled
   * only under a root that answers for a party (CompiledRoot.asParty).
   */
  | { kind: 'list'; from: (t: string, args: Record<string, unknown>) => string; asParty?: true };

export interface CompiledType {
  fields: Record<string, CompiledField>;
}

/** A root connection field (`nodes`, `totalCount`, `pageInfo`): how its page is found for given arguments. */
export interface CompiledRoot {
  /** The node type of the connection (its `nodes`). */
  nodeType: string;
  /**
   * The page is the signed-in viewer's own (my cases): its statement reads `viewer.id`, the viewer's
   * account id, and is answered only for a signed-in viewer (anyone else gets the ordinary
   * execution's UNAUTHENTICATED). Fields that read `viewer` are compiled only under such a root.
   */
  signedIn?: true;
  /**
   * Whether this request's viewer may ask for this page (the resolver's own check, e.g. that they
   * manage the committee); asked on every request, before the statement runs. False (or a throw)
   * leaves the request to the ordinary execution, which refuses it as before. Implies signedIn.
   */
  authorize?(args: Record<string, unknown>, ctx: Context): Promise<boolean>;
  /** The page for these arguments, or null when the resolver would refuse them (the ordinary execution then reports it). */
  page?(args: Record<string, unknown>, schema: GraphQLSchema): Promise<RootPage | null>;
  /**
   * A root answering one object (`case(id)`), not a connection: SQL yielding the id of its one row
   * (`id` column), or null when the resolver would refuse the arguments. No row — not found, or not
   * the viewer's — leaves the request to the ordinary execution, which says why.
   */
  find?(args: Record<string, unknown>): Promise<{ id: Sql; prepare: boolean } | null>;
  /** What this root answers, it answers for a party of the case (authorize makes sure): fields marked `asParty` may be compiled. */
  asParty?: true;
  /**
   * A root answering one computed object (the statistics), not a table's row: `with`, common table
   * expressions its type's fields read, and `from`, yielding its one row as alias `n`; null when the
   * resolver would refuse the arguments.
   */
  compute?(args: Record<string, unknown>): Promise<{ with: Sql; from: string; prepare: boolean } | null>;
}

export interface RootPage {
  /**
   * The page's rows — `id`, the cursor key's columns and `position` — size + 1 of them at most (the
   * extra one only says that another page exists), built by the service's own page query.
   */
  rows: Sql;
  size: number;
  /** The cursor of a row of `rows` (alias `p`), as SQL yielding a JSON array. */
  cursorKey: string;
  encodeCursor(key: unknown[]): string;
  /** The statement counting every row of the list (for `totalCount`). */
  count(): Sql;
  /**
   * Whether one plan serves every value of the statement's parameters, so it can be prepared (a
   * region prefix, `like $1`, needs its value to use the index: planned each time — then only the
   * rows are, and the nodes' JSON is a prepared statement of its own, see RootStatement.nodesOf).
   */
  prepare: boolean;
}

interface Registry {
  types: Record<string, CompiledType>;
  tables: Record<string, string>;
  roots: Record<string, CompiledRoot>;
}

/** Every enum of a compiled type must serialize as its PostgreSQL label (value name = internal value). */
function enumIsItsLabel(type: GraphQLNamedType) {
  return !isEnumType(type) || type.getValues().every((v) => v.name === v.value);
}

type Fields = { key: string; node: FieldNode }[];

/** The fields of a selection set on `type`, fragments flattened; null where it is not plain. */
function collect(set: SelectionSetNode, type: GraphQLObjectType, fragments: Record<string, FragmentDefinitionNode>, out: Fields = [], seen = new Set<string>()): Fields | null {
  for (const node of set.selections) {
    if (node.directives?.length) return null;
    if (node.kind === Kind.FIELD) {
      const key = node.alias?.value ?? node.name.value;
      if (out.some((f) => f.key === key)) return null;
      out.push({ key, node });
    } else {
      const fragment = node.kind === Kind.INLINE_FRAGMENT ? node : fragments[node.name.value];
      if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== type.name)) return null;
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        if (seen.has(node.name.value)) return null;
        seen.add(node.name.value);
      }
      if (!collect(fragment.selectionSet, type, fragments, out, seen)) return null;
    }
  }
  return out;
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

export class QueryCompiler {
  private readonly cache = new WeakMap<DocumentNode, Map<string, boolean>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly registry: Registry,
    private readonly db: Db,
  ) {}

  /** Whether the operation was found compilable before; undefined until it has been planned once. */
  compilable(document: DocumentNode, operation: OperationDefinitionNode): boolean | undefined {
    return this.cache.get(document)?.get(operation.name?.value ?? '');
  }

  /**
   * How to answer the operation with these variables — pure, so it can be kept for the same request
   * — or null when it is not compilable (or its arguments are for the ordinary execution to refuse).
   */
  async plan(document: DocumentNode, operation: OperationDefinitionNode, rawVariables: Record<string, unknown> | undefined): Promise<OperationPlan | null> {
    if (operation.operation !== OperationTypeNode.QUERY) return null;
    const name = operation.name?.value ?? '';
    let known = this.cache.get(document);
    if (!known) this.cache.set(document, (known = new Map<string, boolean>()));
    if (known.get(name) === false) return null;
    const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], rawVariables ?? {});
    if (coerced.errors) return null;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    const build = new Build(this.schema, this.registry, fragments, coerced.coerced);
    const query = this.schema.getQueryType();
    const roots = query && collect(operation.selectionSet, query, fragments);
    const plans = roots?.map((root) => ({ key: root.key, plan: build.root(query as GraphQLObjectType, root.node) }));
    if (!plans || plans.some((p) => p.plan === null)) {
      // Not compilable whatever the variables — unless only this request's arguments were refused.
      if (!build.refused) known.set(name, false);
      return null;
    }
    known.set(name, true);
    const statements = await Promise.all(plans.map(async ({ plan }) => (plan as RootPlan)()));
    if (statements.some((v) => v === undefined)) return null;
    return { roots: plans.map(({ key }, i) => ({ key, statement: statements[i] as RootStatement })), signedIn: statements.some((st) => st?.signedIn) };
  }

  /**
   * The whole response body, `{"data":…}`, one statement per root field; `viewerId` is the
   * signed-in viewer's account id, required when the plan is `signedIn`. Null when an object root
   * found nothing to answer (the ordinary execution then answers).
   */
  async execute(plan: OperationPlan, viewerId: number | null = null): Promise<string | null> {
    if (plan.signedIn && viewerId === null) throw new Error('a signed-in page without a viewer');
    const queries = plan.roots.map(({ statement }) =>
      statement.query && (statement.signedIn ? new Sql(statement.query.strings, [viewerId, ...statement.query.values.slice(1)]) : statement.query),
    );
    let rows: (PageRow | undefined)[];
    if (queries.filter((q) => q).length > 1 && plan.roots.every(({ statement }) => !statement.nodesOf)) {
      // Several roots (a dashboard and its comparisons): one round trip, each root's row as JSON.
      const parts = queries.flatMap((query, i) => (query ? [sql`(select row_to_json(q) from (${query}) q) as ${raw(`r${i}`)}`] : []));
      const [row] = await this.db.rows<Record<string, PageRow | null>>(sql`select ${join(parts, ', ')}`, { prepare: plan.roots.every(({ statement }) => !statement.query || statement.prepare) });
      rows = queries.map((_, i) => row?.[`r${i}`] ?? undefined);
    } else {
      rows = await Promise.all(
        plan.roots.map(async ({ statement }, i) => {
          const query = queries[i];
          const row = query ? (await this.db.rows<PageRow>(query, { prepare: statement.prepare }))[0] : undefined;
          // The page's nodes by id, once the rows are known (see RootStatement.nodesOf).
          if (row && statement.nodesOf) row.nodes = row.ids?.length ? ((await this.db.rows<PageRow>(statement.nodesOf(row.ids), { prepare: true }))[0]?.nodes ?? null) : null;
          return row;
        }),
      );
    }
    const values = plan.roots.map(({ statement }, i) => statement.read(rows[i]));
    // A root with nothing to answer (an object not found or not the viewer's): the ordinary execution answers it all.
    if (values.some((v) => v === null)) return null;
    return `{"data":{${plan.roots.map(({ key }, i) => `${JSON.stringify(key)}:${values[i]}`).join(',')}}}`;
  }
}

export interface OperationPlan {
  roots: { key: string; statement: RootStatement }[];
  /** Answered only for a signed-in viewer, whose id the statements take. */
  signedIn: boolean;
}

/**
 * A root field's statement (none for `__typename`) and how its one row becomes the field's JSON
 * text. A signed-in statement's first parameter is the viewer's id (a placeholder until executed).
 */
interface RootStatement {
  query: Sql | null;
  prepare: boolean;
  signedIn: boolean;
  /**
   * When the page's rows cannot be prepared (a region prefix), `query` finds only the rows (their
   * ids in `ids`), planned each time but small, and the nodes' JSON — the costly statement to plan —
   * is this second statement over those ids, one text per selection: prepared.
   */
  nodesOf?: (ids: number[]) => Sql;
  /** This request's viewer may ask for it (CompiledRoot.authorize, its arguments bound). */
  authorize?(ctx: Context): Promise<boolean>;
  /** The root's JSON text; null: nothing to answer here (see CompiledRoot.find). */
  read(row: PageRow | undefined): string | null;
}

/** A root field's statement, or undefined when its arguments are for the ordinary execution to refuse. */
type RootPlan = () => Promise<RootStatement | undefined>;

class Build {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly registry: Registry,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  private aliases = 0;
  /** An argument was refused (this request's variables), not the selection: not to be remembered. */
  refused = false;
  /** A selected field reads the viewer (allowed under a signed-in root only). */
  private readsViewer = false;
  /** A selected field shows what a party may read (allowed under an `asParty` root only). */
  private readsAsParty = false;

  root(query: GraphQLObjectType, node: FieldNode): RootPlan | null {
    this.readsViewer = false;
    this.readsAsParty = false;
    if (node.name.value === '__typename') return async () => ({ query: null, prepare: false, signedIn: false, read: () => JSON.stringify(query.name) });
    const root = this.registry.roots[node.name.value];
    const definition = query.getFields()[node.name.value];
    if (!root || !definition || !node.selectionSet) return null;
    if (root.find || root.compute) return this.objectRoot(root, definition, node);
    if (!root.page) return null;
    const connection = getNamedType(definition.type);
    const nodeType = this.schema.getType(root.nodeType);
    if (!isObjectType(connection) || !isObjectType(nodeType)) return null;
    const parts = collect(node.selectionSet, connection, this.fragments);
    if (!parts) return null;
    const pageInfoType = getNamedType(connection.getFields().pageInfo?.type);
    // Each part of the connection: how to read it from the statement's one row.
    const readers: { key: string; read: (row: PageRow, page: RootPage) => string }[] = [];
    let nodeObject: string | null = null;
    let counted = false;
    for (const { key, node: part } of parts) {
      const name = part.name.value;
      if (name === '__typename') readers.push({ key, read: () => JSON.stringify(connection.name) });
      else if (name === 'totalCount') {
        counted = true;
        readers.push({ key, read: (row) => String(row.total) });
      } else if (name === 'nodes' && part.selectionSet) {
        const object = this.object(nodeType, part.selectionSet, 'n');
        if (object === null) return null;
        nodeObject = object;
        readers.push({ key, read: (row) => row.nodes ?? '[]' });
      } else if (name === 'pageInfo' && part.selectionSet && isObjectType(pageInfoType)) {
        const info = collect(part.selectionSet, pageInfoType, this.fragments);
        if (!info || info.some((f) => !['hasNextPage', 'endCursor', '__typename'].includes(f.node.name.value))) return null;
        readers.push({
          key,
          read: (row, page) => {
            const keys = row.keys ?? [];
            const last = keys[Math.min(keys.length, page.size) - 1];
            const values: Record<string, unknown> = { hasNextPage: keys.length > page.size, endCursor: last ? page.encodeCursor(last) : null, __typename: pageInfoType.name };
            return JSON.stringify(Object.fromEntries(info.map((f) => [f.key, values[f.node.name.value]])));
          },
        });
      } else return null;
    }
    const table = this.registry.tables[nodeType.name];
    if (!table) return null;
    const access = this.access(root, definition, node);
    if (!access) return null;
    const { args, signedIn, authorize } = access;
    return async () => {
      const page = await root.page?.(args, this.schema);
      if (!page) return undefined;
      const count = counted ? page.count() : null;
      // The viewer's id is the first parameter, filled in at execution (0 until then).
      const viewer = signedIn ? sql`viewer as (select ${0}::int as id), ` : sql``;
      const keys = sql`(select json_agg(${raw(page.cursorKey)} order by p.position) from p) as keys ${count ? sql`, (${count}) as total` : sql``}`;
      const nodesOf = (rows: Sql) => sql`(select json_agg(${raw(nodeObject ?? "'null'::json")} order by p.position) from (${rows}) p join ${raw(table)} n on n.id = p.id)::text as nodes`;
      // Planned each time (a region prefix needs its value to use the index): only the rows here, the nodes prepared apart.
      const apart = !page.prepare && !signedIn && nodeObject !== null;
      const query = apart
        ? sql`with p as (${page.rows}) select (select array_agg(p.id order by p.position) from p where p.position <= ${page.size}) as ids, ${keys}`
        : sql`with ${viewer}p as (${page.rows}) select ${nodesOf(sql`select * from p where p.position <= ${page.size}`)}, ${keys}`;
      return {
        query,
        prepare: page.prepare,
        nodesOf: apart ? (ids) => sql`select ${nodesOf(sql`select * from unnest(${ids}::int[]) with ordinality as p(id, position)`)}` : undefined,
        signedIn,
        authorize,
        read: (row) => `{${readers.map(({ key, read }) => `${JSON.stringify(key)}:${read(row as PageRow, page)}`).join(',')}}`,
      };
    };
  }

  /**
   * Once a root's selection is built: whether the root may answer what it reads (the viewer under a
   * signed-in root, what a party reads under a root for parties), its arguments, and its per-request check.
   */
  private access(root: CompiledRoot, definition: GraphQLField<unknown, unknown>, node: FieldNode) {
    if (this.readsViewer && !root.signedIn && !root.authorize) return null;
    if (this.readsAsParty && !root.asParty) return null;
    const args = this.args(definition, node);
    if (!args) return null;
    const signedIn = !!(root.signedIn || root.authorize);
    const authorize = root.authorize && ((ctx: Context) => (root.authorize as NonNullable<CompiledRoot['authorize']>)(args, ctx).catch(() => false));
    return { args, signedIn, authorize };
  }

  /**
   * A root answering one object — a table's row found by id (`find`) or a computed row (`compute`):
   * the object's JSON, or no row (then the ordinary execution answers).
   */
  private objectRoot(root: CompiledRoot, definition: GraphQLField<unknown, unknown>, node: FieldNode): RootPlan | null {
    const nodeType = this.schema.getType(root.nodeType);
    const table = this.registry.tables[root.nodeType];
    if (!isObjectType(nodeType) || getNamedType(definition.type) !== nodeType || (root.find && !table) || !node.selectionSet) return null;
    const object = this.object(nodeType, node.selectionSet, 'n');
    if (object === null) return null;
    const access = this.access(root, definition, node);
    if (!access) return null;
    const { args, signedIn, authorize } = access;
    // The object's one row, as alias `n`.
    const rowOf = async () => {
      if (root.compute) return root.compute(args);
      const found = await root.find?.(args);
      return found && { with: sql`p as (${found.id})`, from: `p join ${table} n on n.id = p.id`, prepare: found.prepare };
    };
    return async () => {
      const row = await rowOf();
      if (!row) return undefined;
      const viewer = signedIn ? sql`viewer as (select ${0}::int as id), ` : sql``;
      return {
        query: sql`with ${viewer}${row.with} select (select ${raw(object)} from ${raw(row.from)} limit 1)::text as nodes`,
        prepare: row.prepare,
        signedIn,
        authorize,
        // No row: not found, not this viewer's, or (computed) not there — the ordinary execution answers (NOT_FOUND, FORBIDDEN, BAD_USER_INPUT).
        read: (found) => found?.nodes ?? null,
      };
    };
  }

  /** `json_build_object(...)` of the selection on `type`, reading from row alias `t`; null if not compilable. */
  object(type: GraphQLObjectType, set: SelectionSetNode, t: string): string | null {
    const compiled = this.registry.types[type.name];
    const fields = compiled && collect(set, type, this.fragments);
    if (!fields) return null;
    const pairs: string[] = [];
    for (const { key, node } of fields) {
      const name = node.name.value;
      let value: string | null;
      if (name === '__typename') value = literal(type.name);
      else {
        const field = compiled.fields[name];
        const definition = type.getFields()[name];
        if (!field || !definition) return null;
        const named = getNamedType(definition.type);
        if (!enumIsItsLabel(named)) return null;
        value = this.field(field, definition, node, named, t);
      }
      if (value === null) return null;
      pairs.push(`${literal(key)}, ${value}`);
    }
    // json_build_object takes at most 100 arguments; more is no real page (jsonb would reorder the keys).
    return pairs.length <= 50 ? `json_build_object(${pairs.join(', ')})` : null;
  }

  private field(field: CompiledField, definition: GraphQLField<unknown, unknown>, node: FieldNode, named: GraphQLNamedType, t: string): string | null {
    if (field.kind === 'value') {
      if (field.viewer) this.readsViewer = true;
      return node.selectionSet ? null : field.sql(t);
    }
    if (!node.selectionSet || !isObjectType(named)) return null;
    const alias = `r${++this.aliases}`;
    const object = this.object(named, node.selectionSet, alias);
    if (object === null) return null;
    if (field.kind === 'object') return `(select ${object} from (${field.from(t)}) ${alias})`;
    if (field.asParty) this.readsAsParty = true;
    const args = this.args(definition, node);
    if (!args) return null;
    let from: string;
    try {
      from = field.from(t, args);
    } catch {
      // An argument the resolver would refuse (e.g. `first: 0`): the ordinary execution reports it.
      this.refused = true;
      return null;
    }
    return `coalesce((select json_agg(${object} order by ${alias}.position) from (${from}) ${alias}), '[]'::json)`;
  }

  private args(definition: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> | null {
    try {
      return getArgumentValues(definition, node, this.variables);
    } catch {
      this.refused = true;
      return null;
    }
  }
}

interface PageRow {
  /** The nodes' JSON text, as PostgreSQL wrote it. */
  nodes: string | null;
  /** The page's node ids in order, when its nodes come from a second statement (RootStatement.nodesOf). */
  ids?: number[] | null;
  keys: unknown[][] | null;
  total?: number;
}
