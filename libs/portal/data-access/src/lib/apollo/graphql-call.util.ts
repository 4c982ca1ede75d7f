import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

/** Runs a mutation and returns its data; GraphQL and network errors are thrown. */
export async function mutateData<TData, TVariables extends OperationVariables>(
  apollo: Apollo,
  mutation: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const result = await firstValueFrom(
    apollo.mutate<TData, TVariables>({ mutation, variables, fetchPolicy: 'no-cache' }),
  );
  return requireData(result.data);
}

/**
 * Runs a query against the network (admin screens always want fresh data). `no-cache` keeps an answer out of
 * the normalised cache, for data whose shape depends on who asks (a course outline with or without progress).
 */
export async function queryData<TData, TVariables extends OperationVariables>(
  apollo: Apollo,
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  fetchPolicy: 'network-only' | 'no-cache' = 'network-only',
): Promise<TData> {
  const result = await firstValueFrom(apollo.query<TData, TVariables>({ query, variables, fetchPolicy }));
  return requireData(result.data);
}

function requireData<TData>(data: TData | null | undefined): TData {
  if (data === null || data === undefined) {
    throw new Error('The API answered without data.');
  }
  return data;
}
