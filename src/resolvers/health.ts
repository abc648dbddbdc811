import type { ChimeClient } from '../chime/client.ts';
import { GetGlobalSettings } from '../chime/operations/settings.ts';

/** Readiness: the upstream answers a cheap signed read (GetGlobalSettings) within a few seconds. */
export async function checkUpstream(client: ChimeClient): Promise<boolean> {
  try {
    await client.send(GetGlobalSettings, {}, { signal: AbortSignal.timeout(5_000) });
    return true;
  } catch {
    return false;
  }
}
