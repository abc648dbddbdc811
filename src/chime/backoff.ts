/** How long to wait between attempts. */
export interface BackoffPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Capped exponential backoff with full jitter: a uniformly random wait in
 * `[0, min(maxDelayMs, baseDelayMs · 2^(retry − 1))]`, so many callers throttled together spread out
 * instead of retrying in lockstep. `retry` counts from 1; `random` returns a number in [0, 1).
 */
export function backoffDelayMs(
  retry: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * A `Retry-After` header as milliseconds from `now`: either delay-seconds (`120`, fractions allowed) or an
 * HTTP date. Undefined when absent or unreadable; never negative.
 */
export function parseRetryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
