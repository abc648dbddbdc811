import type { CachedSendOptions, CachingCaller } from '../../cache/read-cache.ts';
import { startedCallsSent } from '../../chime/client.ts';
import type { Operation } from '../../chime/operation.ts';
import { badUserInput } from '../../errors.ts';
import { type Cursors, connectionScope } from './cursor.ts';

/** One upstream page: what a List operation answers. */
export interface UpstreamPage<T> {
  items: T[];
  nextToken?: string | undefined;
}

/** Reads one upstream page starting at `token` (null: the first) with MaxResults `maxResults`. */
export type PageReader<T> = (token: string | null, maxResults: number) => Promise<UpstreamPage<T>>;

/**
 * The pages of one List operation: each sends `input` with the page's `MaxResults` and `NextToken`,
 * and its items are what `itemsOf` makes of the answer (priming loaders as it goes).
 */
export function listPages<
  Input extends { MaxResults?: number; NextToken?: string },
  Output extends { NextToken?: string },
  T,
>(
  client: CachingCaller,
  operation: Operation<Input, Output>,
  input: Omit<Input, 'MaxResults' | 'NextToken'>,
  itemsOf: (output: Output) => T[],
  options?: CachedSendOptions,
): PageReader<T> {
  return async (token, maxResults) => {
    const page = { ...input, MaxResults: maxResults, NextToken: token ?? undefined } as Input;
    const output = await client.send(operation, page, options);
    return { items: itemsOf(output), nextToken: output.NextToken };
  };
}

/** A Relay connection over upstream items (forward pagination only). */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** The Relay arguments a connection field takes. */
export interface ForwardPage {
  first?: number | null;
  after?: string | null;
  /**
   * Called with the items each upstream page adds to the connection as soon as that page
   * arrives (`offset`: the first one's index), while the next page may still be read: the
   * reads below the items start then, not once the whole connection is in. Answers true when
   * it started any, so that the connection lets their calls go out before GraphQL takes the items.
   */
  onItems?: ((items: readonly unknown[], offset: number) => boolean) | undefined;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** The most items a connection read with `page` serves. */
export const itemsAtMost = (page: ForwardPage) => page.first ?? DEFAULT_PAGE_SIZE;

/** Upstream pages may come back empty with a NextToken; stop following them after this many reads. */
const MAX_READS = 25;

/**
 * Serves `first` items after the cursor `after` by reading as many upstream pages as
 * needed, each asking only for what is still missing, capped at the operation's
 * `maxResults`. `scope` identifies the list (field, parent id, filters) so that a
 * cursor is only accepted where it was made; `cursors` signs and reads them.
 */
export async function readConnection<T>(
  page: ForwardPage,
  options: {
    scope: (string | number | null | undefined)[];
    maxResults: number;
    read: PageReader<T>;
    cursors: Cursors;
  },
): Promise<Connection<T>> {
  const first = page.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`);
  const scope = connectionScope(...options.scope);
  const { cursors } = options;
  const start =
    page.after == null ? { token: null, maxResults: 0, offset: -1 } : cursors.decode(scope, page.after);
  if ('offset' in start && start.maxResults > options.maxResults)
    throw badUserInput(
      `after: the cursor's page size must be at most ${options.maxResults}, got ${start.maxResults}`,
    );

  const edges: Connection<T>['edges'] = [];
  // Resuming inside a page re-reads that page with the MaxResults that shaped it.
  let token: string | null = start.token;
  let skip = 0;
  let maxResults = Math.min(first, options.maxResults);
  if ('offset' in start && start.offset >= 0) {
    skip = start.offset + 1;
    maxResults = start.maxResults;
  }
  let hasNextPage = false;
  let startedReads = false;
  let reading = options.read(token, maxResults);
  for (let reads = 1; ; reads += 1) {
    const result = await reading;
    const items = result.items.slice(skip);
    const take = items.slice(0, first - edges.length);
    const offset = edges.length;
    for (const [index, node] of take.entries()) {
      const inPage = skip + index;
      const last = inPage === result.items.length - 1;
      const position =
        last && result.nextToken ? { token: result.nextToken } : { token, maxResults, offset: inPage };
      edges.push(edgeOf(node, () => cursors.encode(scope, position)));
    }
    const leftInPage = items.length > take.length;
    let done = true;
    if (leftInPage || !result.nextToken) hasNextPage = leftInPage || Boolean(result.nextToken);
    else if (edges.length === first || reads === MAX_READS) hasNextPage = true;
    else {
      done = false;
      token = result.nextToken;
      skip = 0;
      maxResults = Math.min(first - edges.length, options.maxResults);
      // The next page needs only the token: it is sent before the reads under this page's items.
      reading = options.read(token, maxResults);
    }
    if (take.length > 0) startedReads = page.onItems?.(take, offset) || startedReads;
    if (done) break;
  }
  if (startedReads) await startedCallsSent();
  return connectionOf(edges, hasNextPage);
}

/**
 * An edge whose cursor is signed when first read: most clients select the nodes and at most the
 * end cursor, and a signature for each of a hundred edges would cost more than their fields.
 */
function edgeOf<T>(node: T, sign: () => string): Connection<T>['edges'][number] {
  let cursor: string | undefined;
  return {
    node,
    get cursor() {
      cursor ??= sign();
      return cursor;
    },
  };
}

function connectionOf<T>(edges: Connection<T>['edges'], hasNextPage: boolean): Connection<T> {
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: false,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
  };
}

/** A connection with no items: what a list out of the caller's scope holds. */
export function emptyConnection<T>(): Connection<T> {
  return {
    edges: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  };
}

/**
 * Serves `first` items after the cursor `after` from a list of ids known in advance (the
 * accounts an identity may see), in that order: each id is loaded with `load` (null: it no
 * longer exists) and kept when `keep` says so, reading only as many as the page needs. A
 * cursor holds the index of the next id, signed like every other cursor, under `scope`.
 */
export async function readIdListConnection<T>(
  page: ForwardPage,
  options: {
    ids: readonly string[];
    scope: (string | number | null | undefined)[];
    load: (id: string) => Promise<T | null>;
    keep: (item: T) => Promise<boolean>;
    cursors: Cursors;
  },
): Promise<Connection<T>> {
  const first = page.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`);
  const { ids, cursors } = options;
  const scope = connectionScope(...options.scope);
  let next = 0;
  if (page.after != null) {
    const start = cursors.decode(scope, page.after);
    next = 'offset' in start ? Number.NaN : Number(start.token);
    // Only cursors of this list carry an index; a signed one of another shape is not ours either.
    if (!Number.isInteger(next) || next < 0 || next > ids.length)
      throw badUserInput(
        'after: the cursor was made for another connection or other filters; use one from this field',
      );
  }
  const edges: Connection<T>['edges'] = [];
  let startedReads = false;
  while (edges.length < first && next < ids.length) {
    const batch = ids.slice(next, next + first - edges.length);
    // Loaded together, so the loader fetches the batch concurrently.
    const kept = await Promise.all(
      batch.map(async (id) => {
        const item = await options.load(id);
        return item !== null && (await options.keep(item)) ? item : null;
      }),
    );
    const offset = edges.length;
    for (const item of kept) {
      next += 1;
      const position = { token: String(next) };
      if (item !== null) edges.push(edgeOf(item, () => cursors.encode(scope, position)));
    }
    if (edges.length > offset)
      startedReads =
        page.onItems?.(
          edges.slice(offset).map((edge) => edge.node),
          offset,
        ) || startedReads;
  }
  if (startedReads) await startedCallsSent();
  return connectionOf(edges, next < ids.length);
}
