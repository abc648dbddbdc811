import { ChimeClient } from '@aws-sdk/client-chime';
import type { ChimeLocal } from '../../src/chime-local/server.ts';

/** A legacy Chime SDK client pointed at a chime-local, signing with the given (default: valid) keys. */
export function adminClient(
  local: ChimeLocal,
  credentials = { accessKeyId: 'test', secretAccessKey: 'test' },
): ChimeClient {
  return new ChimeClient({ endpoint: local.url, region: 'us-east-1', credentials, maxAttempts: 1 });
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(
  promise: Promise<unknown>,
): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
