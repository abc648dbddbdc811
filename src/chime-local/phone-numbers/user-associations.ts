import { requireUser } from '../admin/records.ts';
import { badRequest, notFound } from '../errors.ts';
import type { LocalRequest, LocalResponse } from '../router.ts';
import { requiredString } from '../validate.ts';
import { associateNumber, disassociateNumber } from './associations.ts';
import { findNumberByE164 } from './inventory.ts';
import { E164_PATTERN } from './rules.ts';

/**
 * AssociatePhoneNumberWithUser (`POST /accounts/{AccountId}/users/{UserId}?operation=associate-phone-number`).
 * The reference lists only 400 and 404 for it; a number associated elsewhere, or a
 * user who already has another number, is answered 409 ConflictException like the
 * service's other state conflicts (see `associateNumber`).
 */
export function associatePhoneNumberWithUser({ params, body, store }: LocalRequest): LocalResponse {
  const user = requireUser(store, params.AccountId ?? '', params.UserId ?? '');
  const e164 = requiredString(body.E164PhoneNumber, 'E164PhoneNumber', { pattern: E164_PATTERN });
  const number = findNumberByE164(store, e164);
  if (!number) throw notFound(`PhoneNumber ${e164} does not exist in the inventory`);
  associateNumber(store, number, 'UserId', user.UserId);
  return { body: {} };
}

/**
 * DisassociatePhoneNumberFromUser (`POST /accounts/{AccountId}/users/{UserId}?operation=disassociate-phone-number`):
 * frees the user's PrimaryProvisionedNumber. A user without one is a 400.
 */
export function disassociatePhoneNumberFromUser({ params, store }: LocalRequest): LocalResponse {
  const user = requireUser(store, params.AccountId ?? '', params.UserId ?? '');
  const e164 = user.PrimaryProvisionedNumber;
  if (!e164) throw badRequest(`User ${user.UserId} has no PrimaryProvisionedNumber to disassociate`);
  const number = findNumberByE164(store, e164);
  if (number) disassociateNumber(store, number, 'UserId', user.UserId);
  else delete user.PrimaryProvisionedNumber;
  return { body: {} };
}
