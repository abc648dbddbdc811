import {
  createMeetingDialOut,
  type MeetingDialOutResult,
} from '../../resolvers/meeting-dial-outs/commands.ts';
import type { MutationResult } from '../../resolvers/shared/user-errors.ts';
import { builder } from '../builder.ts';
import { writeOutsideAccounts } from '../shared/access.ts';
import { UserErrorRef } from '../shared/user-error.ts';

const CreateMeetingDialOutInput = builder.inputType('CreateMeetingDialOutInput', {
  fields: (t) => ({
    meetingId: t.string({ required: true }),
    fromPhoneNumber: t.string({
      required: true,
      description: 'E.164; a number of the AWS account, the caller id the called party sees.',
    }),
    toPhoneNumber: t.string({ required: true, description: 'E.164; the number called.' }),
    joinToken: t.string({
      required: true,
      description:
        'The join token of the attendee the call joins as (CreateAttendee answers it). Never answered, logged or audited.',
    }),
  }),
});

const CreateMeetingDialOutPayload = builder.objectRef<MutationResult<MeetingDialOutResult>>(
  'CreateMeetingDialOutPayload',
);
CreateMeetingDialOutPayload.implement({
  description: 'The call placed, or the user errors.',
  fields: (t) => ({
    meetingId: t.exposeString('meetingId', { nullable: true }),
    transactionId: t.exposeString('transactionId', {
      nullable: true,
      description: 'Tracks the call in the upstream.',
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

builder.mutationFields((t) => ({
  createMeetingDialOut: t.field({
    authScopes: writeOutsideAccounts,
    type: CreateMeetingDialOutPayload,
    nullable: true, // an upstream outage leaves later mutations running
    description:
      'Calls a phone number and joins the call to a meeting as an attendee (CreateMeetingDialOut, legacy only).',
    args: { input: t.arg({ type: CreateMeetingDialOutInput, required: true }) },
    resolve: (_root, { input }, ctx) => createMeetingDialOut(ctx, input),
  }),
}));
