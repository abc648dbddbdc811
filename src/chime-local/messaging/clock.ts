import type { Store } from '../store.ts';

/** The store's clock in epoch seconds, the timestamp format of the messaging and identity groups. */
export function epochSeconds(store: Store): number {
  return Date.parse(store.now()) / 1000;
}
