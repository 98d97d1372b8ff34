import { type DocumentNode, type FieldNode, getOperationAST, Kind, OperationTypeNode, type GraphQLSchema, type OperationDefinitionNode, parse, specifiedRules, validate, type ValidationRule } from 'graphql';
import type { ParseOptions } from 'graphql/language/parser';
import { unsafeArguments } from '../input-safety';
import type { Context } from '../context';
import type { Db } from '../shared/db';
import { type OperationPlan, QueryCompiler } from './compiled-query';
import { COMPILED_ROOTS, COMPILED_TABLES, COMPILED_TYPES } from './public-pages';

/**
 * Documents remembered by their text, and plans by document and variables; clients send a
 * handful of each, so the bounds only stop a flood of distinct ones.
 */
const MAX_DOCUMENTS = 1000;
const MAX_PLANS = 2000;
/**
 * Longer documents, and plans for longer variables, are not kept (a body may be 1 MiB: a thousand of
 * them would hold a gigabyte). The mini-program's largest document is about 2 KB.
 */
const MAX_KEPT_CHARS = 16 * 1024;

interface Known {
  document: DocumentNode;
  /** Valid with the server's own rules; only then is anything answered here. */
  valid: boolean;
}

export interface CompiledAnswer {
  /** The response body. */
  body: string;
  /** `query.<first root field>`, as the metrics name operations. */
  operation: string;
}

/**
 * The fast path in front of Apollo for the public list pages and a signed-in viewer's own case list: a POSTed JSON request whose query
 * parses and validates with the server's own options and rules, whose every argument passes the
 * input safety check, and whose operation compiles (compiled-query.ts) is answered here, the body
 * written by PostgreSQL. Anything else — invalid, unsafe, a mutation, a page the compiler does not
 * know, an argument its resolver would refuse — returns null and goes through Apollo as before,
 * which gives the usual answer or error.
 */
export class CompiledPages {
  private readonly documents = new Map<string, Known | null>();
  private readonly plans = new Map<string, Promise<{ plan: OperationPlan; operation: string } | null>>();
  private readonly compiler: QueryCompiler;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: readonly ValidationRule[],
    private readonly parseOptions: ParseOptions,
    db: Db,
  ) {
    this.compiler = new QueryCompiler(schema, { types: COMPILED_TYPES, tables: COMPILED_TABLES, roots: COMPILED_ROOTS }, db);
  }

  /**
   * `context` gives the request's context (its token checked, its viewer looked up when asked), or
   * null; it is asked only for a page that needs a signed-in viewer.
   */
  async answer(body: unknown, context: () => Promise<Context | null> = async () => null): Promise<CompiledAnswer | null> {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
    const { query, variables, operationName, ...rest } = body as Record<string, unknown>;
    if (Object.keys(rest).length || typeof query !== 'string' || query.length > MAX_KEPT_CHARS) return null;
    if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
    if (operationName != null && typeof operationName !== 'string') return null;
    // Mutations, invalid documents and queries already found not compilable stop here, before any per-request work.
    const known = this.known(query);
    const operation = known?.valid ? getOperationAST(known.document, operationName) : null;
    if (!known || !operation || operation.operation !== OperationTypeNode.QUERY || this.compiler.compilable(known.document, operation) === false) return null;
    const values = (variables ?? {}) as Record<string, unknown>;
    const key = `${operationName ?? ''}\u0000${JSON.stringify(values)}\u0000${query}`;
    let planned = this.plans.get(key);
    if (!planned) {
      planned = this.planFor(known.document, operation, values);
      if (key.length <= MAX_KEPT_CHARS) {
        if (this.plans.size >= MAX_PLANS) this.plans.clear();
        this.plans.set(key, planned);
        // A failure is not kept: the next request plans again.
        planned.catch(() => this.plans.delete(key));
      }
    }
    const found = await planned;
    if (!found) return null;
    let viewerId: number | null = null;
    if (found.plan.signedIn) {
      // A page for a signed-in viewer without one, or one they may not ask for: the ordinary execution says why (UNAUTHENTICATED, FORBIDDEN…).
      const ctx = await context();
      viewerId = (await ctx?.viewer())?.userId ?? null;
      if (!ctx || viewerId === null) return null;
      for (const { statement } of found.plan.roots) if (statement.authorize && !(await statement.authorize(ctx))) return null;
    }
    const answered = await this.compiler.execute(found.plan, viewerId);
    return answered === null ? null : { body: answered, operation: found.operation };
  }

  private async planFor(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>) {
    if (unsafeArguments(document, variables).length) return null;
    const plan = await this.compiler.plan(document, operation, variables);
    return plan && { plan, operation: operationLabel(operation) };
  }

  private known(query: string): Known | null {
    let known = this.documents.get(query);
    if (known !== undefined) return known;
    try {
      const document = parse(query, this.parseOptions);
      known = { document, valid: validate(this.schema, document, [...specifiedRules, ...this.rules]).length === 0 };
    } catch {
      known = null;
    }
    if (this.documents.size >= MAX_DOCUMENTS) this.documents.clear();
    this.documents.set(query, known);
    return known;
  }
}

function operationLabel(operation: OperationDefinitionNode) {
  const first = operation.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
  return `${operation.operation}.${first ? first.name.value : 'unknown'}`;
}
