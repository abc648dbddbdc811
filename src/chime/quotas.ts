import { setTimeout as sleep } from 'node:timers/promises';
import { type BucketShape, createMemoryTokenBuckets, type TokenBuckets } from '../store/token-buckets.ts';
import { ChimeError } from './errors.ts';
import type { Operation } from './operation.ts';
import type { QuotaGate } from './quota.ts';

/** A Chime quota: the calls per second it allows, and how many of them may go at once. */
export interface Quota {
  ratePerSecond: number;
  /**
   * The calls that may go at once after a quiet spell: the bucket's capacity.
   * @default ratePerSecond (one second of calls), at least 1
   */
  burst?: number;
}

/** What a quota is counted per; also the `dimension` label of the quota metrics. */
export type QuotaDimension = 'bearer' | 'channel' | 'batch-resource' | 'operation';

/** The quota of each dimension. */
export type Quotas = Record<QuotaDimension, Quota>;

/**
 * Chime's quotas as the gateway paces them: messaging calls per AppInstanceUser bearer,
 * SendChannelMessage per channel, batch operations per resource, and a default per operation.
 */
export const DEFAULT_QUOTAS: Quotas = {
  bearer: { ratePerSecond: 10 },
  channel: { ratePerSecond: 30 },
  'batch-resource': { ratePerSecond: 1 },
  operation: { ratePerSecond: 10 },
};

/** The longest a call waits for its quota before it is refused: {@link QuotaGateOptions.maxWaitMs}. */
export const DEFAULT_MAX_QUOTA_WAIT_MS = 2000;

const BEARER_HEADER = 'x-amz-chime-bearer';
const LABEL = /\{(\w+)\}/g;

/** The bucket a call counts against: its dimension and the key of its bucket within it. */
export interface QuotaBucket {
  dimension: QuotaDimension;
  key: string;
}

/**
 * Which quota a call falls under. SendChannelMessage counts per channel; every other messaging call
 * per the bearer it acts as (the input member the operation sends as `x-amz-chime-bearer`); a
 * `Batch*` operation per the resource its path names (`/accounts/{AccountId}/users` filled in, so
 * the batch operations on one account's users share a bucket); any other per operation.
 */
export function quotaBucketOf(operation: Operation<object, unknown>, input: object): QuotaBucket {
  const members = input as Record<string, unknown>;
  if (operation.name === 'SendChannelMessage' && typeof members.ChannelArn === 'string')
    return { dimension: 'channel', key: `channel:${members.ChannelArn}` };
  if (operation.group === 'messaging') {
    const bearerMember = Object.entries(operation.headers ?? {}).find(
      ([, header]) => header === BEARER_HEADER,
    )?.[0];
    const bearer = bearerMember && members[bearerMember];
    if (typeof bearer === 'string') return { dimension: 'bearer', key: `bearer:${bearer}` };
  }
  if (operation.name.startsWith('Batch')) {
    const resource = operation.path.replace(LABEL, (_, name: string) => String(members[name]));
    return { dimension: 'batch-resource', key: `batch-resource:${resource}` };
  }
  return { dimension: 'operation', key: `operation:${operation.name}` };
}

/** Options of {@link createQuotaGate}. */
export interface QuotaGateOptions {
  /**
   * Where the buckets are kept: in Redis (`createRedisTokenBuckets`), every replica paces against
   * the same buckets.
   * @default createMemoryTokenBuckets()
   */
  buckets?: TokenBuckets;
  /**
   * The quota of each dimension; those left out keep their {@link DEFAULT_QUOTAS} value.
   * @default DEFAULT_QUOTAS
   */
  quotas?: Partial<Quotas>;
  /**
   * The longest a call waits for its quota; a call that would wait longer is refused at once.
   * @default 2000
   */
  maxWaitMs?: number;
  /** Told of every call let through, as it starts waiting, with the seconds it waits for its quota (0 for none). */
  onWait?: (dimension: QuotaDimension, seconds: number) => void;
  /** Told of every call refused because it would have waited longer than `maxWaitMs`. */
  onRefused?: (dimension: QuotaDimension) => void;
}

/**
 * Paces upstream calls below Chime's quotas with a token bucket per quota bucket
 * ({@link quotaBucketOf}). A call whose token is promised later waits for it (stopped by its
 * abort signal, when the token goes back to the bucket); one that would wait longer than
 * `maxWaitMs` is refused at once with a `ThrottledClientException` that is not retried, so no
 * caller waits out a queue it cannot get through, and the upstream never sees a 429 storm.
 */
export function createQuotaGate({
  buckets = createMemoryTokenBuckets(),
  quotas = {},
  maxWaitMs = DEFAULT_MAX_QUOTA_WAIT_MS,
  onWait,
  onRefused,
}: QuotaGateOptions = {}): QuotaGate {
  if (!(maxWaitMs >= 0)) throw new Error(`maxWaitMs must be 0 or more, got ${maxWaitMs}`);
  const shapes = {} as Record<QuotaDimension, BucketShape>;
  for (const dimension of Object.keys(DEFAULT_QUOTAS) as QuotaDimension[])
    shapes[dimension] = shapeOf(dimension, quotas[dimension] ?? DEFAULT_QUOTAS[dimension]);
  return {
    async acquire(operation, input, signal) {
      const { dimension, key } = quotaBucketOf(operation, input);
      const shape = shapes[dimension];
      const answer = await buckets.take(key, 1, shape, maxWaitMs);
      if (!answer.taken) {
        onRefused?.(dimension);
        throw throttled(operation.name, dimension, shape, answer.waitMs, maxWaitMs);
      }
      onWait?.(dimension, answer.waitMs / 1000);
      if (answer.waitMs === 0) return;
      try {
        await sleep(answer.waitMs, undefined, { signal });
      } catch {
        // The promised token is not used: the next waiter may have it.
        await buckets.give(key, 1, shape);
        throw new ChimeError({
          operation: operation.name,
          code: 'AbortError',
          message: 'the caller aborted the call',
          retryable: false,
          attempts: 0,
        });
      }
    },
  };
}

function shapeOf(dimension: QuotaDimension, { ratePerSecond, burst }: Quota): BucketShape {
  if (!(ratePerSecond > 0))
    throw new Error(`The ${dimension} quota needs ratePerSecond above 0, got ${ratePerSecond}`);
  const capacity = burst ?? Math.max(1, ratePerSecond);
  if (!(capacity >= 1)) throw new Error(`The ${dimension} quota needs a burst of 1 or more, got ${burst}`);
  return { ratePerSecond, capacity };
}

const PER: Record<QuotaDimension, string> = {
  bearer: 'per chime bearer',
  channel: 'per channel',
  'batch-resource': 'per resource',
  operation: 'for this operation',
};

function throttled(
  operation: string,
  dimension: QuotaDimension,
  { ratePerSecond }: BucketShape,
  waitMs: number,
  maxWaitMs: number,
): ChimeError {
  const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
  return new ChimeError({
    operation,
    code: 'ThrottledClientException',
    message:
      `not sent: Chime allows ${ratePerSecond} calls per second ${PER[dimension]}, and this one would ` +
      `wait ${seconds(waitMs)} for its turn, longer than the ${seconds(maxWaitMs)} the gateway waits`,
    retryable: false,
    attempts: 0,
  });
}
