import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { DocumentNode, FieldNode, FragmentDefinitionNode, GraphQLError, GraphQLSchema, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  /** Deepest selection nesting allowed (fragments followed). */
  maxDepth: number;
  /** Sum of field costs (1 per field; list fields multiply by their page size argument). */
  maxComplexity: number;
  /** Aliased fields in one operation: aliases are how one request repeats an expensive field. */
  maxAliases: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxComplexity: 5000, maxAliases: 30 };

/**
 * Refuses operations that are too deep, too costly or too repetitive before any resolver runs,
 * with a BAD_USER_INPUT error that says which limit was hit.
 */
export function queryLimitsPlugin(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const fragments = fragmentsOf(document);
          const depth = depthOf(operation.selectionSet, fragments, 0, new Set());
          if (depth > limits.maxDepth) refuse('QUERY_TOO_DEEP', `The query is nested ${depth} levels deep; the limit is ${limits.maxDepth}`);
          const aliases = aliasesOf(operation.selectionSet, fragments, new Set());
          if (aliases > limits.maxAliases) refuse('TOO_MANY_ALIASES', `The query uses ${aliases} aliases; the limit is ${limits.maxAliases}`);
          const complexity = complexityOf(schema, document, operation, request.variables ?? {});
          if (complexity > limits.maxComplexity) refuse('QUERY_TOO_COMPLEX', `The query costs ${complexity}; the limit is ${limits.maxComplexity}`);
        },
      };
    },
  };
}

function refuse(reason: string, message: string): never {
  throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason, http: { status: 400 } } });
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return fragments;
}

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, depth: number, visiting: Set<string>): number {
  if (!selectionSet) return depth;
  let deepest = depth;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, depth + 1, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, depth, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue; // cycles are refused by GraphQL validation
      visiting.add(name);
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, depth, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

function aliasesOf(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, visiting: Set<string>): number {
  if (!selectionSet) return 0;
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      count += (selection as FieldNode).alias ? 1 : 0;
      count += aliasesOf(selection.selectionSet, fragments, visiting);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += aliasesOf(selection.selectionSet, fragments, visiting);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || visiting.has(selection.name.value)) continue;
      visiting.add(selection.name.value);
      count += aliasesOf(fragment.selectionSet, fragments, visiting);
      visiting.delete(selection.name.value);
    }
  }
  return count;
}

function complexityOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  try {
    return costOf(schema, document, operation, variables);
  } catch (error) {
    // The cost depends on the variables, so they are coerced here, before GraphQL itself does: a variable of the
    // wrong type is the caller's mistake (400 naming it), not a server error.
    if (error instanceof GraphQLError) refuse('INVALID_VARIABLES', error.message);
    throw error;
  }
}

function costOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  return getComplexity({
    schema,
    query: document,
    operationName: operation.name?.value,
    variables,
    estimators: [
      // A paginated field costs its items times the page size it asks for (the default page when it does not say).
      ({ args, childComplexity, field }) => {
        if (!field.args.some((arg) => arg.name === 'page')) return undefined;
        const page = args['page'] as { limit?: number } | null | undefined;
        return 1 + childComplexity * (page?.limit ?? 20);
      },
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
}
