import { buildClientSchema, getIntrospectionQuery, getVariableValues, GraphQLSchema, IntrospectionQuery, Kind, OperationDefinitionNode, parse } from 'graphql';
import { GraphQLClient } from './graphql-client';

/**
 * GraphQL's own variable coercion, run on the client against the live schema: tells whether a request's
 * variables are invalid (the API must refuse it with 400 before any resolver runs). Custom scalars
 * (DateTime, JSON) accept anything here, as the API's do. typeDepth 5 keeps the introspection within the
 * API's depth limit.
 */
export class VariableCoercion {
  private constructor(private readonly schema: GraphQLSchema) {}

  static async load(client: GraphQLClient): Promise<VariableCoercion> {
    const result = await client.request<IntrospectionQuery>(getIntrospectionQuery({ typeDepth: 5 }));
    if (!result.data) throw new Error(`Introspection failed: ${result.raw}`);
    return new VariableCoercion(buildClientSchema(result.data));
  }

  /** The coercion error of the request's variables, or null when they are valid. */
  errorOf(body: string): string | null {
    const { query, variables } = JSON.parse(body) as {
      query: string;
      variables: Record<string, unknown>;
    };
    const operation = parse(query).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
    const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], variables);
    return 'errors' in coerced && coerced.errors?.length ? coerced.errors[0].message : null;
  }
}
