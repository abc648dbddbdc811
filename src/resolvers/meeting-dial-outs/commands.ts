import { CreateMeetingDialOut } from '../../chime/operations/meeting-dial-outs.ts';
import { PARAMETERS, type TextRule } from '../../chime/parameters.ts';
import type { RequestContext } from '../../context.ts';
import { checkText, validateThenRun } from '../shared/input-rules.ts';
import { withoutSecrets } from '../shared/secrets.ts';
import { invalid, type MutationResult, type UserErrorModel } from '../shared/user-errors.ts';

/** Input of `createMeetingDialOut`. */
export interface CreateMeetingDialOutInput {
  meetingId: string;
  fromPhoneNumber: string;
  toPhoneNumber: string;
  /** An attendee's join token: a secret, never repeated in an answer, an error or a log. */
  joinToken: string;
}

/** What `createMeetingDialOut` answers: the call's transaction, in the meeting it joins. */
export interface MeetingDialOutResult {
  meetingId: string;
  transactionId: string | null;
}

/** FromPhoneNumber and ToPhoneNumber: E.164, the leading `+` optional. */
const E164: TextRule = { pattern: /^\+?[1-9]\d{1,14}$/, patternText: '^\\+?[1-9]\\d{1,14}$ (E.164)' };

/** JoinToken: 2-2048 characters of base64 (the reference prints the pattern cut short: `^[a-zA-Z0-9+/$]`). */
const JOIN_TOKEN = /^[a-zA-Z0-9+/]{2,2048}$/;

/** The user error of a join token that breaks its rule, saying what is wrong but never what it is. */
function checkJoinToken(joinToken: string): UserErrorModel[] {
  return JOIN_TOKEN.test(joinToken)
    ? []
    : [
        invalid(
          ['input', 'joinToken'],
          `joinToken must be 2-2048 characters of [a-zA-Z0-9+/], got ${joinToken.length} characters`,
        ),
      ];
}

/**
 * CreateMeetingDialOut: calls `toPhoneNumber` from `fromPhoneNumber` (a number of the AWS account)
 * and joins the call to the meeting as the attendee of `joinToken`. Changes nothing the graph reads.
 */
export function createMeetingDialOut(
  ctx: RequestContext,
  input: CreateMeetingDialOutInput,
): Promise<MutationResult<MeetingDialOutResult>> {
  const { meetingId, fromPhoneNumber, toPhoneNumber, joinToken } = input;
  return validateThenRun<MeetingDialOutResult>(
    [
      ...checkText(meetingId, ['input', 'meetingId'], PARAMETERS.MeetingId),
      ...checkText(fromPhoneNumber, ['input', 'fromPhoneNumber'], E164),
      ...checkText(toPhoneNumber, ['input', 'toPhoneNumber'], E164),
      ...checkJoinToken(joinToken),
    ],
    { meetingId: null, transactionId: null },
    async () => {
      const out = await withoutSecrets([joinToken], () =>
        ctx.client.send(CreateMeetingDialOut, {
          MeetingId: meetingId,
          FromPhoneNumber: fromPhoneNumber,
          ToPhoneNumber: toPhoneNumber,
          JoinToken: joinToken,
        }),
      );
      return { meetingId, transactionId: out.TransactionId ?? null };
    },
  );
}
