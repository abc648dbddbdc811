import { badRequest } from '../errors.ts';
import type { LocalRequest, LocalResponse } from '../router.ts';
import type { Store } from '../store.ts';
import { requiredArray, requiredString } from '../validate.ts';
import { ownerOf, phoneNumberError } from './associations.ts';
import { readNumber, requireNumber } from './inventory.ts';
import { NON_BLANK_PATTERN } from './rules.ts';
import type { PhoneNumber } from './state.ts';

/** DeletePhoneNumber (`DELETE /phone-numbers/{PhoneNumberId}`) → 204. */
export function deletePhoneNumber({ params, store }: LocalRequest): LocalResponse {
  const id = requiredString(params.PhoneNumberId, 'PhoneNumberId', { pattern: NON_BLANK_PATTERN });
  queueForDeletion(store, requireNumber(store, id));
  return { status: 204 };
}

/** BatchDeletePhoneNumber (`POST /phone-numbers?operation=batch-delete`); refused numbers go to PhoneNumberErrors. */
export function batchDeletePhoneNumber({ body, store }: LocalRequest): LocalResponse {
  const ids = requiredArray(body.PhoneNumberIds, 'PhoneNumberIds', { min: 1 }).map((value, index) =>
    requiredString(value, `PhoneNumberIds[${index}]`, { pattern: NON_BLANK_PATTERN }),
  );
  const errors = ids.flatMap((id) => {
    try {
      queueForDeletion(store, requireNumber(store, id));
      return [];
    } catch (error) {
      return [phoneNumberError(id, error)];
    }
  });
  return { body: { PhoneNumberErrors: errors } };
}

/** RestorePhoneNumber (`POST /phone-numbers/{PhoneNumberId}?operation=restore`): back to the inventory, `Unassigned`. */
export function restorePhoneNumber({ params, store }: LocalRequest): LocalResponse {
  const id = requiredString(params.PhoneNumberId, 'PhoneNumberId', { pattern: NON_BLANK_PATTERN });
  const number = requireNumber(store, id);
  if (number.Status !== 'DeleteInProgress')
    throw badRequest(`PhoneNumber ${number.E164PhoneNumber} is ${number.Status}, not in the deletion queue`);
  number.Status = 'Unassigned';
  delete number.DeletionTimestamp;
  number.UpdatedTimestamp = store.now();
  return { body: { PhoneNumber: readNumber(store, number) } };
}

/**
 * Moves a number to the deletion queue (`DeleteInProgress`, DeletionTimestamp set),
 * where it stays (chime-local never purges it; the service does after 7 days). The
 * reference gives DeletePhoneNumber no ConflictException, so an associated number
 * or one already queued is a 400 BadRequestException.
 */
function queueForDeletion(store: Store, number: PhoneNumber): void {
  const e164 = number.E164PhoneNumber;
  if (number.Status === 'DeleteInProgress')
    throw badRequest(`PhoneNumber ${e164} is already in the deletion queue`);
  const owner = ownerOf(number);
  if (owner)
    throw badRequest(
      `PhoneNumber ${e164} is associated with ${owner.Name} ${owner.Value}; disassociate it before deleting it`,
    );
  const now = store.now();
  number.Status = 'DeleteInProgress';
  number.DeletionTimestamp = now;
  number.UpdatedTimestamp = now;
}
