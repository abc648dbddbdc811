import DataLoader from 'dataloader';
import type { ChimeClient } from '../chime/client.ts';
import { GetPhoneNumber, ListPhoneNumbers } from '../chime/operations/phone-numbers.ts';
import type {
  PhoneNumber,
  PhoneNumberAssociationName,
  PhoneNumberProductType,
  PhoneNumberStatus,
} from '../chime/shapes/phone-number.ts';
import { type ForwardPage, readConnection } from './connection.ts';
import { orNull } from './get-loader.ts';

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
 * number (`%2B12065550100`); callers also pass the bare number (`+12065550100`).
 */
export function e164OfPhoneNumberId(phoneNumberId: string): string {
  try {
    return decodeURIComponent(phoneNumberId);
  } catch {
    return phoneNumberId;
  }
}

/** The E.164 number of an upstream phone number, which keys the loader. */
const e164Of = (number: PhoneNumber) => number.E164PhoneNumber ?? e164OfPhoneNumberId(number.PhoneNumberId);

/** Per-request loaders for phone numbers. */
export function createPhoneNumberLoaders(client: ChimeClient) {
  const getOne = (e164: string) =>
    orNull(client.send(GetPhoneNumber, { PhoneNumberId: e164 }).then((out) => out.PhoneNumber));

  /**
   * Reads the account's numbers (ListPhoneNumbers filter-name=AccountId, full pages) until
   * every wanted number is found, priming each number read. It stops early when the pages
   * read reach the numbers still missing, so it never costs more than twice the Gets it
   * replaces; what it did not find is left for GetPhoneNumber.
   */
  const scanAccount = async (accountId: string, wanted: Set<string>) => {
    const found = new Map<string, PhoneNumber>();
    let token: string | undefined;
    for (let pages = 0; found.size < wanted.size && pages < wanted.size - found.size; pages += 1) {
      const out = await client.send(ListPhoneNumbers, {
        FilterName: 'AccountId',
        FilterValue: accountId,
        MaxResults: ListPhoneNumbers.maxResults,
        NextToken: token,
      });
      for (const number of out.PhoneNumbers) {
        const e164 = e164Of(number);
        if (wanted.has(e164)) found.set(e164, number);
        else phoneNumber.prime({ e164 }, number);
      }
      token = out.NextToken;
      if (!token) break;
    }
    return found;
  };

  /**
   * Answers a batch: keys that share an account with others are read from the account's
   * list (a failed list fails those keys only); each remaining key costs one GetPhoneNumber.
   * A missing number is null.
   */
  const loadBatch = async (keys: readonly PhoneNumberKey[]) => {
    const byAccount = new Map<string, Set<string>>();
    for (const { e164, accountId } of keys)
      if (accountId) byAccount.set(accountId, (byAccount.get(accountId) ?? new Set()).add(e164));
    const listed = new Map<string, PhoneNumber | Error>();
    await Promise.all(
      [...byAccount.entries()]
        .filter(([, wanted]) => wanted.size > 1)
        .map(async ([accountId, wanted]) => {
          try {
            for (const [e164, number] of await scanAccount(accountId, wanted)) listed.set(e164, number);
          } catch (error) {
            for (const e164 of wanted) listed.set(e164, error as Error);
          }
        }),
    );
    return Promise.all(
      keys.map((key) => listed.get(key.e164) ?? getOne(key.e164).catch((error: Error) => error)),
    );
  };

  const phoneNumber = new DataLoader<PhoneNumberKey, PhoneNumber | null, string>(loadBatch, {
    cacheKeyFn: (key) => key.e164,
  });
  /** Numbers a list brought: later loads in the request need no fetch. */
  const primeListed = (numbers: PhoneNumber[]) => {
    for (const number of numbers) phoneNumber.prime({ e164: e164Of(number) }, number);
  };

  return {
    phoneNumber,
    /** A page of phone numbers (ListPhoneNumbers); each one read primes `phoneNumber`. */
    listPhoneNumbers: (page: ForwardPage, filters: PhoneNumberFilters) =>
      readConnection<PhoneNumber>(page, {
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
  };
}
