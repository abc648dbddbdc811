import { notFound } from '../errors.ts';
import type { LocalRequest, LocalResponse } from '../router.ts';
import type { Store } from '../store.ts';
import { optionalInt, requiredArray, requiredEnum, requiredString } from '../validate.ts';
import { addNumber, findNumberByE164 } from './inventory.ts';
import { checkProductTypeFits, E164_PATTERN, PRODUCT_TYPES } from './rules.ts';
import type { PhoneNumberOrder, ProductType } from './state.ts';

const ORDER_ID_PATTERN = /^[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}$/;
/** The reference's MaxResults maximum, also the page size when the caller gives none. */
const MAX_RESULTS = 99;

/** CreatePhoneNumberOrder (`POST /phone-number-orders`) → 201. */
export function createPhoneNumberOrder({ body, store }: LocalRequest): LocalResponse {
  const productType = requiredEnum(body.ProductType, 'ProductType', PRODUCT_TYPES);
  const numbers = requiredArray(body.E164PhoneNumbers, 'E164PhoneNumbers', { min: 1 }).map((value, index) =>
    requiredString(value, `E164PhoneNumbers[${index}]`, { pattern: E164_PATTERN }),
  );
  numbers.forEach((e164, index) => {
    checkProductTypeFits(e164, productType, `E164PhoneNumbers[${index}]`);
  });
  return {
    status: 201,
    body: { PhoneNumberOrder: structuredClone(placeOrder(store, productType, numbers)) },
  };
}

/**
 * Places an order that completes at once: each number enters the inventory
 * `Unassigned` with the order's product type. A number already in the inventory
 * (or twice in the order) is not an error of the whole request: the reference gives
 * CreatePhoneNumberOrder no ConflictException but gives OrderedPhoneNumber a `Failed`
 * status and the order `Partial` / `Failed`, so that number alone fails.
 */
export function placeOrder(
  store: Store,
  productType: ProductType,
  numbers: string[],
  orderId = store.newId(),
): PhoneNumberOrder {
  const ordered = numbers.map((e164) => {
    if (findNumberByE164(store, e164)) return { E164PhoneNumber: e164, Status: 'Failed' as const };
    addNumber(store, { E164PhoneNumber: e164, ProductType: productType });
    return { E164PhoneNumber: e164, Status: 'Acquired' as const };
  });
  const acquired = ordered.filter((number) => number.Status === 'Acquired').length;
  const now = store.now();
  const order: PhoneNumberOrder = {
    PhoneNumberOrderId: orderId,
    ProductType: productType,
    Status: acquired === ordered.length ? 'Successful' : acquired === 0 ? 'Failed' : 'Partial',
    OrderedPhoneNumbers: ordered,
    CreatedTimestamp: now,
    UpdatedTimestamp: now,
  };
  store.phoneNumbers.orders.set(order.PhoneNumberOrderId, order);
  return order;
}

/** GetPhoneNumberOrder (`GET /phone-number-orders/{PhoneNumberOrderId}`). */
export function getPhoneNumberOrder({ params, store }: LocalRequest): LocalResponse {
  const id = requiredString(params.PhoneNumberOrderId, 'PhoneNumberOrderId', { pattern: ORDER_ID_PATTERN });
  const order = store.phoneNumbers.orders.get(id);
  if (!order) throw notFound(`PhoneNumberOrder ${id} does not exist`);
  return { body: { PhoneNumberOrder: structuredClone(order) } };
}

/** ListPhoneNumberOrders (`GET /phone-number-orders`), oldest first. */
export function listPhoneNumberOrders({ query, store }: LocalRequest): LocalResponse {
  const maxResults =
    optionalInt(query.get('max-results'), 'MaxResults', { min: 1, max: MAX_RESULTS }) ?? MAX_RESULTS;
  const orders = [...store.phoneNumbers.orders.values()];
  const page = store.paginator.page(orders, maxResults, query.get('next-token'), 'ListPhoneNumberOrders');
  return { body: { PhoneNumberOrders: structuredClone(page.items), NextToken: page.nextToken } };
}
