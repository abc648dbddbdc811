import DataLoader from 'dataloader';
import { ChimeError } from '../../chime/errors.ts';

/**
 * Answers null for a resource the upstream says does not exist; other failures stay errors, and so
 * does a 404 that says the action itself is retired.
 */
export async function orNull<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ChimeError && error.status === 404 && !error.retired) return null;
    throw error;
  }
}

/** What a batch answers for one key: its value, an Error, or the promise of its own read. */
export type KeyAnswer<V> = V | Error | Promise<V>;

/**
 * A DataLoader batch function whose answer for a key may be the promise of that key's own read.
 * DataLoader resolves each key with its element of the batch's answer, and resolving with a
 * promise adopts it: each key then settles when its own read does, not when the batch's slowest
 * read does, so the fields waiting on it go on while the other reads are still in flight.
 */
export function settlingEachKey<K, V>(
  batch: (keys: readonly K[]) => Promise<readonly KeyAnswer<V>[]>,
): DataLoader.BatchLoadFn<K, V> {
  // The declared type knows only values and Errors; a promise element is adopted as said above.
  return batch as unknown as DataLoader.BatchLoadFn<K, V>;
}

/**
 * A per-request loader over a Get operation: the same key is fetched once, distinct
 * keys concurrently (the client caps requests in flight), each settling as its own call
 * does, and a missing resource is cached as null so that asking again costs nothing.
 */
export function getLoader<K, V>(fetchOne: (key: K) => Promise<V>, cacheKey: (key: K) => string) {
  return new DataLoader<K, V | null, string>(
    settlingEachKey(async (keys) => keys.map((key) => orNull(fetchOne(key)))),
    { cacheKeyFn: cacheKey },
  );
}
