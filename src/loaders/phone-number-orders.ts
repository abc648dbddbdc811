import type { ChimeCaller } from '../chime/client.ts';
import { GetPhoneNumberOrder, ListPhoneNumberOrders } from '../chime/operations/phone-number-orders.ts';
import { SearchAvailablePhoneNumbers } from '../chime/operations/phone-numbers.ts';
import type { PhoneNumberType } from '../chime/shapes/phone-number.ts';
import type { PhoneNumberOrder } from '../chime/shapes/phone-number-order.ts';
import { type ForwardPage, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';

/** Filters of `SearchAvailablePhoneNumbers`. */
export interface AvailablePhoneNumberFilters {
  areaCode?: string | null;
  city?: string | null;
  country?: string | null;
  state?: string | null;
  tollFreePrefix?: string | null;
  phoneNumberType?: PhoneNumberType | null;
}

/** Per-request loaders for phone number orders and the search for numbers to order. */
export function createPhoneNumberOrderLoaders(client: ChimeCaller, cursors: Cursors) {
  const phoneNumberOrder = getLoader(
    (orderId: string) =>
      client.send(GetPhoneNumberOrder, { PhoneNumberOrderId: orderId }).then((out) => out.PhoneNumberOrder),
    (orderId) => orderId,
  );
  return {
    phoneNumberOrder,
    /** A page of the AWS account's orders (ListPhoneNumberOrders); each one read primes `phoneNumberOrder`. */
    listPhoneNumberOrders: (page: ForwardPage) =>
      readConnection<PhoneNumberOrder>(page, {
        cursors,
        scope: ['phoneNumberOrders'],
        maxResults: ListPhoneNumberOrders.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(ListPhoneNumberOrders, {
            MaxResults: maxResults,
            NextToken: token ?? undefined,
          });
          for (const order of out.PhoneNumberOrders) phoneNumberOrder.prime(order.PhoneNumberOrderId, order);
          return { items: out.PhoneNumberOrders, nextToken: out.NextToken };
        },
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
          const out = await client.send(SearchAvailablePhoneNumbers, {
            AreaCode: filters.areaCode ?? undefined,
            City: filters.city ?? undefined,
            Country: filters.country ?? undefined,
            State: filters.state ?? undefined,
            TollFreePrefix: filters.tollFreePrefix ?? undefined,
            PhoneNumberType: filters.phoneNumberType ?? undefined,
            MaxResults: maxResults,
            NextToken: token ?? undefined,
          });
          return { items: out.E164PhoneNumbers, nextToken: out.NextToken };
        },
      }),
  };
}
