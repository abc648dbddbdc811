import DataLoader from 'dataloader';
import type { ChimeCaller } from '../chime/client.ts';
import { GetPhoneNumber, ListPhoneNumbers } from '../chime/operations/phone-numbers.ts';
import type {
  PhoneNumber,
  PhoneNumberAssociationName,
  PhoneNumberProductType,
  PhoneNumberStatus,
} from '../chime/shapes/phone-number.ts';
import { type ForwardPage, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { listOrGetBatch } from './shared/list-or-get.ts';

/**
 * A phone number is loaded by its E.164 number. `accountId`, when the caller knows it (a
 * user's primary number), lets a batch answer many numbers of one account with a list.
 */
export interface PhoneNumberKey {
  e164: string;
  accountId?: string | null;
}

/** Filters of `ListPhoneNumbers`: status, product type and at most one association. */
export interface PhoneNumberFilters {
  productType?: PhoneNumberProductType | null;
  status?: PhoneNumberStatus | null;
  filterName?: PhoneNumberAssociationName | null;
  filterValue?: string | null;
}

/**
 * The E.164 number a PhoneNumberId stands for. The service issues ids as the URI-encoded
 * number (`%2B12065550100`); callers also pass the bare number, with or without its `+`
 * (the reference's E.164 pattern makes it optional). Other ids are kept as they are.
 */
export function e164OfPhoneNumberId(phoneNumberId: string): string {
  let decoded = phoneNumberId;
  try {
    decoded = decodeURIComponent(phoneNumberId);
  } catch {
    // Not URI-encoded: the id as it is.
  }
  return /^[1-9]\d{1,14}$/.test(decoded) ? `+${decoded}` : decoded;
}

/** The E.164 number of an upstream phone number, which keys the loader. */
export const e164Of = (number: PhoneNumber) =>
  number.E164PhoneNumber ?? e164OfPhoneNumberId(number.PhoneNumberId);

/** Per-request loaders for phone numbers. */
export function createPhoneNumberLoaders(client: ChimeCaller, cursors: Cursors) {
  // Many numbers of one account (its users' primary numbers) are read from the account's
  // list, 99 a page, rather than one GetPhoneNumber each.
  const phoneNumber: DataLoader<PhoneNumberKey, PhoneNumber | null, string> = new DataLoader(
    listOrGetBatch<PhoneNumberKey, PhoneNumber>({
      groupOf: (key) => key.accountId,
      idOf: (key) => key.e164,
      idOfItem: e164Of,
      readPage: (accountId, token) =>
        client
          .send(ListPhoneNumbers, {
            FilterName: 'AccountId',
            FilterValue: accountId,
            MaxResults: ListPhoneNumbers.maxResults,
            NextToken: token,
          })
          .then((out) => ({ items: out.PhoneNumbers, nextToken: out.NextToken })),
      get: (key) => client.send(GetPhoneNumber, { PhoneNumberId: key.e164 }).then((out) => out.PhoneNumber),
      prime: (number) => phoneNumber.prime({ e164: e164Of(number) }, number),
    }),
    { cacheKeyFn: (key) => key.e164 },
  );
  /** Numbers a list brought: later loads in the request need no fetch. */
  const primeListed = (numbers: PhoneNumber[]) => {
    for (const number of numbers) phoneNumber.prime({ e164: e164Of(number) }, number);
  };

  return {
    phoneNumber,
    /** A page of phone numbers (ListPhoneNumbers); each one read primes `phoneNumber`. */
    listPhoneNumbers: (page: ForwardPage, filters: PhoneNumberFilters) =>
      readConnection<PhoneNumber>(page, {
        cursors,
        scope: ['phoneNumbers', filters.filterName, filters.filterValue, filters.productType, filters.status],
        maxResults: ListPhoneNumbers.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(ListPhoneNumbers, {
            MaxResults: maxResults,
            NextToken: token ?? undefined,
            ProductType: filters.productType ?? undefined,
            Status: filters.status ?? undefined,
            FilterName: filters.filterName ?? undefined,
            FilterValue: filters.filterValue ?? undefined,
          });
          primeListed(out.PhoneNumbers);
          return { items: out.PhoneNumbers, nextToken: out.NextToken };
        },
      }),
    /** Forgets what the request read of a number (its associations changed), so it is read again. */
    forgetPhoneNumber: (e164: string) => {
      phoneNumber.clear({ e164 });
    },
  };
}
