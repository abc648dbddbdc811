import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_CALLS_PER_SECOND } from '../config.ts';
import type { RequestContext } from '../context.ts';
import type { GatewayMetrics } from '../observability/metrics.ts';

/** How many seconds of calls an identity's bucket holds when full: its burst. */
export const BURST_SECONDS = 5;

/** A token bucket's shape: how fast it refills and how much it holds. */
export interface BucketShape {
  /** Tokens (upstream calls) added per second. */
  ratePerSecond: number;
  /** The most tokens it holds; a new bucket starts full. */
  capacity: number;
}

/** What {@link RateLimitStore.take} answers. */
export type Taken =
  | { taken: true }
  | {
      taken: false;
      /** The tokens the bucket holds now. */
      available: number;
      /** Whole seconds until it holds the tokens asked for. */
      retryAfterSeconds: number;
    };

/**
 * Where the buckets live. Taking is one step per key (check and take together), so a store shared
 * by several replicas can do it atomically.
 */
export interface RateLimitStore {
  /**
   * Refills the bucket of `key` up to now, then takes `tokens` from it if it holds that many;
   * otherwise takes nothing and answers how long until it will.
   */
  take(key: string, tokens: number, shape: BucketShape): Taken | Promise<Taken>;
  /** Puts `tokens` back into the bucket of `key`, never above its capacity. */
  give(key: string, tokens: number, shape: BucketShape): void | Promise<void>;
}

/** Options of {@link createMemoryRateLimitStore}. */
export interface MemoryRateLimitStoreOptions {
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
 * Token buckets in this process's memory, bounded by `maxKeys`: callers that stop calling make
 * room for new ones, so the map never grows with the number of identities ever seen.
 */
export function createMemoryRateLimitStore({
  maxKeys = 10_000,
  now = Date.now,
}: MemoryRateLimitStoreOptions = {}): RateLimitStore {
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
    take(key, tokens, shape) {
      const at = now();
      const available = refilled(key, at, shape);
      const taken = available >= tokens;
      store(key, taken ? available - tokens : available, at);
      if (taken) return { taken: true };
      return {
        taken: false,
        available,
        retryAfterSeconds: Math.max(1, Math.ceil((tokens - available) / shape.ratePerSecond)),
      };
    },
    give(key, tokens, shape) {
      const at = now();
      store(key, Math.min(shape.capacity, refilled(key, at, shape) + tokens), at);
    },
  };
}

/** Options of {@link useRateLimit}. */
export interface RateLimitOptions {
  /**
   * `RATE_LIMIT_CALLS_PER_SECOND`: the upstream calls per second each identity may be estimated to
   * make, with bursts of {@link BURST_SECONDS} times as many.
   * @default 50
   */
  callsPerSecond?: number;
  /**
   * Where the identities' buckets are kept.
   * @default createMemoryRateLimitStore()
   */
  store?: RateLimitStore;
}

/**
 * Charges each operation's estimated upstream calls to the bucket of the identity it acts as (its
 * `sub`), before it runs; one that does not fit is answered with HTTP 429, `Retry-After` and
 * `RATE_LIMITED`, and makes no call. `estimateOf` is the estimate the cost plugin made for the
 * request, so the document is measured once; this plugin must come after it. Once answered, what the
 * estimate overshot is given back, since estimates err high. An operation estimated above the burst is
 * charged the whole burst: it runs when its identity's bucket is full.
 */
export function useRateLimit({
  estimateOf,
  callsPerSecond = DEFAULT_CALLS_PER_SECOND,
  store = createMemoryRateLimitStore(),
  metrics,
}: RateLimitOptions & {
  estimateOf(request: Request): number | undefined;
  metrics?: GatewayMetrics | undefined;
}): Plugin<RequestContext> {
  const shape: BucketShape = { ratePerSecond: callsPerSecond, capacity: callsPerSecond * BURST_SECONDS };
  const charged = new WeakMap<Request, { sub: string; tokens: number; context: RequestContext }>();
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as RequestContext & { request: Request };
      const estimated = estimateOf(context.request) ?? 0;
      if (estimated === 0) return;
      const { sub } = context.identity;
      const tokens = Math.min(estimated, shape.capacity);
      const answer = await store.take(sub, tokens, shape);
      if (answer.taken) charged.set(context.request, { sub, tokens, context });
      else {
        metrics?.rateLimitRefused();
        setResultAndStopExecution({ errors: [rateLimited(sub, estimated, answer, shape)] });
      }
    },
    async onResultProcess({ request }) {
      const charge = charged.get(request);
      if (!charge) return;
      charged.delete(request);
      // settle() ends the request's upstream work, so its count is final; retries beyond the estimate are not charged.
      const overshoot = charge.tokens - charge.context.client.settle();
      if (overshoot > 0) await store.give(charge.sub, overshoot, shape);
    },
  };
}

function rateLimited(
  sub: string,
  estimated: number,
  { available, retryAfterSeconds }: Extract<Taken, { taken: false }>,
  { ratePerSecond, capacity }: BucketShape,
): GraphQLError {
  return new GraphQLError(
    `Rate limit of ${JSON.stringify(sub)} reached: the operation is estimated to make ${estimated} upstream ` +
      `requests and ${Math.floor(available)} are left; an identity may make ${ratePerSecond} per second, ` +
      `${capacity} at once (RATE_LIMIT_CALLS_PER_SECOND). Retry after ${retryAfterSeconds} s.`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfterSeconds,
        http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
      },
    },
  );
}
