import { defineOperation } from '../operation.ts';

export interface CreateMeetingDialOutInput {
  MeetingId: string;
  /** E.164; the caller id the called party sees, a number of the AWS account. */
  FromPhoneNumber: string;
  /** An attendee's join token: a secret, never logged or answered. */
  JoinToken: string;
  /** E.164; the number called. */
  ToPhoneNumber: string;
}

export interface CreateMeetingDialOutOutput {
  TransactionId?: string;
}

/**
 * Calls a phone number and joins it to a meeting as the attendee of the join token (legacy only: no
 * Chime SDK namespace has it). `POST /meetings/{MeetingId}/dial-outs`
 */
export const CreateMeetingDialOut = defineOperation<CreateMeetingDialOutInput, CreateMeetingDialOutOutput>({
  name: 'CreateMeetingDialOut',
  group: 'admin',
  method: 'POST',
  path: '/meetings/{MeetingId}/dial-outs',
  successStatus: 201,
});
