import { badRequest } from '../errors.ts';
import type { Route } from '../router.ts';
import { requiredString } from '../validate.ts';
import { meetingOf } from './rules.ts';

/** The E.164 pattern of the API reference (the leading `+` is optional on the wire). */
const E164 = /^\+?[1-9]\d{1,14}$/;

/**
 * JoinToken: 2-2048 characters of base64 (`[a-zA-Z0-9+/]`; the reference prints the pattern cut
 * short). A secret: messages say what is wrong with it, never what it is.
 */
function joinTokenOf(value: unknown): string {
  if (typeof value !== 'string') throw badRequest('JoinToken is required and must be a string');
  if (value.length < 2 || value.length > 2048 || !/^[a-zA-Z0-9+/]+$/.test(value))
    throw badRequest(`JoinToken must be 2-2048 characters of [a-zA-Z0-9+/], got ${value.length} characters`);
  return value;
}

const withPlus = (number: string) => (number.startsWith('+') ? number : `+${number}`);

export const dialOutRoutes: Route[] = [
  {
    operation: 'CreateMeetingDialOut',
    method: 'POST',
    path: '/meetings/{MeetingId}/dial-outs',
    handle: (request) => {
      const record = meetingOf(request);
      const { body, store } = request;
      const from = withPlus(requiredString(body.FromPhoneNumber, 'FromPhoneNumber', { pattern: E164 }));
      requiredString(body.ToPhoneNumber, 'ToPhoneNumber', { pattern: E164 });
      const token = joinTokenOf(body.JoinToken);
      if (![...store.phoneNumbers.numbers.values()].some((number) => number.E164PhoneNumber === from))
        throw badRequest(`FromPhoneNumber ${from} is not a phone number of the account`);
      if (![...record.attendees.values()].some(({ attendee }) => attendee.JoinToken === token))
        throw badRequest(`JoinToken is not the token of an attendee of meeting ${record.meeting.MeetingId}`);
      return { status: 201, body: { TransactionId: store.newId() } };
    },
  },
];
