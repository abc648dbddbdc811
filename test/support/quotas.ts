import { expect } from 'vitest';
import { DEMO_GENERAL_CHANNEL_ARN } from '../../src/chime-local/messaging/seed.ts';
import type { Stats } from './gateway.ts';

/** A message to the demo channel "General", as a client sends it; only its id and user errors read back. */
export const SEND_TO_GENERAL = `mutation ($content: String!) {
  sendChannelMessage(input: { channelArn: "${DEMO_GENERAL_CHANNEL_ARN}", content: $content }) {
    messageId
    userErrors { code }
  }
}`;

/**
 * How late, as a share of the interval, one upstream request may arrive after the time its token
 * was promised for, which brings it closer to the next one: timers, the local network, and the
 * event loop stalls of a busy machine that fire two due timers together.
 */
const LATENESS = 0.4;

/**
 * Expects the arrivals of `operation` in chime-local's request log to keep to a token bucket of
 * `ratePerSecond` holding `burst`: the j-th arrival comes at least `j - i - burst + 1` intervals after
 * the i-th (less a share of one interval for lateness), so unpaced calls, which arrive together, fail it.
 */
export function expectPaced(
  stats: Stats,
  operation: string,
  { ratePerSecond, burst }: { ratePerSecond: number; burst: number },
): number[] {
  const arrivals = stats.requests
    .filter((request) => request.operation === operation)
    .map((request) => request.arrivedAtMs)
    .sort((a, b) => a - b);
  const intervalMs = 1000 / ratePerSecond;
  for (let i = 0; i < arrivals.length; i++)
    for (let j = i + burst; j < arrivals.length; j++)
      expect(
        arrivals[j]! - arrivals[i]!,
        `${operation} arrivals ${i} and ${j} of ${JSON.stringify(arrivals)}`,
      ).toBeGreaterThanOrEqual((j - i - burst + 1 - LATENESS) * intervalMs);
  return arrivals;
}
