import DataLoader from 'dataloader';
import { GraphQLRequestContext } from '../auth/request-context';

/**
 * A DataLoader that lives for one request, so a list of N items costs one query per relation, not N.
 * Loaders are created lazily under `key` in the request's context; they never outlive the request.
 */
export function loaderFor<K, V>(
  context: GraphQLRequestContext,
  key: string,
  batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | null>>,
): DataLoader<K, V | null> {
  let loader = context.loaders.get(key) as DataLoader<K, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | null>((keys) => batch(keys), { maxBatchSize: 1000 });
    context.loaders.set(key, loader);
  }
  return loader;
}

/** Orders `rows` to match `keys`, with null where a key has no row (DataLoader's contract). */
export function byKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): Array<V | null> {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? null);
}
