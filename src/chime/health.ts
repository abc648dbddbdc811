import type { ChimeClient } from './client.ts';
import { GetGlobalSettings } from './operations/settings.ts';

/** Whether the upstream answered, and why not when it did not. */
export type UpstreamCheck = { ready: true } | { ready: false; error: unknown };

/** Readiness: the upstream answers a cheap signed read (GetGlobalSettings) within a few seconds. */
export async function checkUpstream(client: ChimeClient): Promise<UpstreamCheck> {
  try {
    await client.send(GetGlobalSettings, {}, { signal: AbortSignal.timeout(5_000) });
    return { ready: true };
  } catch (error) {
    return { ready: false, error };
  }
}
