import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

/*
 * Cursors are signed: what a client edits in one, or makes up, is refused before any upstream
 * call, and the page size a cursor carries never exceeds the operation's cap.
 */

const USERS = `query ($accountId: String!, $first: Int, $after: String) {
  account(accountId: $accountId) {
    users(first: $first, after: $after) { edges { cursor node { userId } } pageInfo { hasNextPage endCursor } }
  }
}`;

interface UsersPage {
  account: {
    users: {
      edges: { cursor: string; node: { userId: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  };
}

/** A cursor with its payload's fields changed by `edit`, keeping the original signature. */
function edited(cursor: string, edit: (fields: unknown[]) => unknown[]): string {
  const [payload, signature] = cursor.split('.') as [string, string];
  const fields = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown[];
  return `${Buffer.from(JSON.stringify(edit(fields))).toString('base64url')}.${signature}`;
}

describe('cursors', () => {
  let gateway: TestGateway;
  let accountId: string;
  let otherAccountId: string;

  beforeAll(async () => {
    gateway = await startTestGateway({ seed: 'demo' });
    const accounts = await gateway.query<{ accounts: { nodes: { accountId: string }[] } }>(
      '{ accounts(first: 2) { nodes { accountId } } }',
    );
    [accountId, otherAccountId] = accounts.data!.accounts.nodes.map((node) => node.accountId) as [
      string,
      string,
    ];
  });
  afterAll(() => gateway.close());

  async function page(variables: Record<string, unknown>) {
    await gateway.resetStats();
    const result = await gateway.query<UsersPage>(USERS, { accountId, ...variables });
    return { result, stats: await gateway.stats() };
  }

  it('pages on with a cursor it made, asking the upstream for no more than its cap', async () => {
    const first = await page({ first: 100 });
    const seen = first.result.data!.account.users.edges.map((edge) => edge.node.userId);
    const middle = first.result.data!.account.users.edges[49]!.cursor;

    const next = await page({ first: 100, after: first.result.data!.account.users.pageInfo.endCursor });
    expect(next.result.errors).toBeUndefined();
    const more = next.result.data!.account.users.edges.map((edge) => edge.node.userId);
    expect(more).toHaveLength(100);
    expect(more.some((userId) => seen.includes(userId))).toBe(false);

    const resumed = await page({ first: 10, after: middle });
    expect(resumed.result.data!.account.users.edges.map((edge) => edge.node.userId)).toEqual(
      seen.slice(50, 60),
    );
    for (const request of [...next.stats.requests, ...resumed.stats.requests].filter(
      (item) => item.operation === 'ListUsers',
    ))
      expect(Number(request.query['max-results'])).toBeLessThanOrEqual(200);
  });

  it.each([
    ['an edited page size', (cursor: string) => edited(cursor, ([v, s, t, , o]) => [v, s, t, 1000, o])],
    ['an edited offset', (cursor: string) => edited(cursor, ([v, s, t, m]) => [v, s, t, m, 0])],
    ['an edited token', (cursor: string) => edited(cursor, ([v, s, , m, o]) => [v, s, 'forged', m, o])],
    [
      'an edited signature',
      (cursor: string) => {
        // One character of the signature changed, always to another one.
        const [payload, signature] = cursor.split('.') as [string, string];
        return `${payload}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
      },
    ],
    ['no signature', (cursor: string) => cursor.split('.')[0]!],
    ['garbage', () => 'bm90LWEtY3Vyc29y'],
    [
      'the old unsigned form',
      () => Buffer.from('{"v":1,"s":"x","t":null,"m":1000,"o":0}').toString('base64url'),
    ],
  ])('refuses %s as BAD_USER_INPUT without an upstream call', async (_, forge) => {
    const made = await page({ first: 5 });
    const after = forge(made.result.data!.account.users.edges[2]!.cursor);
    const { result, stats } = await page({ first: 5, after });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('is not a cursor this gateway made'),
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    // GetAccount starts beside ListUsers; no ListUsers is sent.
    expect(stats.calls.ListUsers).toBeUndefined();
  });

  it('refuses a cursor of another account’s users without listing them', async () => {
    const made = await page({ first: 5 });
    await gateway.resetStats();
    const result = await gateway.query<UsersPage>(USERS, {
      accountId: otherAccountId,
      first: 5,
      after: made.result.data!.account.users.pageInfo.endCursor,
    });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('made for another connection'),
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    expect((await gateway.stats()).calls.ListUsers).toBeUndefined();
  });

  it('refuses a forged cursor of a root connection with zero upstream calls', async () => {
    await gateway.resetStats();
    const result = await gateway.query(
      'query ($after: String) { voiceConnectors(first: 5, after: $after) { nodes { name } } }',
      {
        after: 'eyJ2IjoxfQ.AAAAAAAAAAAAAAAAAAAAAA',
      },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gateway.stats()).total).toBe(0);
  });
});
