import type { ApolloServerPlugin } from '@apollo/server';
import { type ArgumentNode, type DocumentNode, GraphQLError, Kind, type ValueNode, visit } from 'graphql';
import type { Context } from './context';
import { ErrorCode, type FieldProblem } from './shared/errors';
import { findUnsafeText, MAX_TEXT_LENGTH } from './shared/text';

/**
 * Every string a client sends, in variables or written into the document, checked once before
 * anything runs: no NUL or other control characters, no half characters, no text longer than any
 * field takes. The answer names each argument path (`input.facts`, `filter.search`), like the
 * field-by-field validation does, and nothing is changed.
 */
export function inputSafetyPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const problems = unsafeArguments(document, request.variables ?? {});
          if (problems.length) {
            throw new GraphQLError(`输入有误：${problems.map((p) => `${p.field}：${p.reason}`).join('；')}`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, field: problems[0]?.field, reason: problems[0]?.reason, problems, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/** Every argument's text, written in the document or passed as a variable, that the API refuses. */
export function unsafeArguments(document: DocumentNode, variables: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  visit(document, {
    Argument(node: ArgumentNode) {
      checkValue(node.value, node.name.value, variables, problems);
    },
  });
  return problems;
}

function checkValue(node: ValueNode, path: string, variables: Record<string, unknown>, out: FieldProblem[]) {
  switch (node.kind) {
    case Kind.STRING:
      return checkText(node.value, path, out);
    case Kind.VARIABLE:
      return checkJson(variables[node.name.value], path, out);
    case Kind.LIST:
      return node.values.forEach((v, i) => checkValue(v, `${path}[${i}]`, variables, out));
    case Kind.OBJECT:
      return node.fields.forEach((f) => checkValue(f.value, `${path}.${f.name.value}`, variables, out));
    default:
      return undefined;
  }
}

interface PathNode {
  parent: PathNode | null;
  key: string;
}
const pathOf = (node: PathNode): string => {
  const keys: string[] = [];
  for (let n: PathNode | null = node; n; n = n.parent) keys.push(n.key);
  return keys.reverse().join('').replace(/^\./, '');
};

/** Iterative, with paths spelled out only for a problem: a variable nested thousands of levels deep costs neither stack nor memory. */
function checkJson(root: unknown, rootPath: string, out: FieldProblem[]) {
  const pending: [unknown, PathNode][] = [[root, { parent: null, key: rootPath }]];
  while (pending.length) {
    const [value, node] = pending.pop() as [unknown, PathNode];
    if (typeof value === 'string') {
      if (findUnsafeText(value) || value.length > MAX_TEXT_LENGTH) checkText(value, pathOf(node), out);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => pending.push([v, { parent: node, key: `[${i}]` }]));
    } else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (findUnsafeText(key)) checkText(key, pathOf(node), out);
        pending.push([v, { parent: node, key: `.${key}` }]);
      }
    }
  }
}

function checkText(value: string, path: string, out: FieldProblem[]) {
  if (out.some((p) => p.field === path)) return;
  const unsafe = findUnsafeText(value);
  if (unsafe) out.push({ field: path, reason: unsafe });
  else if (value.length > MAX_TEXT_LENGTH) out.push({ field: path, reason: `内容过长（不超过 ${MAX_TEXT_LENGTH} 字）` });
}
