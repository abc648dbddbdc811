import { orNull } from './get-loader.ts';

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
  /** Called with every item a list read that the batch did not ask for, to prime the loader. */
  prime: (item: V) => void;
}

/**
 * A DataLoader batch function that answers keys sharing a group with one list read
 * instead of one Get each: it pages through the group's list until every wanted key is
 * found, and stops once the pages read reach the keys still missing, so it never costs
 * more calls than the Gets it replaces. What the list did not answer, and keys alone in
 * their group, cost one Get each (404 → null). A failed list fails its keys only.
 */
export function listOrGetBatch<K, V>(options: ListOrGetOptions<K, V>) {
  const scan = async (group: string, wanted: Set<string>) => {
    const found = new Map<string, V>();
    let token: string | undefined;
    // A page is worth reading only while it can still replace a Get: once the pages read reach the
    // keys still missing, one more page could cost more than the Gets left to do.
    for (let pages = 0; found.size < wanted.size && pages < wanted.size - found.size; pages += 1) {
      const page = await options.readPage(group, token);
      for (const item of page.items) {
        const id = options.idOfItem(item);
        if (wanted.has(id)) found.set(id, item);
        // Fresh from this request's own read, so a later load of it in the request costs nothing.
        else options.prime(item);
      }
      token = page.nextToken;
      if (!token) break;
    }
    return found;
  };

  return async (keys: readonly K[]): Promise<(V | null | Error)[]> => {
    const groups = new Map<string, Set<string>>();
    for (const key of keys) {
      const group = options.groupOf(key);
      if (group) groups.set(group, (groups.get(group) ?? new Set()).add(options.idOf(key)));
    }
    const listed = new Map<string, V | Error>();
    await Promise.all(
      [...groups]
        // A key alone in its group costs one call either way, and its Get is sure to answer it
        // while the list's first page may not hold it.
        .filter(([, wanted]) => wanted.size > 1)
        .map(async ([group, wanted]) => {
          try {
            for (const [id, item] of await scan(group, wanted)) listed.set(id, item);
          } catch (error) {
            for (const id of wanted) listed.set(id, error as Error);
          }
        }),
    );
    return Promise.all(
      keys.map(
        (key) => listed.get(options.idOf(key)) ?? orNull(options.get(key)).catch((error: Error) => error),
      ),
    );
  };
}
