import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** A token bucket's shape: how fast it refills and how much it holds. */
export interface BucketShape {
  /** Tokens added per second. */
  ratePerSecond: number;
  /** The most tokens it holds; a new bucket starts full. */
  capacity: number;
}

/** What {@link TokenBuckets.take} answers. */
export type Taken =
  | {
      taken: true;
      /** Milliseconds until the tokens taken may be used: 0 when the bucket held them already. */
      waitMs: number;
    }
  | {
      taken: false;
      /** The tokens the bucket holds now (below zero while later tokens are promised to waiters). */
      available: number;
      /** Milliseconds until it will hold the tokens asked for. */
      waitMs: number;
    };

/**
 * Token buckets by key. Taking is one step per key (refill, check and take together), so a store
 * shared by several replicas can do it atomically.
 */
export interface TokenBuckets {
  /**
   * Refills the bucket of `key` up to now, then takes `tokens` from it if it holds them now or will
   * within `maxWaitMs`, answering how long until they may be used; a bucket that will not takes
   * nothing. Tokens taken ahead are promised: the bucket goes below zero until it refills, so
   * waiters are served in the order they asked.
   */
  take(key: string, tokens: number, shape: BucketShape, maxWaitMs?: number): Promise<Taken>;
  /** Puts `tokens` back into the bucket of `key`, never above its capacity. */
  give(key: string, tokens: number, shape: BucketShape): Promise<void>;
}

/** Options of {@link createMemoryTokenBuckets}. */
export interface MemoryTokenBucketsOptions {
  /**
   * The most buckets kept; past it the least recently used is dropped (it is then full again).
   * @default 10000
   */
  maxKeys?: number;
  /**
   * The clock buckets refill by, in milliseconds.
   * @default Date.now
   */
  now?: () => number;
}

/**
 * Token buckets in this process's memory, bounded by `maxKeys`: keys that stop being used make
 * room for new ones, so the map never grows with the number of keys ever seen.
 */
export function createMemoryTokenBuckets({
  maxKeys = 10_000,
  now = Date.now,
}: MemoryTokenBucketsOptions = {}): TokenBuckets {
  const buckets = new Map<string, { tokens: number; at: number }>();
  /** The bucket's tokens at `at`, refilled since it was last used; a new bucket is full. */
  const refilled = (key: string, at: number, { ratePerSecond, capacity }: BucketShape) => {
    const bucket = buckets.get(key);
    if (!bucket) return capacity;
    return Math.min(capacity, bucket.tokens + (Math.max(0, at - bucket.at) / 1000) * ratePerSecond);
  };
  const store = (key: string, tokens: number, at: number) => {
    // Deleting first moves the key to the end: the map's order is the order of use.
    buckets.delete(key);
    buckets.set(key, { tokens, at });
    if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!);
  };
  return {
    async take(key, tokens, shape, maxWaitMs = 0) {
      const at = now();
      const available = refilled(key, at, shape);
      const waitMs = Math.max(0, ((tokens - available) / shape.ratePerSecond) * 1000);
      const taken = waitMs <= maxWaitMs;
      store(key, taken ? available - tokens : available, at);
      return taken ? { taken, waitMs } : { taken, available, waitMs };
    },
    async give(key, tokens, shape) {
      const at = now();
      store(key, Math.min(shape.capacity, refilled(key, at, shape) + tokens), at);
    },
  };
}

/**
 * The same step as the memory store's `take`, atomic in Redis, by Redis's clock (`TIME`) so that
 * replicas' clocks do not matter. A bucket is a hash {tokens, at}; it expires once it would be
 * full again, since a missing bucket is a full one. `give` is a take of minus the tokens.
 * Numbers come back as strings: Redis would cut Lua numbers to integers.
 */
const TAKE_SCRIPT = `
-- Redis before 7 replicates a script by its text unless told to replicate its writes instead.
if redis.replicate_commands then redis.replicate_commands() end
local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local wanted = tonumber(ARGV[3])
local maxWait = tonumber(ARGV[4])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local available = capacity
if state[1] then
  available = math.min(capacity, tonumber(state[1]) + math.max(0, now - tonumber(state[2])) * rate / 1000)
end
local wait = math.max(0, (wanted - available) * 1000 / rate)
local taken = wait <= maxWait
local left = available
if taken then left = math.min(capacity, available - wanted) end
redis.call('HSET', KEYS[1], 'tokens', tostring(left), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.max(1, math.ceil((capacity - left) * 1000 / rate)))
return { taken and 1 or 0, tostring(available), tostring(wait) }
`;

type TakeCommand = (key: string, ...args: (string | number)[]) => Promise<[number, string, string]>;

/** Options of {@link createRedisTokenBuckets}. */
export interface RedisTokenBucketsOptions {
  /** Put before every key, so that each user of the connection has its own buckets. */
  prefix: string;
  /** Told, at warn, when Redis stops answering and the buckets move into this process, and when they move back. */
  logger: Logger;
  /**
   * Where the buckets are kept while Redis is away.
   * @default createMemoryTokenBuckets()
   */
  fallback?: TokenBuckets;
  /**
   * How long a bucket waits for Redis's answer before the fallback answers instead: a Redis that
   * is connected but does not answer must not hold requests either.
   * @default 500
   */
  timeoutMs?: number;
}

/**
 * Token buckets in Redis, shared by every replica that uses the same Redis and prefix. While Redis
 * is not connected, or a command fails, the `fallback` buckets in this process answer instead: a
 * request is never failed, nor held, because Redis is away; each replica then keeps its own
 * budget until Redis is back.
 */
export function createRedisTokenBuckets(
  redis: Redis,
  { prefix, logger, fallback = createMemoryTokenBuckets(), timeoutMs = 500 }: RedisTokenBucketsOptions,
): TokenBuckets {
  if (!('takeTokens' in redis)) redis.defineCommand('takeTokens', { numberOfKeys: 1, lua: TAKE_SCRIPT });
  const takeTokens = (redis as unknown as { takeTokens: TakeCommand }).takeTokens.bind(redis);
  let shared = true;
  const sharing = (now: boolean, error?: unknown) => {
    if (now === shared) return;
    shared = now;
    if (now) logger.info({ buckets: prefix }, 'token buckets are shared through redis again');
    else
      logger.warn(
        { buckets: prefix, code: errorCode(error) },
        'redis unavailable: token buckets are kept in this process until it is back',
      );
  };
  /** The Redis answer, or undefined (and the fallback's turn) when Redis cannot give one now. */
  const inRedis = async (key: string, args: number[]) => {
    // A command sent while Redis reconnects would wait for it: go to the fallback at once instead.
    if (redis.status !== 'ready') {
      sharing(false);
      return undefined;
    }
    try {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(Object.assign(new Error('no answer'), { code: 'ETIMEDOUT' })),
          timeoutMs,
        );
      });
      const answer = await Promise.race([takeTokens(prefix + key, ...args), timedOut]).finally(() =>
        clearTimeout(timer),
      );
      sharing(true);
      return answer;
    } catch (error) {
      sharing(false, error);
      return undefined;
    }
  };
  return {
    async take(key, tokens, shape, maxWaitMs = 0) {
      const answer = await inRedis(key, [shape.ratePerSecond, shape.capacity, tokens, maxWaitMs]);
      if (!answer) return fallback.take(key, tokens, shape, maxWaitMs);
      const [taken, available, waitMs] = answer;
      return taken === 1
        ? { taken: true, waitMs: Number(waitMs) }
        : { taken: false, available: Number(available), waitMs: Number(waitMs) };
    },
    async give(key, tokens, shape) {
      const answer = await inRedis(key, [shape.ratePerSecond, shape.capacity, -tokens, 0]);
      if (!answer) await fallback.give(key, tokens, shape);
    },
  };
}

/** What went wrong, by its code or name only: a message may name the Redis host. */
function errorCode(error: unknown): string {
  if (error === undefined) return 'not connected';
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.name : 'unknown error');
}

/**
 * The buckets under `prefix`: shared through `redis` (see {@link createRedisTokenBuckets}) when the
 * gateway has one (`REDIS_URL`), otherwise in this process.
 */
export function tokenBucketsIn(redis: Redis | undefined, prefix: string, logger: Logger): TokenBuckets {
  return redis ? createRedisTokenBuckets(redis, { prefix, logger }) : createMemoryTokenBuckets();
}
