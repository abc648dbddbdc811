import { ChimeClient } from '@aws-sdk/client-chime';
import { afterAll, beforeAll } from 'vitest';
import { type ChimeLocal, startChimeLocal } from '../../src/chime-local/server.ts';

/** A legacy Chime SDK client pointed at a chime-local, signing with the given (default: valid) keys. */
export function adminClient(
  local: ChimeLocal,
  credentials = { accessKeyId: 'test', secretAccessKey: 'test' },
): ChimeClient {
  return new ChimeClient({ endpoint: local.url, region: 'us-east-1', credentials, maxAttempts: 1 });
}

/** A chime-local a test file runs against and its admin client; set once the file's first `beforeAll` has run. */
export interface AdminLocal {
  local: ChimeLocal;
  admin: ChimeClient;
}

/**
 * Starts a chime-local (`seed`: none unless told) with an admin client before the calling file's
 * tests, and closes both after them. Register it before the file's other hooks, which may use it.
 */
export function useAdminLocal(seed: 'none' | 'demo' = 'none'): AdminLocal {
  const fixture = {} as AdminLocal;
  beforeAll(async () => {
    fixture.local = await startChimeLocal({ port: 0, seed });
    fixture.admin = adminClient(fixture.local);
  });
  afterAll(async () => {
    // Either may be missing when starting failed; that failure is the one to report.
    fixture.admin?.destroy();
    await fixture.local?.close();
  });
  return fixture;
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
