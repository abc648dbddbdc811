import { type ChimeSDKMeetingsClient, CreateAttendeeCommand } from '@aws-sdk/client-chime-sdk-meetings';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { meetingsClient, newMeeting } from '../chime-local/meetings-helpers.ts';
import { capturingLogger, startTestGateway, type TestGateway } from '../support/gateway.ts';

let gateway: TestGateway;
let meetings: ChimeSDKMeetingsClient;
const { logger, entries } = capturingLogger('debug');

// The demo data's first unassigned Voice Connector number: a number of the account.
const FROM = '+14155550100';
const TO = '+12065550123';

beforeAll(async () => {
  gateway = await startTestGateway({ seed: 'demo', logger });
  meetings = meetingsClient(gateway.local);
});
afterAll(async () => {
  meetings.destroy();
  await gateway.close();
});
beforeEach(async () => {
  await gateway.resetStats();
  entries.length = 0;
});

const DIAL_OUT = `mutation ($input: CreateMeetingDialOutInput!) {
  createMeetingDialOut(input: $input) { meetingId transactionId userErrors { field message code } }
}`;

async function meetingWithAttendee() {
  const { MeetingId } = await newMeeting(meetings);
  const { Attendee } = await meetings.send(
    new CreateAttendeeCommand({ MeetingId, ExternalUserId: 'dialed-in' }),
  );
  await gateway.resetStats();
  return { meetingId: MeetingId!, joinToken: Attendee!.JoinToken! };
}

describe('createMeetingDialOut', () => {
  it('places the call and answers its transaction id, in one call', async () => {
    const { meetingId, joinToken } = await meetingWithAttendee();
    const result = await gateway.query(DIAL_OUT, {
      input: { meetingId, fromPhoneNumber: FROM, toPhoneNumber: TO, joinToken },
    });
    expect(result).toEqual({
      data: { createMeetingDialOut: { meetingId, transactionId: expect.any(String), userErrors: [] } },
    });
    expect((await gateway.stats()).calls).toEqual({ CreateMeetingDialOut: 1 });
    expect(JSON.stringify(entries)).not.toContain(joinToken);
  });

  it('refuses numbers that are not E.164 and a malformed token, never repeating the token', async () => {
    const { meetingId } = await meetingWithAttendee();
    const joinToken = 'secret token with spaces';
    const result = await gateway.query(DIAL_OUT, {
      input: { meetingId, fromPhoneNumber: '0123', toPhoneNumber: 'phone', joinToken },
    });
    expect(result.data!.createMeetingDialOut).toEqual({
      meetingId: null,
      transactionId: null,
      userErrors: [
        { field: ['input', 'fromPhoneNumber'], message: expect.stringContaining('E.164'), code: 'INVALID' },
        { field: ['input', 'toPhoneNumber'], message: expect.stringContaining('E.164'), code: 'INVALID' },
        {
          field: ['input', 'joinToken'],
          message: 'joinToken must be 2-2048 characters of [a-zA-Z0-9+/], got 24 characters',
          code: 'INVALID',
        },
      ],
    });
    expect(JSON.stringify(result)).not.toContain(joinToken);
    expect((await gateway.stats()).total).toBe(0);
  });

  it('answers the upstream refusals as user errors: a token of no attendee, a caller id not owned', async () => {
    const { meetingId } = await meetingWithAttendee();
    const { joinToken: othersToken } = await meetingWithAttendee();
    const wrongToken = await gateway.query(DIAL_OUT, {
      input: { meetingId, fromPhoneNumber: FROM, toPhoneNumber: TO, joinToken: othersToken },
    });
    expect(wrongToken.data!.createMeetingDialOut).toMatchObject({
      transactionId: null,
      userErrors: [{ field: null, code: 'INVALID', message: expect.stringContaining('JoinToken') }],
    });
    const notOwned = await gateway.query(DIAL_OUT, {
      input: { meetingId, fromPhoneNumber: '+14155559999', toPhoneNumber: TO, joinToken: othersToken },
    });
    expect(notOwned.data!.createMeetingDialOut.userErrors).toMatchObject([
      { code: 'INVALID', message: expect.stringContaining('FromPhoneNumber') },
    ]);
    expect(JSON.stringify([wrongToken, notOwned, entries])).not.toContain(othersToken);
  });

  it('takes the token out of the message GraphQL gives a variable that does not coerce', async () => {
    const joinToken = 'c2VjcmV0LXRva2Vu';
    const result = await gateway.query(DIAL_OUT, {
      input: { meetingId: 5, fromPhoneNumber: FROM, toPhoneNumber: TO, joinToken, extra: true },
    });
    expect(result.errors!.map((error) => error.message)).toEqual([
      expect.stringContaining('String cannot represent a non string value: 5'),
      expect.stringContaining('joinToken: "[redacted]"'),
    ]);
    expect(JSON.stringify(result)).not.toContain(joinToken);
    expect((await gateway.stats()).total).toBe(0);
  });
});
