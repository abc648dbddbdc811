import { type ChimeClient, CreateMeetingDialOutCommand } from '@aws-sdk/client-chime';
import { CreateAttendeeCommand } from '@aws-sdk/client-chime-sdk-meetings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNumber } from '../../src/chime-local/phone-numbers/inventory.ts';
import { adminClient } from './admin-helpers.ts';
import { newMeeting, useMeetingsLocal } from './meetings-helpers.ts';
import { rejection } from './voice-helpers.ts';

// CreateMeetingDialOut is the legacy namespace's alone; the legacy client still has it.
const chime = useMeetingsLocal();
let admin: ChimeClient;
const FROM = '+14155550100';

beforeAll(() => {
  admin = adminClient(chime.local);
  addNumber(chime.local.store, { E164PhoneNumber: FROM, ProductType: 'VoiceConnector' });
});
afterAll(() => admin.destroy());

async function meetingWithAttendee() {
  const { MeetingId } = await newMeeting(chime.meetings);
  const { Attendee } = await chime.meetings.send(
    new CreateAttendeeCommand({ MeetingId, ExternalUserId: 'dialed-in' }),
  );
  return { meetingId: MeetingId!, joinToken: Attendee!.JoinToken! };
}

const dialOut = (input: {
  MeetingId: string;
  FromPhoneNumber: string;
  ToPhoneNumber: string;
  JoinToken: string;
}) => admin.send(new CreateMeetingDialOutCommand(input));

describe('CreateMeetingDialOut', () => {
  it('answers 201 with a transaction id for an attendee’s token and a number of the account', async () => {
    const { meetingId, joinToken } = await meetingWithAttendee();
    const answer = await dialOut({
      MeetingId: meetingId,
      FromPhoneNumber: FROM,
      ToPhoneNumber: '+12065550123',
      JoinToken: joinToken,
    });
    expect(answer.$metadata.httpStatusCode).toBe(201);
    expect(answer.TransactionId).toMatch(/^[a-f0-9]{8}(-[a-f0-9]{4}){3}-[a-f0-9]{12}$/);
  });

  it('refuses a caller id the account does not own and numbers that are not E.164', async () => {
    const { meetingId, joinToken } = await meetingWithAttendee();
    const notOwned = await rejection(
      dialOut({
        MeetingId: meetingId,
        FromPhoneNumber: '+14155559999',
        ToPhoneNumber: '+12065550123',
        JoinToken: joinToken,
      }),
    );
    expect(notOwned).toMatchObject({ name: 'BadRequestException', $metadata: { httpStatusCode: 400 } });
    expect(notOwned.message).toContain('FromPhoneNumber');
    const notE164 = await rejection(
      dialOut({ MeetingId: meetingId, FromPhoneNumber: FROM, ToPhoneNumber: '0123', JoinToken: joinToken }),
    );
    expect(notE164.message).toContain('ToPhoneNumber');
  });

  it('refuses a token of no attendee of the meeting without repeating it', async () => {
    const { meetingId } = await meetingWithAttendee();
    const { joinToken: otherToken } = await meetingWithAttendee();
    const refused = await rejection(
      dialOut({
        MeetingId: meetingId,
        FromPhoneNumber: FROM,
        ToPhoneNumber: '+12065550123',
        JoinToken: otherToken,
      }),
    );
    expect(refused).toMatchObject({ name: 'BadRequestException', $metadata: { httpStatusCode: 400 } });
    expect(refused.message).toContain('JoinToken');
    expect(refused.message).not.toContain(otherToken);
    const malformed = await rejection(
      dialOut({
        MeetingId: meetingId,
        FromPhoneNumber: FROM,
        ToPhoneNumber: '+12065550123',
        JoinToken: 'not a token!',
      }),
    );
    expect(malformed.message).toContain('JoinToken');
    expect(malformed.message).not.toContain('not a token!');
  });
});
