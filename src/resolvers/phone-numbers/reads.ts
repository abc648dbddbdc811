import type { PhoneNumberAssociationName, PhoneNumberProductType } from '../../chime/shapes/phone-number.ts';
import type { RequestContext } from '../../context.ts';
import {
  e164OfPhoneNumberId,
  type PhoneNumberCountryModel,
  type PhoneNumberFilters,
  type PhoneNumberModel,
} from '../../loaders/phone-numbers.ts';
import { emptyConnection, type ForwardPage } from '../../loaders/shared/connection.ts';
import { inScope, reachesAllAccounts } from '../shared/tenancy.ts';

/** The value of a phone number's `name` association (its AccountId, UserId, VoiceConnectorId…), or null. */
export function associationValue(number: PhoneNumberModel, name: PhoneNumberAssociationName): string | null {
  return number.associations.find((association) => association.name === name)?.value ?? null;
}

/**
 * Whether the caller may see `number`: every number with `["*"]`; otherwise only the numbers of
 * its accounts (the unassigned inventory lies outside every account).
 */
export function visibleNumber(ctx: RequestContext, number: PhoneNumberModel): boolean {
  return reachesAllAccounts(ctx.identity) || inScope(ctx.identity, associationValue(number, 'AccountId'));
}

/**
 * GetPhoneNumber by PhoneNumberId or E.164 number; null when the inventory has no such
 * number, or it is out of the caller's scope. `accountId`, when known, lets one request's
 * numbers of an account be read with one list instead of a Get each.
 */
export async function getPhoneNumber(
  ctx: RequestContext,
  phoneNumberId: string,
  accountId?: string | null,
): Promise<PhoneNumberModel | null> {
  if (accountId != null && !inScope(ctx.identity, accountId)) return null;
  // Which account holds a number is known only from the upstream's answer: it is withheld.
  const number = await ctx.loaders.phoneNumber.load({ e164: e164OfPhoneNumberId(phoneNumberId), accountId });
  return number && visibleNumber(ctx, number) ? number : null;
}

/**
 * ListPhoneNumbers, as a connection: the whole inventory or the numbers of one account,
 * user, voice connector or voice connector group (`filterName` = `filterValue`), by
 * product type and status. A scoped caller gets nothing for an account out of its scope
 * (without a call), and only its accounts' numbers of any other list.
 */
export async function listPhoneNumbers(ctx: RequestContext, page: ForwardPage, filters: PhoneNumberFilters) {
  if (reachesAllAccounts(ctx.identity)) return ctx.loaders.listPhoneNumbers(page, filters);
  if (filters.filterName === 'AccountId' && !inScope(ctx.identity, filters.filterValue))
    return emptyConnection<PhoneNumberModel>();
  return ctx.loaders.listPhoneNumbers(page, filters, {
    accounts: ctx.identity.accounts,
    keep: (number) => visibleNumber(ctx, number),
  });
}

/**
 * Starts reading `accountId`'s number list when `expected` of its users' numbers could be asked
 * for together, before the users are in (nothing for an account out of the caller's scope).
 */
export function readAccountNumbersAhead(ctx: RequestContext, accountId: string, expected: number): void {
  if (inScope(ctx.identity, accountId)) ctx.loaders.readAccountNumbersAhead(accountId, expected);
}

/** ListSupportedPhoneNumberCountries: where numbers of `productType` can be had, and of which types. */
export async function listSupportedCountries(
  ctx: RequestContext,
  productType: PhoneNumberProductType,
): Promise<PhoneNumberCountryModel[] | null> {
  return ctx.loaders.supportedCountries.load(productType);
}
