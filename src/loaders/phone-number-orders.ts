import { type CachingCaller, cachedAs } from '../cache/read-cache.ts';
import { GetPhoneNumberOrder, ListPhoneNumberOrders } from '../chime/operations/phone-number-orders.ts';
import { SearchAvailablePhoneNumbers } from '../chime/operations/phone-numbers.ts';
import {
  PHONE_NUMBER_PRODUCT_TYPES,
  type PhoneNumberProductType,
  type PhoneNumberType,
} from '../chime/shapes/phone-number.ts';
import {
  ORDERED_PHONE_NUMBER_STATUSES,
  type OrderedPhoneNumberStatus,
  PHONE_NUMBER_ORDER_STATUSES,
  type PhoneNumberOrder,
  type PhoneNumberOrderStatus,
} from '../chime/shapes/phone-number-order.ts';
import { type ForwardPage, listPages, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';
import { isoTimestamp, knownValue } from './shared/upstream-values.ts';

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

/** Filters of `SearchAvailablePhoneNumbers`. */
export interface AvailablePhoneNumberFilters {
  areaCode?: string | null;
  city?: string | null;
  country?: string | null;
  state?: string | null;
  tollFreePrefix?: string | null;
  phoneNumberType?: PhoneNumberType | null;
}

/**
 * Per-request loaders for phone number orders and the search for numbers to order, and
 * the cache change an order makes.
 */
export function createPhoneNumberOrderLoaders(client: CachingCaller, cursors: Cursors) {
  const phoneNumberOrder = getLoader(
    (orderId: string) =>
      client
        .send(GetPhoneNumberOrder, { PhoneNumberOrderId: orderId }, cachedAs('phone-number-orders', orderId))
        .then((out) => toPhoneNumberOrder(out.PhoneNumberOrder)),
    (orderId) => orderId,
  );
  return {
    phoneNumberOrder,
    /** A page of the AWS account's orders (ListPhoneNumberOrders); each one read primes `phoneNumberOrder`. */
    listPhoneNumberOrders: (page: ForwardPage) =>
      readConnection<PhoneNumberOrderModel>(page, {
        cursors,
        scope: ['phoneNumberOrders'],
        maxResults: ListPhoneNumberOrders.maxResults!,
        read: listPages(
          client,
          ListPhoneNumberOrders,
          {},
          (out) => {
            const items = out.PhoneNumberOrders.map(toPhoneNumberOrder);
            for (const order of items) phoneNumberOrder.prime(order.phoneNumberOrderId, order);
            return items;
          },
          cachedAs('phone-number-orders'),
        ),
      }),
    /** A page of numbers that can be ordered (SearchAvailablePhoneNumbers). */
    searchAvailablePhoneNumbers: (page: ForwardPage, filters: AvailablePhoneNumberFilters) =>
      readConnection<string>(page, {
        cursors,
        scope: [
          'availablePhoneNumbers',
          filters.country,
          filters.areaCode,
          filters.city,
          filters.state,
          filters.tollFreePrefix,
          filters.phoneNumberType,
        ],
        maxResults: SearchAvailablePhoneNumbers.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(
            SearchAvailablePhoneNumbers,
            {
              AreaCode: filters.areaCode ?? undefined,
              City: filters.city ?? undefined,
              Country: filters.country ?? undefined,
              State: filters.state ?? undefined,
              TollFreePrefix: filters.tollFreePrefix ?? undefined,
              PhoneNumberType: filters.phoneNumberType ?? undefined,
              MaxResults: maxResults,
              NextToken: token ?? undefined,
            },
            cachedAs('phone-numbers'),
          );
          return { items: out.E164PhoneNumbers, nextToken: out.NextToken };
        },
      }),
    /** The order as the upstream just answered it replaces whatever the request had loaded. */
    replacePhoneNumberOrder(model: PhoneNumberOrderModel): void {
      phoneNumberOrder.clear(model.phoneNumberOrderId).prime(model.phoneNumberOrderId, model);
      client.changed('phone-number-orders', model.phoneNumberOrderId);
    },
  };
}
