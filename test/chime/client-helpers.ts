import { expect } from 'vitest';
import { ChimeClient, type ChimeClientConfig } from '../../src/chime/client.ts';
import { staticCredentials } from '../../src/chime/credentials.ts';
import { resolveEndpoints } from '../../src/chime/endpoints.ts';
import { ChimeError } from '../../src/chime/errors.ts';

/**
 * A client of the upstream at `url` with the test key pair and backoffs of at most
 * `maxDelayMs`, so retries cost milliseconds; `overrides` change the rest.
 */
export function testClient(
  url: string,
  maxDelayMs: number,
  overrides: Partial<ChimeClientConfig> = {},
): ChimeClient {
  return new ChimeClient({
    endpoints: resolveEndpoints(url),
    credentials: staticCredentials('test', 'test'),
    baseDelayMs: 1,
    maxDelayMs,
    ...overrides,
  });
}

/** The ChimeError `promise` rejects with (fails the test when it resolves or throws anything else). */
export async function chimeErrorOf(promise: Promise<unknown>): Promise<ChimeError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`expected a ChimeError, got ${JSON.stringify(value)}`);
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ChimeError);
  return error as ChimeError;
}
