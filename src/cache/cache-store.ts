import { LRUCache } from 'lru-cache';

/** What one look-up found: the entry stored under the key, and the current value of each version key. */
export interface StoredRead {
  /** The serialized entry, or null when there is none (never stored, expired or evicted). */
  entry: string | null;
  /** Each version key's value, in the order asked; null for a key never bumped. */
  versions: (string | null)[];
}

/**
 * Where the shared cache of upstream reads keeps its entries and version keys: Redis when replicas
 * share one (`redisCacheStore`), otherwise this process's memory (`memoryCacheStore`). An entry is
 * only ever served along with the version keys it was stored under, read in the same round trip,
 * so a bump makes every entry stored before it stale at once, wherever it lives, without a scan.
 * Every method may reject (the store is away): the cache then calls the upstream instead.
 */
export interface CacheStore {
  /** The entry under `key` and the values of `versionKeys`, read together. */
  read(key: string, versionKeys: readonly string[]): Promise<StoredRead>;
  /** Stores `entry` under `key`; the store may drop it after `ttlMs`. */
  write(key: string, entry: string, ttlMs: number): Promise<void>;
  /** Gives each of `versionKeys` a value it never had before. */
  bump(versionKeys: readonly string[]): Promise<void>;
}

/** Options of {@link memoryCacheStore}. */
export interface MemoryCacheStoreOptions {
  /**
   * Bytes of entries kept (as the length of their JSON); the least recently used go first.
   * @default 67108864 (64 MiB)
   */
  maxBytes?: number;
  /**
   * Version keys kept; the least recently used go first.
   * @default 100000
   */
  maxVersions?: number;
}

/**
 * A {@link CacheStore} in this process: a bounded LRU of entries and one of version keys, for a
 * gateway without `REDIS_URL`, so that one replica caches exactly as many do.
 */
export function memoryCacheStore({
  maxBytes = 64 * 1024 * 1024,
  maxVersions = 100_000,
}: MemoryCacheStoreOptions = {}): CacheStore {
  const entries = new LRUCache<string, string>({
    maxSize: maxBytes,
    sizeCalculation: (entry) => Math.max(1, entry.length),
  });
  const versions = new LRUCache<string, string>({ max: maxVersions });
  // Every bump takes the next value of one counter rather than the key's own: a version key the LRU
  // evicted and bumped again can never come back to a value an entry still holds.
  let clock = 0;
  return {
    read: async (key, versionKeys) => ({
      entry: entries.get(key) ?? null,
      versions: versionKeys.map((versionKey) => versions.get(versionKey) ?? null),
    }),
    write: async (key, entry, ttlMs) => {
      entries.set(key, entry, { ttl: ttlMs });
    },
    bump: async (versionKeys) => {
      for (const versionKey of versionKeys) versions.set(versionKey, String(++clock));
    },
  };
}
