import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedDemo } from '../../src/chime-local/seed.ts';
import { Store } from '../../src/chime-local/store.ts';

/** The demo data of a chime-local started at `time`. */
function seededAt(time: string): Store {
  vi.setSystemTime(new Date(time));
  const store = new Store();
  seedDemo(store);
  return store;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the demo seed', () => {
  it('is the same on every start: ids, ARNs, PINs, timestamps and associations', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const first = seededAt('2025-03-01T10:00:00.000Z');
    const second = seededAt('2026-07-15T18:30:00.000Z');
    expect(first.admin.accounts.size).toBe(3);
    expect(first.admin.users.size).toBeGreaterThan(200);
    for (const group of ['admin', 'phoneNumbers', 'voice', 'messaging'] as const)
      expect(second[group], group).toEqual(first[group]);
  });

  it('gives every user its own id and personal meeting PIN', () => {
    const users = [...seededAt('2025-03-01T10:00:00.000Z').admin.users.values()];
    expect(new Set(users.map((user) => user.UserId)).size).toBe(users.length);
    expect(new Set(users.map((user) => user.PersonalPIN)).size).toBe(users.length);
    for (const user of users) expect(user.PersonalPIN).toMatch(/^\d{10}$/);
  });
});
