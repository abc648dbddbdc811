import { setTimeout as sleep } from 'node:timers/promises';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';

export type { AwsCredentialIdentity, AwsCredentialIdentityProvider };

/** What the client signs with: fixed keys, or a provider asked before each signature (it caches). */
export type ChimeCredentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;

/**
 * The AWS default credential chain (environment, SSO, shared files, web identity, container and
 * instance metadata), memoized and refreshed before expiry: what the gateway signs real calls with.
 */
export function defaultCredentialChain(): AwsCredentialIdentityProvider {
  return fromNodeProviderChain();
}

/**
 * Asks `provider` once, for at most `timeoutMs`: undefined when it finds credentials (or is still
 * looking, as instance metadata may be), else why it found none. For the start-up log only: the
 * provider keeps being asked before each signature.
 */
export async function findCredentials(
  provider: AwsCredentialIdentityProvider,
  timeoutMs = 3_000,
): Promise<string | undefined> {
  // Unreferenced, so that a quick answer leaves no timer holding the process.
  const stillLooking = sleep(timeoutMs, undefined, { ref: false });
  try {
    await Promise.race([provider(), stillLooking]);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Fixed keys, e.g. chime-local's `test`/`test` pair. */
export function staticCredentials(
  accessKeyId: string,
  secretAccessKey: string,
  sessionToken?: string,
): AwsCredentialIdentity {
  if (!accessKeyId || !secretAccessKey)
    throw new Error('Static credentials need an access key id and a secret');
  return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
}

/**
 * The credentials for `CHIME_ENDPOINT`: the default chain for `aws`; for a URL (chime-local, a proxy)
 * the keys in `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY`, by default chime-local's `test`/`test`.
 */
export function credentialsFor(
  target: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ChimeCredentials {
  if (target === 'aws') return defaultCredentialChain();
  return staticCredentials(
    env.AWS_ACCESS_KEY_ID || 'test',
    env.AWS_SECRET_ACCESS_KEY || 'test',
    env.AWS_SESSION_TOKEN || undefined,
  );
}
