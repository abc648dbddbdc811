import { CreatePhoneNumberOrder } from '../../chime/operations/phone-number-orders.ts';
import type { PhoneNumberOrder } from '../../chime/shapes/phone-number-order.ts';
import type { RequestContext } from '../../context.ts';
import { badUserInput } from '../../errors.ts';
import type { AvailablePhoneNumberFilters } from '../../loaders/phone-number-orders.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';
import { forgetPhoneNumber } from '../phone-numbers/commands.ts';
import { checkProductTypeFits, E164_RULE } from '../phone-numbers/rules.ts';
import { mapConnection } from '../shared/connection.ts';
import {
  knownValue,
  ORDERED_PHONE_NUMBER_STATUSES,
  type OrderedPhoneNumberStatus,
  PHONE_NUMBER_ORDER_STATUSES,
  PHONE_NUMBER_PRODUCT_TYPES,
  type PhoneNumberOrderStatus,
  type PhoneNumberProductType,
} from '../shared/enums.ts';
import { checkEach, checkItemCount, validateThenRun } from '../shared/input-rules.ts';
import { isoTimestamp } from '../shared/timestamps.ts';
import type { MutationResult } from '../shared/user-errors.ts';

/** A phone number order, as the graph sees it. */
export interface PhoneNumberOrderModel {
  phoneNumberOrderId: string;
  productType: PhoneNumberProductType | null;
  status: PhoneNumberOrderStatus | null;
  orderedPhoneNumbers: { e164PhoneNumber: string | null; status: OrderedPhoneNumberStatus | null }[];
  createdTimestamp: string | null;
  updatedTimestamp: string | null;
}

/** Maps an upstream phone number order. */
export function toPhoneNumberOrder(order: PhoneNumberOrder): PhoneNumberOrderModel {
  return {
    phoneNumberOrderId: order.PhoneNumberOrderId,
    productType: knownValue(PHONE_NUMBER_PRODUCT_TYPES, order.ProductType),
    status: knownValue(PHONE_NUMBER_ORDER_STATUSES, order.Status),
    orderedPhoneNumbers: (order.OrderedPhoneNumbers ?? []).map((number) => ({
      e164PhoneNumber: number.E164PhoneNumber ?? null,
      status: knownValue(ORDERED_PHONE_NUMBER_STATUSES, number.Status),
    })),
    createdTimestamp: isoTimestamp(order.CreatedTimestamp),
    updatedTimestamp: isoTimestamp(order.UpdatedTimestamp),
  };
}

/** GetPhoneNumberOrder; null when there is no such order. */
export async function getPhoneNumberOrder(
  ctx: RequestContext,
  phoneNumberOrderId: string,
): Promise<PhoneNumberOrderModel | null> {
  const order = await ctx.loaders.phoneNumberOrder.load(phoneNumberOrderId);
  return order && toPhoneNumberOrder(order);
}

/** ListPhoneNumberOrders, as a connection. */
export async function listPhoneNumberOrders(ctx: RequestContext, page: ForwardPage) {
  return mapConnection(await ctx.loaders.listPhoneNumberOrders(page), toPhoneNumberOrder);
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

/** Input of `orderPhoneNumbers`. */
export interface OrderPhoneNumbersInput {
  productType: PhoneNumberProductType;
  e164PhoneNumbers: string[];
}

/**
 * CreatePhoneNumberOrder. Changes: the order (primed with the upstream's answer) and the
 * ordered numbers, which enter the inventory (cleared: an earlier field may have found
 * them missing).
 */
export function orderPhoneNumbers(
  ctx: RequestContext,
  input: OrderPhoneNumbersInput,
): Promise<MutationResult<{ phoneNumberOrderId: string }>> {
  const field = ['input', 'e164PhoneNumbers'];
  const userErrors = [
    ...checkItemCount(input.e164PhoneNumbers, field, { min: 1 }),
    ...checkEach(input.e164PhoneNumbers, field, E164_RULE),
    ...input.e164PhoneNumbers.flatMap((e164, index) =>
      checkProductTypeFits(e164, input.productType, [...field, String(index)]),
    ),
  ];
  return validateThenRun<{ phoneNumberOrderId: string }>(
    userErrors,
    { phoneNumberOrderId: null },
    async () => {
      const { PhoneNumberOrder } = await ctx.client.send(CreatePhoneNumberOrder, {
        ProductType: input.productType,
        E164PhoneNumbers: input.e164PhoneNumbers,
      });
      const orderId = PhoneNumberOrder.PhoneNumberOrderId;
      ctx.loaders.phoneNumberOrder.clear(orderId).prime(orderId, PhoneNumberOrder);
      for (const e164 of input.e164PhoneNumbers) forgetPhoneNumber(ctx, e164);
      return { phoneNumberOrderId: orderId };
    },
  );
}
