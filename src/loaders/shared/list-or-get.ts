import { orNull, settlingEachKey } from './get-loader.ts';

/** How a Get loader's keys can also be answered by reading the list they belong to. */
export interface ListOrGetOptions<K, V> {
  /** The list a key belongs to (an account for its users or numbers), when known. */
  groupOf: (key: K) => string | null | undefined;
  /** A key's identity, compared with `idOfItem`. */
  idOf: (key: K) => string;
  idOfItem: (item: V) => string;
  /** Reads one full page of a group's list. */
  readPage: (
    group: string,
    token: string | undefined,
  ) => Promise<{ items: V[]; nextToken?: string | undefined }>;
  /** The Get for one key. */
  get: (key: K) => Promise<V>;
  /** Called with every item a list read, to prime the loader. */
  prime: (item: V) => void;
}

/** What one request has read of a group's list so far: pages are read in order, one at a time. */
interface GroupList<V> {
  seen: Map<string, V>;
  pages: number;
  token: string | undefined;
  complete: boolean;
  reading: Promise<void> | null;
  failure: Error | null;
}

/**
 * A DataLoader batch function (`batch`) that answers keys sharing a group with one list read
 * instead of one Get each: it pages through the group's list until every wanted key is found,
 * and stops once the pages read reach the keys still missing, so it never costs more calls
 * than the Gets it replaces. What the list did not answer, and keys alone in their group, cost
 * one Get each (404 → null). A failed list fails its keys only.
 *
 * The pages of a group's list are read once per request, whichever batch asks: a later batch
 * (the owner of a number on the next upstream page) first takes what the pages already read,
 * or being read, answer, even for a key alone. `readAhead` starts a group's first page before
 * its keys are known, when the keys to come could be two or more, as their batch would read it.
 */
export function listOrGetBatch<K, V>(options: ListOrGetOptions<K, V>) {
  const groups = new Map<string, GroupList<V>>();
  const listOf = (group: string): GroupList<V> => {
    let list = groups.get(group);
    if (!list) {
      list = { seen: new Map(), pages: 0, token: undefined, complete: false, reading: null, failure: null };
      groups.set(group, list);
    }
    return list;
  };
  const readNextPage = (group: string, list: GroupList<V>) => {
    list.pages += 1;
    list.reading = options.readPage(group, list.token).then(
      (page) => {
        for (const item of page.items) {
          list.seen.set(options.idOfItem(item), item);
          // Fresh from this request's own read, so a later load of it in the request costs nothing.
          options.prime(item);
        }
        list.token = page.nextToken;
        list.complete = !page.nextToken;
        list.reading = null;
      },
      (error: Error) => {
        list.failure = error;
        list.reading = null;
      },
    );
    return list.reading;
  };

  /** The wanted keys' items that the group's list holds, reading on while a page can replace a Get. */
  const scan = async (group: string, wanted: Set<string>) => {
    const list = listOf(group);
    const missing = () => [...wanted].filter((id) => !list.seen.has(id)).length;
    // A page is worth reading only while it can still replace a Get: once the pages read (ahead or
    // by any batch) reach the keys still missing, one more page could cost more than the Gets left
    // to do. A key alone in its group costs one call either way, and its Get is sure to answer it
    // while a page may not.
    for (;;) {
      if (list.reading) {
        await list.reading;
        continue;
      }
      if (list.failure && wanted.size > 1) throw list.failure;
      const left = missing();
      if (left === 0 || list.complete || list.failure || wanted.size < 2 || list.pages >= left) break;
      await readNextPage(group, list);
    }
    return list.seen;
  };

  const batch = settlingEachKey<K, V | null>(async (keys) => {
    const groupsOfKeys = new Map<string, Set<string>>();
    for (const key of keys) {
      const group = options.groupOf(key);
      if (group) groupsOfKeys.set(group, (groupsOfKeys.get(group) ?? new Set()).add(options.idOf(key)));
    }
    const listed = new Map<string, V | Error>();
    await Promise.all(
      [...groupsOfKeys]
        .filter(([group, wanted]) => wanted.size > 1 || groups.has(group))
        .map(async ([group, wanted]) => {
          try {
            const seen = await scan(group, wanted);
            for (const id of wanted) {
              const item = seen.get(id);
              if (item !== undefined) listed.set(id, item);
            }
          } catch (error) {
            // What the pages read before the failure answered stays answered.
            for (const id of wanted) listed.set(id, groups.get(group)?.seen.get(id) ?? (error as Error));
          }
        }),
    );
    // What the lists answered settles now; each Get left settles its own key when it answers.
    return keys.map((key) => listed.get(options.idOf(key)) ?? orNull(options.get(key)));
  });

  return {
    batch,
    /**
     * Starts reading `group`'s first page now when `expected` keys of it could come together (two or
     * more, when their batch would read the list too); nothing when this request has read it already.
     */
    readAhead(group: string, expected: number): void {
      if (expected < 2 || groups.has(group)) return;
      void readNextPage(group, listOf(group));
    },
  };
}
