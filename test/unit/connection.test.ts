import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.ts';
import { type Connection, type PageReader, readConnection } from '../../src/loaders/shared/connection.ts';
import { connectionScope, createCursors } from '../../src/loaders/shared/cursor.ts';

/** An upstream list of `total` items behind NextTokens, recording every page request. */
function upstream(total: number) {
  const items = Array.from({ length: total }, (_, index) => `item-${index}`);
  const calls: { token: string | null; maxResults: number }[] = [];
  const read: PageReader<string> = async (token, maxResults) => {
    calls.push({ token, maxResults });
    const start = token ? Number(token) : 0;
    const end = start + maxResults;
    return { items: items.slice(start, end), nextToken: end < total ? String(end) : undefined };
  };
  return { items, calls, read };
}

const scope = ['Test.items', 'parent-1'];
const cursors = createCursors('a test key that is long enough to sign');

describe('readConnection', () => {
  it('serves the default page size from one upstream call asking for just that many', async () => {
    const list = upstream(50);
    const connection = await readConnection({}, { scope, cursors, maxResults: 99, read: list.read });
    expect(connection.edges.map((edge) => edge.node)).toEqual(list.items.slice(0, 20));
    expect(list.calls).toEqual([{ token: null, maxResults: 20 }]);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('fills first across upstream pages, each capped at the operation maximum', async () => {
    const list = upstream(150);
    const connection = await readConnection(
      { first: 100 },
      { scope, cursors, maxResults: 50, read: list.read },
    );
    expect(connection.edges).toHaveLength(100);
    expect(list.calls).toEqual([
      { token: null, maxResults: 50 },
      { token: '50', maxResults: 50 },
    ]);
    expect(connection.pageInfo.hasNextPage).toBe(true);
  });

  it('resumes at the next upstream page from endCursor without re-reading', async () => {
    const list = upstream(30);
    const first = await readConnection({ first: 10 }, { scope, cursors, maxResults: 50, read: list.read });
    const second = await readConnection(
      { first: 10, after: first.pageInfo.endCursor },
      { scope, cursors, maxResults: 50, read: list.read },
    );
    expect(second.edges.map((edge) => edge.node)).toEqual(list.items.slice(10, 20));
    expect(list.calls).toEqual([
      { token: null, maxResults: 10 },
      { token: '10', maxResults: 10 },
    ]);
  });

  it('resumes after a cursor in the middle of a page exactly where it points', async () => {
    const list = upstream(30);
    const page = await readConnection({ first: 10 }, { scope, cursors, maxResults: 50, read: list.read });
    const middle = page.edges[3]!.cursor;
    const resumed = await readConnection(
      { first: 4, after: middle },
      { scope, cursors, maxResults: 50, read: list.read },
    );
    expect(resumed.edges.map((edge) => edge.node)).toEqual(list.items.slice(4, 8));
  });

  it('walks a list to the end returning every item exactly once, in order', async () => {
    const list = upstream(237);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Connection<string> = await readConnection(
        { first: 33, after },
        { scope, cursors, maxResults: 50, read: list.read },
      );
      seen.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(list.items);
  });

  it('reports no next page at the end of the list', async () => {
    const list = upstream(5);
    const connection = await readConnection(
      { first: 5 },
      { scope, cursors, maxResults: 50, read: list.read },
    );
    expect(connection.pageInfo.hasNextPage).toBe(false);
    expect(connection.edges).toHaveLength(5);
  });

  it.each([0, -1, 101, 2.5])('rejects first = %s naming the bound', async (first) => {
    const list = upstream(5);
    await expect(
      readConnection({ first }, { scope, cursors, maxResults: 50, read: list.read }),
    ).rejects.toThrow(/first must be between 1 and 100/);
    expect(list.calls).toEqual([]);
  });

  it('rejects a malformed cursor as BAD_USER_INPUT without an upstream call', async () => {
    const list = upstream(5);
    const attempt = readConnection(
      { after: 'not-a-cursor' },
      { scope, cursors, maxResults: 50, read: list.read },
    );
    await expect(attempt).rejects.toBeInstanceOf(GatewayError);
    await expect(attempt).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: /not a cursor this gateway made/,
    });
    expect(list.calls).toEqual([]);
  });

  it('rejects a cursor made for another connection or filter', async () => {
    const list = upstream(30);
    const page = await readConnection({ first: 5 }, { scope, cursors, maxResults: 50, read: list.read });
    await expect(
      readConnection(
        { after: page.pageInfo.endCursor },
        { scope: ['Test.items', 'parent-2'], cursors, maxResults: 50, read: list.read },
      ),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: /made for another connection/ });
  });

  /** A cursor's payload (its JSON fields) and signature. */
  const partsOf = (cursor: string) => {
    const [payload, signature] = cursor.split('.') as [string, string];
    return { fields: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')), signature };
  };
  const withFields = (fields: unknown, signature: string) =>
    `${Buffer.from(JSON.stringify(fields)).toString('base64url')}.${signature}`;

  it('signs cursors: an edited page size, position or token is refused without an upstream call', async () => {
    const list = upstream(30);
    const page = await readConnection({ first: 5 }, { scope, cursors, maxResults: 50, read: list.read });
    const { fields, signature } = partsOf(page.edges[2]!.cursor);
    expect(fields).toEqual([1, connectionScope(...scope), null, 5, 2]);
    list.calls.length = 0;
    const edited = [
      withFields([1, fields[1], null, 1000, 2], signature),
      withFields([1, fields[1], null, 5, 3], signature),
      withFields([1, fields[1], 'forged-token', 5, 2], signature),
      `${page.edges[2]!.cursor.split('.')[0]}.${'A'.repeat(22)}`,
      page.edges[2]!.cursor.slice(0, -1),
      page.edges[2]!.cursor.split('.')[0]!,
      'garbage',
      '',
      '.'.repeat(3),
    ];
    for (const after of edited)
      await expect(
        readConnection({ first: 5, after }, { scope, cursors, maxResults: 50, read: list.read }),
        after,
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: /not a cursor this gateway made/ });
    expect(list.calls).toEqual([]);
  });

  it('refuses a cursor signed with another key', async () => {
    const list = upstream(30);
    const page = await readConnection({ first: 5 }, { scope, cursors, maxResults: 50, read: list.read });
    const elsewhere = createCursors('another key, of another deployment, long enough');
    await expect(
      readConnection(
        { after: page.pageInfo.endCursor },
        { scope, cursors: elsewhere, maxResults: 50, read: list.read },
      ),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: /not a cursor this gateway made/ });
  });

  it('never asks more than the operation serves, even for a signed cursor of a larger page', async () => {
    const list = upstream(300);
    const large = await readConnection({ first: 100 }, { scope, cursors, maxResults: 200, read: list.read });
    list.calls.length = 0;
    await expect(
      readConnection({ after: large.edges[10]!.cursor }, { scope, cursors, maxResults: 50, read: list.read }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: /page size must be at most 50, got 100/ });
    expect(list.calls).toEqual([]);
  });

  it('keeps cursors short', async () => {
    const list = upstream(30);
    const page = await readConnection({ first: 5 }, { scope, cursors, maxResults: 50, read: list.read });
    for (const edge of page.edges) expect(edge.cursor.length).toBeLessThan(80);
  });

  it("sends the next page's read before the reads under this page's items start", async () => {
    const list = upstream(150);
    const events: string[] = [];
    const read: PageReader<string> = (token, maxResults) => {
      events.push(`read ${token ?? 'first'}`);
      return list.read(token, maxResults);
    };
    const connection = await readConnection(
      {
        first: 100,
        onItems: (items, offset) => {
          events.push(`items ${offset}-${offset + items.length - 1}`);
          return true;
        },
      },
      { scope, cursors, maxResults: 50, read },
    );
    expect(connection.edges).toHaveLength(100);
    expect(events).toEqual(['read first', 'read 50', 'items 0-49', 'items 50-99']);
  });

  it('hands over items that started reads only once those reads could write their requests', async () => {
    const list = upstream(30);
    const events: string[] = [];
    // undici writes a request on a kept-alive connection from a setImmediate: so does this read.
    const onItems = () => {
      setImmediate(() => events.push('request written'));
      return true;
    };
    await readConnection({ first: 10, onItems }, { scope, cursors, maxResults: 50, read: list.read });
    events.push('items handed over');
    expect(events).toEqual(['request written', 'items handed over']);
  });
});
