import type { PhoneNumberAssociationName } from '../../chime/shapes/phone-number.ts';
import type { RequestContext } from '../../context.ts';
import {
  e164OfPhoneNumberId,
  type PhoneNumberFilters,
  type PhoneNumberModel,
} from '../../loaders/phone-numbers.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';

/** The value of a phone number's `name` association (its AccountId, UserId, VoiceConnectorId…), or null. */
export function associationValue(number: PhoneNumberModel, name: PhoneNumberAssociationName): string | null {
  return number.associations.find((association) => association.name === name)?.value ?? null;
}

/**
 * GetPhoneNumber by PhoneNumberId or E.164 number; null when the inventory has no such
 * number. `accountId`, when known, lets one request's numbers of an account be read with
 * one list instead of a Get each.
 */
export function getPhoneNumber(
  ctx: RequestContext,
  phoneNumberId: string,
  accountId?: string | null,
): Promise<PhoneNumberModel | null> {
  return ctx.loaders.phoneNumber.load({ e164: e164OfPhoneNumberId(phoneNumberId), accountId });
}

/**
 * ListPhoneNumbers, as a connection: the whole inventory or the numbers of one account,
 * user, voice connector or voice connector group (`filterName` = `filterValue`), by
 * product type and status.
 */
export function listPhoneNumbers(ctx: RequestContext, page: ForwardPage, filters: PhoneNumberFilters) {
  return ctx.loaders.listPhoneNumbers(page, filters);
}
