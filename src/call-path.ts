import { AsyncLocalStorage } from 'node:async_hooks';

/** A GraphQL response path, as `errors[].path` writes it: response keys, and list indices. */
export type ResponsePath = readonly (string | number)[];

// The path of the field whose work is running: every promise and DataLoader batch started inside
// `runAtPath` keeps it, so an upstream call knows which field asked for it, whatever layer sends it.
const fieldPath = new AsyncLocalStorage<ResponsePath>();

/**
 * Runs `work` as the work of the field at `path`: the upstream calls it starts, now or in any
 * asynchronous continuation, are attributed to that field ({@link currentPath}). A read started
 * ahead of its field (a child prefetched beside its parent) runs here under the child's path.
 */
export function runAtPath<T>(path: ResponsePath, work: () => T): T {
  return fieldPath.run(path, work);
}

/** The path of the field whose work is running, or undefined outside any (see {@link runAtPath}). */
export function currentPath(): ResponsePath | undefined {
  return fieldPath.getStore();
}
