import {
  type FieldNode, type FragmentDefinitionNode, getNamedType, GraphQLError, type GraphQLField, type GraphQLNamedType, isAbstractType, isListType, isNonNullType, isObjectType,
  Kind, OperationTypeNode, type GraphQLOutputType, type GraphQLSchema, type SelectionSetNode, type ValidationRule,
} from 'graphql';

/**
 * What a document may ask for, counted the way it costs: every field the answer can hold, each
 * multiplied by the sizes of the lists around it — a page's `first` (a variable counts as the
 * largest page, 100; none as the default, 20), a plain list (a mediator's specialties, a case's
 * timeline) as 10, a region's `children` (a county's townships, a township's villages) as 100. A
 * connection's `nodes` is the page itself and is not counted twice.
 * `committees(first: 50) { nodes { members(first: 20) { mediator { … } } } }` — a real screen — is
 * about 35 000; pages of pages of pages run into the millions and are refused.
 */
export const QUERY_COST = {
  maxFields: 200_000,
  defaultPage: 20,
  largestPage: 100,
  plainList: 10,
  /** Plain lists that can be long: a county's townships, a township's villages. */
  longLists: { children: 100 } as Record<string, number>,
} as const;

const REJECTED = '请求过于复杂，已被拒绝';

/** The estimated number of fields the operation's answer can hold. */
export function estimateFields(schema: GraphQLSchema, selection: SelectionSetNode, parent: GraphQLNamedType, fragments: Record<string, FragmentDefinitionNode>, variables?: Record<string, unknown>): number {
  const walk = (set: SelectionSetNode, type: GraphQLNamedType, multiplier: number, seen: ReadonlySet<string>): number => {
    let total = 0;
    for (const node of set.selections) {
      if (node.kind === Kind.FIELD) total += field(node, type, multiplier, seen);
      else if (node.kind === Kind.INLINE_FRAGMENT) {
        const on = node.typeCondition ? schema.getType(node.typeCondition.name.value) : type;
        if (on) total += walk(node.selectionSet, on, multiplier, seen);
      } else {
        const fragment = fragments[node.name.value];
        // A fragment cycle is refused by graphql's own rule; here it just stops counting.
        if (!fragment || seen.has(fragment.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value);
        if (on) total += walk(fragment.selectionSet, on, multiplier, new Set([...seen, fragment.name.value]));
      }
      if (total > QUERY_COST.maxFields) return total;
    }
    return total;
  };
  const field = (node: FieldNode, type: GraphQLNamedType, multiplier: number, seen: ReadonlySet<string>): number => {
    if (node.name.value.startsWith('__')) return multiplier;
    const definition: GraphQLField<unknown, unknown> | undefined = isObjectType(type) || (isAbstractType(type) && 'getFields' in type) ? (type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()[node.name.value] : undefined;
    if (!definition || !node.selectionSet) return multiplier;
    const inner = multiplier * listSize(node, definition);
    return multiplier + walk(node.selectionSet, getNamedType(definition.type), inner, seen);
  };
  const listSize = (node: FieldNode, definition: GraphQLField<unknown, unknown>): number => {
    const first = node.arguments?.find((a) => a.name.value === 'first');
    if (first) {
      if (first.value.kind === Kind.INT) return Math.min(Math.max(Number(first.value.value), 1), QUERY_COST.largestPage);
      if (first.value.kind === Kind.VARIABLE) {
        const given = variables?.[first.value.name.value];
        return typeof given === 'number' ? Math.min(Math.max(given, 1), QUERY_COST.largestPage) : QUERY_COST.largestPage;
      }
      return QUERY_COST.largestPage;
    }
    if (definition.args.some((a) => a.name === 'first')) return QUERY_COST.defaultPage;
    if (node.name.value === 'nodes' || node.name.value === 'edges') return 1;
    return isList(definition.type) ? (QUERY_COST.longLists[node.name.value] ?? QUERY_COST.plainList) : 1;
  };
  return walk(selection, parent, 1, new Set());
}

const isList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

/** Refuses, before anything runs, an operation whose answer could hold more than QUERY_COST.maxFields fields. */
export const ListSizeCost: ValidationRule = (context) => {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of context.getDocument().definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      const root = node.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType();
      if (!root) return;
      if (estimateFields(schema, node.selectionSet, root, fragments) > QUERY_COST.maxFields) context.reportError(new GraphQLError(REJECTED, { nodes: node }));
    },
  };
};
