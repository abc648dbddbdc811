import { seedAdmin } from './admin/seed.ts';
import { seedMessaging } from './messaging/seed.ts';
import { seedPhoneNumbers } from './phone-numbers/seed.ts';
import type { Store } from './store.ts';
import { seedVoice } from './voice/seed.ts';

/**
 * The demo data set: big enough that every connection pages upstream more than once
 * (an account with more than 200 users, a voice connector with more than 99 numbers,
 * a channel with more than 50 messages), and the same on every start: ids, ARNs and
 * timestamps are fixed or derived from each record's name (seed-ids.ts), so that the
 * README's examples can name them. Order matters: numbers are assigned to the admin
 * seed's users, and the voice seed associates numbers with its connectors.
 */
export function seedDemo(store: Store): void {
  seedAdmin(store);
  seedPhoneNumbers(store);
  seedVoice(store);
  seedMessaging(store);
}
