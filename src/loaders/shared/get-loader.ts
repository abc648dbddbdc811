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

/**
 * A per-request loader over a Get operation: the same key is fetched once, distinct
 * keys concurrently (the client caps requests in flight), and a missing resource is
 * cached as null so that asking again costs nothing.
 */
export function getLoader<K, V>(fetchOne: (key: K) => Promise<V>, cacheKey: (key: K) => string) {
  return new DataLoader<K, V | null, string>(
    (keys) => Promise.all(keys.map((key) => orNull(fetchOne(key)).catch((error: Error) => error))),
    { cacheKeyFn: cacheKey },
  );
}
