import DataLoader from 'dataloader';
import { orNull } from './get-loader.ts';

/**
 * A per-request Get loader for resources the AWS account lists in one short list (voice
 * connectors, groups): a batch of several keys reads the list's first page instead of one
 * Get each. When that page is the whole list, a key it lacks does not exist (null);
 * otherwise what it lacks costs one Get. A single key is one Get.
 */
export function listBatchedLoader<T>(options: {
  fetchOne: (id: string) => Promise<T>;
  readFirstPage: () => Promise<{ items: T[]; complete: boolean }>;
  idOf: (item: T) => string;
}): DataLoader<string, T | null> {
  const loader: DataLoader<string, T | null> = new DataLoader(async (ids) => {
    const one = (id: string) => orNull(options.fetchOne(id)).catch((error: Error) => error);
    if (ids.length < 2) return Promise.all(ids.map(one));
    let page: { items: T[]; complete: boolean };
    try {
      page = await options.readFirstPage();
    } catch (error) {
      return ids.map(() => error as Error);
    }
    const byId = new Map(page.items.map((item) => [options.idOf(item), item]));
    for (const [id, item] of byId) if (!ids.includes(id)) loader.prime(id, item);
    return Promise.all(ids.map((id) => byId.get(id) ?? (page.complete ? null : one(id))));
  });
  return loader;
}
