import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationRule, OperationTypeNode } from 'graphql';

/**
 * Limits on every document, checked before execution. The numbers leave room for the deepest
 * and widest screens (committee → members → mediator → memberships → committee → region) and
 * are never revealed in error messages.
 */
export const DOCUMENT_LIMITS = {
  depth: 12,
  aliases: 15,
  directives: 20,
  tokens: 2500,
} as const;

const REJECTED = '请求过于复杂，已被拒绝';

export function armorProtection(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: DOCUMENT_LIMITS.depth, exposeLimits: false, errorMessage: REJECTED, flattenFragments: true },
    maxAliases: { n: DOCUMENT_LIMITS.aliases, exposeLimits: false, errorMessage: REJECTED },
    maxDirectives: { n: DOCUMENT_LIMITS.directives, exposeLimits: false, errorMessage: REJECTED },
    // Armor's token plugin re-parses in a plugin hook, where a syntax error becomes HTTP 500;
    // graphql-js' own `maxTokens` parse option (see `parseOptions`) stops at the same point as a 400.
    maxTokens: { enabled: false },
    // Armor's cost grows with depth alone and refused real screens; query-cost.ts counts by list sizes instead.
    costLimit: { enabled: false },
    // "Did you mean …?" hints map the schema for an attacker; developers have introspection.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

export const parseOptions = { maxTokens: DOCUMENT_LIMITS.tokens };

/** The client only learns that a document was refused as too complex, not which limit it hit. */
export function hideLimits(message: string) {
  // graphql-js: "Document contains more that N tokens" [sic]; armor: "Syntax Error: <our message>".
  return /contains more th\w+ \d+/.test(message) || message.endsWith(REJECTED) ? REJECTED : message;
}

/**
 * graphql-js validates a `subscription` against a schema without a Subscription type only when
 * it executes it, as an internal error; refuse it during validation instead.
 */
export const SupportedOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const supported =
      node.operation === OperationTypeNode.QUERY ? schema.getQueryType() : node.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getSubscriptionType();
    if (!supported) context.reportError(new GraphQLError(`不支持 ${node.operation} 操作`, { nodes: node }));
  },
});
