import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

const ACCOUNTS = 'query Accounts { accounts(first: 5) { nodes { name } } }';
const CREATE = 'mutation { createAccount(input: { name: "Untrusted Corp" }) { account { name } } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const documents = { [sha256(ACCOUNTS)]: ACCOUNTS };

let open: TestGateway;
let only: TestGateway;
beforeAll(async () => {
  open = await startTestGateway({ seed: 'demo', gateway: { persistedOperations: documents } });
  only = await startTestGateway({
    seed: 'demo',
    gateway: { persistedOperations: documents, persistedOnly: true },
  });
});
afterAll(async () => {
  await open.close();
  await only.close();
});
beforeEach(async () => {
  await open.resetStats();
  await only.resetStats();
});

async function post(gateway: TestGateway, body: Record<string, unknown>) {
  const response = await gateway.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, result: (await response.json()) as any };
}

const byHash = { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(ACCOUNTS) } } };

describe('trusted documents', () => {
  it.each([
    ['extensions.persistedQuery.sha256Hash', byHash],
    ['documentId', { documentId: sha256(ACCOUNTS) }],
    ['a sha256:-prefixed documentId', { documentId: `sha256:${sha256(ACCOUNTS)}` }],
  ])('serves a trusted document named by %s', async (_name, body) => {
    for (const gateway of [open, only]) {
      const { status, result } = await post(gateway, body);
      expect(status).toBe(200);
      expect(result.errors).toBeUndefined();
      expect(result.data.accounts.nodes.length).toBeGreaterThan(0);
      expect((await gateway.stats()).calls.ListAccounts).toBe(1);
    }
  });

  it('serves a trusted document by GET', async () => {
    const extensions = encodeURIComponent(JSON.stringify(byHash.extensions));
    const response = await only.fetch(`/graphql?extensions=${extensions}`, {
      headers: { 'x-graphql-yoga-csrf': '1' },
    });
    expect(((await response.json()) as any).data.accounts.nodes.length).toBeGreaterThan(0);
  });

  it('refuses an unknown hash with BAD_USER_INPUT naming it, before any upstream call', async () => {
    const { status, result } = await post(open, { documentId: 'f'.repeat(64) });
    expect(status).toBe(400);
    expect(result.errors[0]).toMatchObject({
      message: `No trusted document has the sha256 hash "${'f'.repeat(64)}".`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await open.stats()).total).toBe(0);
  });

  it('with PERSISTED_ONLY refuses any document the request sends, before any upstream call', async () => {
    for (const query of [CREATE, ACCOUNTS]) {
      const { status, result } = await post(only, { query });
      expect(status).toBe(400);
      expect(result.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors[0].message).toMatch(/Only trusted documents are served \(PERSISTED_ONLY\)/);
    }
    expect((await only.stats()).total).toBe(0);
  });

  it('without PERSISTED_ONLY serves the request’s own documents too', async () => {
    const { result } = await post(open, { query: '{ accounts(first: 1) { nodes { name } } }' });
    expect(result.errors).toBeUndefined();
    expect((await open.stats()).calls.ListAccounts).toBe(1);
  });

  it('asks for a query or a hash when the request sends neither', async () => {
    const { status, result } = await post(open, { variables: {} });
    expect(status).toBe(400);
    expect(result.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors[0].message).toMatch(/must send a query or name a trusted document/);
  });
});
