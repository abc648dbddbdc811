import type { Redis } from 'ioredis';
import type { CacheStore } from './cache-store.ts';

/**
 * A {@link CacheStore} in the Redis every replica shares (`REDIS_URL`): an entry and its version
 * keys are one `MGET`, an entry is a `SET … PX`, a bump is an `INCR` per version key. Version keys
 * carry no expiry, so that a counter never starts over under an entry still alive. While the
 * connection is not ready, every call rejects at once: the request goes upstream instead of
 * waiting for a reconnect.
 */
export function redisCacheStore(redis: Redis): CacheStore {
  const connected = () => {
    if (redis.status !== 'ready') throw new Error('redis is not connected');
  };
  return {
    async read(key, versionKeys) {
      connected();
      const [entry = null, ...versions] = await redis.mget(key, ...versionKeys);
      return { entry, versions };
    },
    async write(key, entry, ttlMs) {
      connected();
      await redis.set(key, entry, 'PX', ttlMs);
    },
    async bump(versionKeys) {
      connected();
      await Promise.all(versionKeys.map((versionKey) => redis.incr(versionKey)));
    },
  };
}
