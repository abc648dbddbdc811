import { badRequest, conflict } from '../errors.ts';
import type { LocalRequest, LocalResponse } from '../router.ts';
import type { Store } from '../store.ts';
import { optionalEnum, optionalString, requiredArray, requiredObject, requiredString } from '../validate.ts';
import { phoneNumberError } from './associations.ts';
import { requireNumber } from './inventory.ts';
import { CALLING_NAME_PATTERN, checkProductTypeFits, NON_BLANK_PATTERN, PRODUCT_TYPES } from './rules.ts';
import type { PhoneNumber, ProductType } from './state.ts';

/** One number's update: exactly one of the two members. */
type NumberUpdate = { ProductType: ProductType } | { CallingName: string };

/** UpdatePhoneNumber (`POST /phone-numbers/{PhoneNumberId}`). */
export function updatePhoneNumber({ params, body, store }: LocalRequest): LocalResponse {
  const id = requiredString(params.PhoneNumberId, 'PhoneNumberId', { pattern: NON_BLANK_PATTERN });
  const update = readUpdate(body, '');
  const number = requireNumber(store, id);
  applyUpdate(store, number, update);
  return { body: { PhoneNumber: structuredClone(number) } };
}

/**
 * BatchUpdatePhoneNumber (`POST /phone-numbers?operation=batch-update`). A malformed
 * item fails the whole request (400) before anything changes; an item the number's
 * state refuses (not found, conflict, product type rule) is reported in
 * PhoneNumberErrors and the other items still apply.
 */
export function batchUpdatePhoneNumber({ body, store }: LocalRequest): LocalResponse {
  const items = requiredArray(body.UpdatePhoneNumberRequestItems, 'UpdatePhoneNumberRequestItems').map(
    (value, index) => {
      const name = `UpdatePhoneNumberRequestItems[${index}]`;
      const item = requiredObject(value, name);
      const id = requiredString(item.PhoneNumberId, `${name}.PhoneNumberId`, { pattern: NON_BLANK_PATTERN });
      return { id, update: readUpdate(item, `${name}.`) };
    },
  );
  const errors = items.flatMap(({ id, update }) => {
    try {
      applyUpdate(store, requireNumber(store, id), update);
      return [];
    } catch (error) {
      return [phoneNumberError(id, error)];
    }
  });
  return { body: { PhoneNumberErrors: errors } };
}

/** Validates an update's members; `prefix` locates them in a batch (`…Items[2].`). */
function readUpdate(source: Record<string, unknown>, prefix: string): NumberUpdate {
  const productType = optionalEnum(source.ProductType, `${prefix}ProductType`, PRODUCT_TYPES);
  const callingName = optionalString(source.CallingName, `${prefix}CallingName`, {
    pattern: CALLING_NAME_PATTERN,
  });
  if (productType !== undefined && callingName !== undefined)
    throw badRequest(
      `${prefix}ProductType and ${prefix}CallingName cannot be updated in one request; got both`,
    );
  if (productType !== undefined) return { ProductType: productType };
  if (callingName !== undefined) return { CallingName: callingName };
  throw badRequest(`${prefix}ProductType or ${prefix}CallingName is required`);
}

/**
 * Applies one update under the service's rules: the product type must fit the number
 * and can only change while the number is unassigned (an association depends on it);
 * a calling-name update starts `UpdateInProgress` and a second one is refused until
 * the first completes (see `readNumber`).
 */
function applyUpdate(store: Store, number: PhoneNumber, update: NumberUpdate): void {
  const e164 = number.E164PhoneNumber;
  if (number.Status === 'DeleteInProgress')
    throw conflict(`PhoneNumber ${e164} is DeleteInProgress; restore it before updating it`);
  if ('ProductType' in update) {
    checkProductTypeFits(e164, update.ProductType, 'ProductType');
    if (update.ProductType === number.ProductType) return;
    if (number.Status === 'Assigned')
      throw conflict(
        `PhoneNumber ${e164} is Assigned; disassociate it before changing its ProductType to ${update.ProductType}`,
      );
    number.ProductType = update.ProductType;
  } else {
    if (store.phoneNumbers.pendingCallingNames.has(number.PhoneNumberId))
      throw conflict(`PhoneNumber ${e164} has a calling name update in progress; wait for it to complete`);
    number.CallingName = update.CallingName;
    number.CallingNameStatus = 'UpdateInProgress';
    store.phoneNumbers.pendingCallingNames.add(number.PhoneNumberId);
  }
  number.UpdatedTimestamp = store.now();
}
