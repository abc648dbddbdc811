import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

const SECRET = 'one-secret-every-replica-shares-0123456789';
const ACCOUNTS = `query ($after: String) {
  accounts(first: 1, after: $after) { nodes { accountId } pageInfo { hasNextPage endCursor } }
}`;

describe('CURSOR_SECRET across replicas', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({ seed: 'demo', gateway: { cursorSecret: SECRET } });
  });
  afterAll(() => gateway.close());

  it("lets a replica with the same secret resume another's cursor where it would itself", async () => {
    const first = await gateway.query(ACCOUNTS);
    const { endCursor, hasNextPage } = first.data!.accounts.pageInfo;
    expect(hasNextPage).toBe(true);
    const here = await gateway.query(ACCOUNTS, { after: endCursor });
    const there = await gateway.replica({ cursorSecret: SECRET }).query(ACCOUNTS, { after: endCursor });
    expect(there.errors).toBeUndefined();
    expect(there.data).toEqual(here.data);
    expect(there.data!.accounts.nodes[0].accountId).not.toBe(first.data!.accounts.nodes[0].accountId);
  });

  it('refuses, as BAD_USER_INPUT and before any upstream call, a cursor signed with another secret', async () => {
    const { endCursor } = (await gateway.query(ACCOUNTS)).data!.accounts.pageInfo;
    const other = gateway.replica({ cursorSecret: 'another-secret-of-another-deployment-0123' });
    await gateway.resetStats();
    const result = await other.query(ACCOUNTS, { after: endCursor });
    expect(result.data?.accounts ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toMatch(/not a cursor this gateway made/);
    expect((await gateway.stats()).total).toBe(0);
  });
});
