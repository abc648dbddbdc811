import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_CALLS_PER_SECOND } from '../config.ts';
import type { RequestContext } from '../context.ts';
import type { GatewayMetrics } from '../observability/metrics.ts';
import {
  type BucketShape,
  createMemoryTokenBuckets,
  type Taken,
  type TokenBuckets,
} from '../store/token-buckets.ts';

/** How many seconds of calls an identity's bucket holds when full: its burst. */
export const BURST_SECONDS = 5;

/** Options of {@link useRateLimit}. */
export interface RateLimitOptions {
  /**
   * `RATE_LIMIT_CALLS_PER_SECOND`: the upstream calls per second each identity may be estimated to
   * make, with bursts of {@link BURST_SECONDS} times as many.
   * @default 50
   */
  callsPerSecond?: number;
  /**
   * Where the identities' buckets are kept: in Redis (`createRedisTokenBuckets`), replicas share
   * each identity's budget.
   * @default createMemoryTokenBuckets()
   */
  store?: TokenBuckets;
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
  store = createMemoryTokenBuckets(),
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
  { available, waitMs }: Extract<Taken, { taken: false }>,
  { ratePerSecond, capacity }: BucketShape,
): GraphQLError {
  const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new GraphQLError(
    `Rate limit of ${JSON.stringify(sub)} reached: the operation is estimated to make ${estimated} upstream ` +
      `requests and ${Math.max(0, Math.floor(available))} are left; an identity may make ${ratePerSecond} per second, ` +
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
