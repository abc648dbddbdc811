import type { RequestContext } from '../../context.ts';
import { badUserInput } from '../../errors.ts';
import type {
  AvailablePhoneNumberFilters,
  PhoneNumberOrderModel,
} from '../../loaders/phone-number-orders.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';

/** GetPhoneNumberOrder; null when there is no such order. */
export function getPhoneNumberOrder(
  ctx: RequestContext,
  phoneNumberOrderId: string,
): Promise<PhoneNumberOrderModel | null> {
  return ctx.loaders.phoneNumberOrder.load(phoneNumberOrderId);
}

/** ListPhoneNumberOrders, as a connection. */
export function listPhoneNumberOrders(ctx: RequestContext, page: ForwardPage) {
  return ctx.loaders.listPhoneNumberOrders(page);
}

/**
 * The reference's rules for a search, as a BAD_USER_INPUT error before any upstream call (each
 * argument's own pattern is checked by the schema's argument rules):
 * US searches (the default country) need an area code, city, state or toll-free prefix, and
 * a city needs its state; searches elsewhere take only the phone number type, which they need.
 */
function checkSearch(filters: AvailablePhoneNumberFilters): void {
  const usOnly = {
    areaCode: filters.areaCode,
    city: filters.city,
    state: filters.state,
    tollFreePrefix: filters.tollFreePrefix,
  };
  const given = Object.entries(usOnly).filter(([, value]) => value != null);
  const country = filters.country ?? 'US';
  if (country !== 'US') {
    if (given[0]) throw badUserInput(`${given[0][0]} only applies to US numbers, got country ${country}`);
    if (!filters.phoneNumberType)
      throw badUserInput(`phoneNumberType is required for numbers outside the US, got country ${country}`);
    return;
  }
  if (given.length === 0)
    throw badUserInput('US searches need at least one of areaCode, city, state or tollFreePrefix');
  if (filters.city != null && filters.state == null)
    throw badUserInput(`state is required when city is given, got city ${JSON.stringify(filters.city)}`);
}

/** SearchAvailablePhoneNumbers, as a connection of E.164 numbers that can be ordered. */
export async function searchAvailablePhoneNumbers(
  ctx: RequestContext,
  page: ForwardPage,
  filters: AvailablePhoneNumberFilters,
) {
  checkSearch(filters);
  return ctx.loaders.searchAvailablePhoneNumbers(page, filters);
}
