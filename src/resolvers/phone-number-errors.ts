import type { PhoneNumberError } from '../chime/shapes/phone-number.ts';
import { type UserErrorCode, userErrorCodeForItem } from './user-errors.ts';

/** One phone number a batch operation could not change (the upstream's PhoneNumberErrors); the others changed. */
export interface PhoneNumberErrorModel {
  /** The number as the upstream names it: its PhoneNumberId, or the E.164 number the input gave. */
  phoneNumberId: string | null;
  /** The input item the error is about, e.g. `['input', 'e164PhoneNumbers', '3']`. */
  field: string[] | null;
  /** Null when the reason is not one the caller can fix (the upstream failed; try again). */
  code: UserErrorCode | null;
  /** The upstream's own ErrorCode (`NotFound`, `Conflict`, `BadRequest`...). */
  upstreamCode: string | null;
  message: string;
}

/** The E.164 form, `+` included, of a PhoneNumberId (the service issues ids as the URI-encoded number). */
export const canonicalE164 = (phoneNumberId: string) => {
  try {
    return decodeURIComponent(phoneNumberId).replace(/^(?=[1-9])/, '+');
  } catch {
    return phoneNumberId;
  }
};

/**
 * Maps a batch's PhoneNumberErrors, each pointing at the input item it is about: the
 * member of `inputNumbers` (ids or E.164 numbers, `+` optional) it names, under `field`.
 */
export function toPhoneNumberErrors(
  errors: PhoneNumberError[] | undefined,
  inputNumbers: readonly string[],
  field: readonly string[],
): PhoneNumberErrorModel[] {
  const inputs = inputNumbers.map(canonicalE164);
  return (errors ?? []).map((error) => {
    const index = error.PhoneNumberId === undefined ? -1 : inputs.indexOf(canonicalE164(error.PhoneNumberId));
    return {
      phoneNumberId: error.PhoneNumberId ?? null,
      field: index < 0 ? null : [...field, String(index)],
      code: userErrorCodeForItem(error.ErrorCode),
      upstreamCode: error.ErrorCode ?? null,
      message: error.ErrorMessage ?? `The upstream did not change phone number ${error.PhoneNumberId ?? ''}`,
    };
  });
}
