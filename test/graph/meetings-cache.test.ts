import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memoryCacheStore } from '../../src/cache/cache-store.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

// Meetings are read through the shared cache; attendees never are, since every answer about one
// carries its join token.

let gateway: TestGateway;
const store = memoryCacheStore();

beforeAll(async () => {
  gateway = await startTestGateway({ gateway: { cache: { ttlSeconds: 60, store } } });
});
afterAll(() => gateway.close());
beforeEach(() => gateway.resetStats());

const MEETING = `query ($meetingId: String!) {
  meeting(meetingId: $meetingId) { externalMeetingId attendees { nodes { externalUserId } } }
}`;

describe('meetings and the shared cache', () => {
  it('serves a meeting again from the cache, its attendees always from upstream, and forgets it when deleted', async () => {
    const created = await gateway.query(
      'mutation { createMeetingWithAttendees(input: { externalMeetingId: "cached", attendees: [{ externalUserId: "ana" }] }) { meeting { meetingId } } }',
    );
    const { meetingId } = created.data!.createMeetingWithAttendees.meeting;
    const first = await gateway.query(MEETING, { meetingId });
    expect(first.data).toEqual({
      meeting: { externalMeetingId: 'cached', attendees: { nodes: [{ externalUserId: 'ana' }] } },
    });
    await gateway.resetStats();

    const second = await gateway.query(MEETING, { meetingId });
    expect(second).toEqual(first);
    expect((await gateway.stats()).calls).toEqual({ ListAttendees: 1 });

    // A replica with its own client and the same store sees the deletion too.
    const replica = gateway.replica({ cache: { ttlSeconds: 60, store } });
    const deleted = await replica.query(
      'mutation ($meetingId: String!) { deleteMeeting(input: { meetingId: $meetingId }) { userErrors { message } } }',
      { meetingId },
    );
    expect(deleted.data!.deleteMeeting.userErrors).toEqual([]);
    await gateway.resetStats();
    const gone = await gateway.query(MEETING, { meetingId });
    expect(gone).toEqual({ data: { meeting: null } });
    expect((await gateway.stats()).calls.GetMeeting).toBe(1);
  });
});
