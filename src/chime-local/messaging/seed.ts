import type { Store } from '../store.ts';

/** Adds the messaging group's demo data. */
export function seedMessaging(_store: Store): void {}
