import type { PhoneNumberError } from '../../chime/shapes/phone-number.ts';
import { e164OfPhoneNumberId } from '../../loaders/phone-numbers.ts';
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

/**
 * Maps a batch's PhoneNumberErrors, each pointing at the input item it is about: the
 * member of `inputNumbers` (ids or E.164 numbers, `+` optional) it names, under `field`.
 */
export function toPhoneNumberErrors(
  errors: PhoneNumberError[] | undefined,
  inputNumbers: readonly string[],
  field: readonly string[],
): PhoneNumberErrorModel[] {
  const inputs = inputNumbers.map(e164OfPhoneNumberId);
  return (errors ?? []).map((error) => {
    const index =
      error.PhoneNumberId === undefined ? -1 : inputs.indexOf(e164OfPhoneNumberId(error.PhoneNumberId));
    return {
      phoneNumberId: error.PhoneNumberId ?? null,
      field: index < 0 ? null : [...field, String(index)],
      code: userErrorCodeForItem(error.ErrorCode),
      upstreamCode: error.ErrorCode ?? null,
      message: error.ErrorMessage ?? `The upstream did not change phone number ${error.PhoneNumberId ?? ''}`,
    };
  });
}
