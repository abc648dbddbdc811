import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operation } from '../../src/chime/operation.ts';
import * as catalog from '../../src/chime/operations/index.ts';
import { type ChimeLocal, startChimeLocal } from '../../src/chime-local/server.ts';

const operations = Object.values(catalog as Record<string, unknown>).filter(
  (value): value is Operation<object, unknown> =>
    typeof value === 'object' && value !== null && 'successStatus' in value,
);

let local: ChimeLocal;

beforeAll(async () => {
  local = await startChimeLocal({ port: 0, seed: 'none' });
});
afterAll(() => local.close());

/** The operation's request line with a sample value in each label: where the gateway sends it. */
function urlOf(operation: Operation<object, unknown>): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, label: string) => `sample-${label}`);
  const query = new URLSearchParams(operation.fixedQuery ?? {}).toString();
  return `${local.url}${path}${query ? `?${query}` : ''}`;
}

describe('chime-local', () => {
  // chime-local counts a call as soon as it knows the operation, before it checks the signature, so
  // an unsigned request shows which operation its method, path and fixed query reach.
  it.each(operations.map((operation) => [operation.name, operation] as const))(
    'serves %s at the method, path and fixed query the catalog sends it to',
    async (name, operation) => {
      local.control.resetStats();
      const response = await fetch(urlOf(operation), {
        method: operation.method,
        ...(operation.method === 'GET' || operation.method === 'DELETE' ? {} : { body: '{}' }),
      });
      await response.arrayBuffer();
      expect(response.headers.get('x-amzn-errortype')).not.toBe('UnknownOperationException');
      expect(local.control.stats().calls).toEqual({ [name]: 1 });
    },
  );
});
