import type { BatchCreateChannelMembershipError } from '../../chime/shapes/channel-membership.ts';
import type { CreateAttendeeError } from '../../chime/shapes/meeting.ts';
import type { PhoneNumberError } from '../../chime/shapes/phone-number.ts';
import type { MemberError } from '../../chime/shapes/room.ts';
import type { UserError } from '../../chime/shapes/user.ts';
import { e164OfPhoneNumberId } from '../../loaders/phone-numbers.ts';
import { type UserErrorCode, userErrorCodeForItem } from './user-errors.ts';

/**
 * One item a batch operation could not change (the upstream's UserErrors or
 * PhoneNumberErrors); the other items changed.
 */
export interface BatchItemErrorModel {
  /**
   * The item as the upstream names it: a UserId, a member ARN or id, an attendee's ExternalUserId,
   * or a PhoneNumberId or the E.164 number the input gave.
   */
  id: string | null;
  /** The input item the error is about, e.g. `['input', 'userIds', '3']`. */
  field: string[] | null;
  /** Null when the reason is not one the caller can fix (the upstream failed or throttled). */
  code: UserErrorCode | null;
  /** The upstream's own ErrorCode (`NotFound`, `Conflict`, `BadRequest`...). */
  upstreamCode: string | null;
  message: string;
}

/** How to read one kind of batch error: the item it names, and how ids compare with the input's. */
interface BatchErrorKind<E> {
  idOf: (error: E) => string | undefined;
  /** Both the input's ids and the errors' go through it before they are compared. */
  sameId: (id: string) => string;
  /** How a message names an item, e.g. `user`. */
  noun: string;
}

/**
 * Maps a batch's errors, each pointing at the input item it is about: the member of
 * `inputIds` it names, at `[...field, index]`.
 */
function toBatchItemErrors<E extends { ErrorCode?: string; ErrorMessage?: string }>(
  kind: BatchErrorKind<E>,
  errors: E[] | undefined,
  inputIds: readonly string[],
  field: readonly string[],
): BatchItemErrorModel[] {
  const inputs = inputIds.map(kind.sameId);
  return (errors ?? []).map((error) => {
    const id = kind.idOf(error);
    const index = id === undefined ? -1 : inputs.indexOf(kind.sameId(id));
    return {
      id: id ?? null,
      field: index < 0 ? null : [...field, String(index)],
      code: userErrorCodeForItem(error.ErrorCode),
      upstreamCode: error.ErrorCode ?? null,
      message: error.ErrorMessage ?? `The upstream did not change ${kind.noun} ${id ?? '(unnamed)'}`,
    };
  });
}

const USER_ERRORS: BatchErrorKind<UserError> = {
  idOf: (error) => error.UserId,
  sameId: (id) => id,
  noun: 'user',
};

// Inputs name numbers by PhoneNumberId or E.164 number, `+` optional: compare E.164 numbers.
const PHONE_NUMBER_ERRORS: BatchErrorKind<PhoneNumberError> = {
  idOf: (error) => error.PhoneNumberId,
  sameId: e164OfPhoneNumberId,
  noun: 'phone number',
};

const MEMBER_ERRORS: BatchErrorKind<BatchCreateChannelMembershipError> = {
  idOf: (error) => error.MemberArn,
  sameId: (id) => id,
  noun: 'member',
};

const ATTENDEE_ERRORS: BatchErrorKind<CreateAttendeeError> = {
  idOf: (error) => error.ExternalUserId,
  sameId: (id) => id,
  noun: 'attendee',
};

/** Maps the attendees a batch could not create against the input's attendees (by ExternalUserId) under `field`. */
export function toAttendeeErrors(
  errors: CreateAttendeeError[] | undefined,
  externalUserIds: readonly string[],
  field: readonly string[],
): BatchItemErrorModel[] {
  return toBatchItemErrors(ATTENDEE_ERRORS, errors, externalUserIds, field);
}

/** Maps a batch's member errors against the member ARNs the input listed under `field`. */
export function toChannelMembershipErrors(
  errors: BatchCreateChannelMembershipError[] | undefined,
  memberArns: readonly string[],
  field: readonly string[],
): BatchItemErrorModel[] {
  return toBatchItemErrors(MEMBER_ERRORS, errors, memberArns, field);
}

const ROOM_MEMBER_ERRORS: BatchErrorKind<MemberError> = {
  idOf: (error) => error.MemberId,
  sameId: (id) => id,
  noun: 'member',
};

/** Maps a room batch's member errors against the member ids the input listed under `field`. */
export function toRoomMembershipErrors(
  errors: MemberError[] | undefined,
  memberIds: readonly string[],
  field: readonly string[],
): BatchItemErrorModel[] {
  return toBatchItemErrors(ROOM_MEMBER_ERRORS, errors, memberIds, field);
}

/** Maps a user batch's UserErrors against the user ids the input listed under `field`. */
export function toUserErrors(
  errors: UserError[] | undefined,
  userIds: readonly string[],
  field: readonly string[],
): BatchItemErrorModel[] {
  return toBatchItemErrors(USER_ERRORS, errors, userIds, field);
}

/** Maps a batch's PhoneNumberErrors against the numbers (ids or E.164 numbers) the input listed under `field`. */
export function toPhoneNumberErrors(
  errors: PhoneNumberError[] | undefined,
  inputNumbers: readonly string[],
  field: readonly string[],
): BatchItemErrorModel[] {
  return toBatchItemErrors(PHONE_NUMBER_ERRORS, errors, inputNumbers, field);
}
