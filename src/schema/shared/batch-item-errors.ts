import type { BatchItemErrorModel } from '../../resolvers/shared/batch-item-errors.ts';
import { builder } from '../builder.ts';
import { UserErrorCodeEnum } from './user-error.ts';

/**
 * The GraphQL type of one kind of batch item error. The kinds share one model and differ
 * only in how they name their item (`userId`, `phoneNumberId`) and in their examples.
 */
function batchItemErrorRef(
  name: string,
  item: { noun: string; idField: string; fieldExample: string; upstreamCodeExample: string },
) {
  const ref = builder.objectRef<BatchItemErrorModel>(name);
  ref.implement({
    description: `One ${item.noun} a batch mutation could not change; the others were changed.`,
    fields: (t) => ({
      [item.idField]: t.exposeString('id', { nullable: true }),
      field: t.exposeStringList('field', {
        nullable: true,
        description: `Path to the input item at fault, e.g. ${item.fieldExample}.`,
      }),
      code: t.expose('code', {
        type: UserErrorCodeEnum,
        nullable: true,
        description: 'Null when the reason is not one the caller can fix (the upstream failed; try again).',
      }),
      upstreamCode: t.exposeString('upstreamCode', {
        nullable: true,
        description: `The upstream ErrorCode, e.g. ${item.upstreamCodeExample}.`,
      }),
      message: t.exposeString('message'),
    }),
  });
  return ref;
}

/** The per-user errors of the user batch mutations (the upstream's UserErrors). */
export const BatchUserErrorRef = batchItemErrorRef('BatchUserError', {
  noun: 'user',
  idField: 'userId',
  fieldExample: '["input", "userIds", "3"]',
  upstreamCodeExample: 'NotFound or BadRequest',
});

/** The per-number errors of every mutation over several phone numbers (the upstream's PhoneNumberErrors). */
export const PhoneNumberErrorRef = batchItemErrorRef('PhoneNumberError', {
  noun: 'phone number',
  idField: 'phoneNumberId',
  fieldExample: '["input", "e164PhoneNumbers", "3"]',
  upstreamCodeExample: 'NotFound or Conflict',
});

/** The per-member errors of batchCreateChannelMembership (the upstream's Errors). */
export const ChannelMembershipErrorRef = batchItemErrorRef('ChannelMembershipError', {
  noun: 'member',
  idField: 'memberArn',
  fieldExample: '["input", "memberArns", "3"]',
  upstreamCodeExample: 'NotFound, Conflict or Forbidden',
});

/** The per-member errors of batchCreateRoomMembership (the upstream's Errors). */
export const RoomMembershipErrorRef = batchItemErrorRef('RoomMembershipError', {
  noun: 'member',
  idField: 'memberId',
  fieldExample: '["input", "items", "3"]',
  upstreamCodeExample: 'NotFound or Conflict',
});

/** The per-attendee errors of batchCreateAttendee and createMeetingWithAttendees (the upstream's Errors). */
export const AttendeeErrorRef = batchItemErrorRef('AttendeeError', {
  noun: 'attendee',
  idField: 'externalUserId',
  fieldExample: '["input", "attendees", "3"]',
  upstreamCodeExample: 'BadRequest or ResourceLimitExceeded',
});
