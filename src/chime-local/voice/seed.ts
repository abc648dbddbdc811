import type { Store } from '../store.ts';

/** Adds the voice group's demo data. */
export function seedVoice(_store: Store): void {}
