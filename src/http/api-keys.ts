import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError } from '../config.ts';
import { type Identity, IdentityShapeError, identityOf } from '../identity.ts';

/** One entry of the API keys file: the key's digest and the identity it stands for. */
interface ApiKey {
  sha256: Buffer;
  identity: Identity;
}

/** The SHA-256 of an API key, hex: what the keys file stores instead of the key. */
export function apiKeyDigest(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * Reads `AUTH_API_KEYS_FILE`: a JSON list of `{"name", "sha256", "role", "accounts", "bearer"}` (bearer
 * optional). Throws a `ConfigError` naming the file, the entry and the field that is wrong, so a bad
 * file stops the gateway at start-up rather than refusing callers later.
 */
export function readApiKeys(path: string): ApiKey[] {
  const where = `AUTH_API_KEYS_FILE (${path})`;
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${where} must be a readable JSON file: ${(error as Error).message}`);
  }
  if (!Array.isArray(entries))
    throw new ConfigError(`${where} must hold a JSON list of {"name", "sha256", "role", "accounts"}`);
  const names = new Set<string>();
  const digests = new Set<string>();
  return entries.map((entry: Record<string, unknown>, index) => {
    const at = `${where} entry ${index}`;
    if (typeof entry !== 'object' || entry === null) throw new ConfigError(`${at} must be an object`);
    const { name, sha256 } = entry;
    if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/i.test(sha256))
      throw new ConfigError(`${at}: sha256 must be 64 hex digits (npm run api-key prints it)`);
    let identity: Identity;
    try {
      identity = identityOf(
        { sub: name, role: entry.role, accounts: entry.accounts, bearer: entry.bearer },
        (field) => `${at}: ${field === 'sub' ? 'name' : field}`,
      );
    } catch (error) {
      if (error instanceof IdentityShapeError) throw new ConfigError(error.message);
      throw error;
    }
    if (names.has(identity.sub)) throw new ConfigError(`${at}: name ${JSON.stringify(name)} is used twice`);
    names.add(identity.sub);
    if (digests.has(sha256.toLowerCase()))
      throw new ConfigError(`${at}: its sha256 is another entry's too, so the key would be ambiguous`);
    digests.add(sha256.toLowerCase());
    return { sha256: Buffer.from(sha256, 'hex'), identity };
  });
}

/**
 * The identity of the API key `key`, or undefined when no entry has its digest. Digests are compared
 * in constant time, every entry each time, so the answer's timing tells nothing about the entries.
 */
export function apiKeyIdentity(keys: readonly ApiKey[], key: string): Identity | undefined {
  const digest = Buffer.from(apiKeyDigest(key), 'hex');
  let found: Identity | undefined;
  for (const entry of keys) if (timingSafeEqual(entry.sha256, digest)) found ??= entry.identity;
  return found;
}
