import type { ChimeClient } from './client.ts';
import { ChimeError } from './errors.ts';
import { GetGlobalSettings } from './operations/settings.ts';

/** Whether the upstream answered, and why not when it did not. */
export type UpstreamCheck = { ready: true } | { ready: false; error: unknown };

/**
 * Readiness: the upstream answers a cheap signed read (GetGlobalSettings) within a few seconds. An
 * answer saying the legacy action is retired counts as an answer: the signature was accepted and
 * every Chime SDK namespace still serves, so the gateway stays ready.
 */
export async function checkUpstream(client: ChimeClient): Promise<UpstreamCheck> {
  try {
    await client.send(GetGlobalSettings, {}, { signal: AbortSignal.timeout(5_000) });
    return { ready: true };
  } catch (error) {
    if (error instanceof ChimeError && error.retired) return { ready: true };
    return { ready: false, error };
  }
}
