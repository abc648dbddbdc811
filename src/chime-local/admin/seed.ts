import type { Store } from '../store.ts';

/** Adds the admin group's demo data. */
export function seedAdmin(_store: Store): void {}
