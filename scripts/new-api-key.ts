import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { apiKeyDigest } from '../src/http/api-keys.ts';
import { identityOf } from '../src/identity.ts';

/** A new API key, its SHA-256, and the keys file entry that stands for it. */
export interface NewApiKey {
  key: string;
  sha256: string;
  entry: Record<string, unknown>;
}

/**
 * Makes a random API key (32 bytes, base64url, prefixed so it is recognisable in a secret scanner)
 * for the identity `{ name, role, accounts, bearer }`, checked as the gateway will check it.
 */
export function newApiKey(options: {
  name: string;
  role: string;
  accounts: string[];
  bearer?: string;
}): NewApiKey {
  const { name, role, accounts, bearer } = options;
  identityOf({ sub: name, role, accounts, bearer }, (field) => `--${field === 'sub' ? 'name' : field}`);
  const key = `cgk_${randomBytes(32).toString('base64url')}`;
  const sha256 = apiKeyDigest(key);
  return { key, sha256, entry: { name, sha256, role, accounts, ...(bearer ? { bearer } : {}) } };
}

/**
 * `npm run api-key -- --name NAME --accounts ID,ID|'*' [--role viewer|operator|admin] [--bearer ARN]`:
 * prints a new key (give it to the caller; it is not stored anywhere), its SHA-256, and the JSON
 * entry to add to the AUTH_API_KEYS_FILE list.
 */
function main(): void {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      role: { type: 'string', default: 'viewer' },
      // No default: reaching every account has to be asked for, as --accounts '*'.
      accounts: { type: 'string' },
      bearer: { type: 'string' },
    },
  });
  try {
    const created = newApiKey({
      name: values.name ?? '',
      role: values.role,
      accounts: (values.accounts ?? '').split(',').map((id) => id.trim()),
      ...(values.bearer ? { bearer: values.bearer } : {}),
    });
    console.log(`key:    ${created.key}`);
    console.log(`sha256: ${created.sha256}`);
    console.log(`entry:  ${JSON.stringify(created.entry)}`);
    console.log('Give the key to its caller (header x-api-key) and add the entry to AUTH_API_KEYS_FILE;');
    console.log('the key is shown this once and stored nowhere.');
  } catch (error) {
    console.error(`npm run api-key: ${(error as Error).message}`);
    console.error(
      "usage: npm run api-key -- --name NAME --accounts ID,ID|'*' [--role viewer|operator|admin] [--bearer ARN]",
    );
    process.exit(2);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
