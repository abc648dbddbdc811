import DataLoader from 'dataloader';
import { type CachingCaller, cachedAs } from '../cache/read-cache.ts';
import {
  GetPhoneNumber,
  ListPhoneNumbers,
  ListSupportedPhoneNumberCountries,
} from '../chime/operations/phone-numbers.ts';
import {
  CALLING_NAME_STATUSES,
  type CallingNameStatus,
  PHONE_NUMBER_ASSOCIATION_NAMES,
  PHONE_NUMBER_PRODUCT_TYPES,
  PHONE_NUMBER_STATUSES,
  PHONE_NUMBER_TYPES,
  type PhoneNumber,
  type PhoneNumberAssociationName,
  type PhoneNumberCountry,
  type PhoneNumberProductType,
  type PhoneNumberStatus,
  type PhoneNumberType,
} from '../chime/shapes/phone-number.ts';
import { type ForwardPage, readConnection, type UpstreamPage } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';
import { listOrGetBatch } from './shared/list-or-get.ts';
import { isoTimestamp, knownValue } from './shared/upstream-values.ts';

/** What a phone number can do. */
export interface PhoneNumberCapabilitiesModel {
  inboundCall: boolean | null;
  outboundCall: boolean | null;
  inboundSms: boolean | null;
  outboundSms: boolean | null;
  inboundMms: boolean | null;
  outboundMms: boolean | null;
}

/** Who or what a phone number serves: an account, user, voice connector, group or SIP rule. */
export interface PhoneNumberAssociationModel {
  name: PhoneNumberAssociationName | null;
  value: string | null;
  associatedTimestamp: string | null;
}

/** A phone number of the inventory, as the graph sees it. */
export interface PhoneNumberModel {
  phoneNumberId: string;
  e164PhoneNumber: string | null;
  country: string | null;
  type: PhoneNumberType | null;
  productType: PhoneNumberProductType | null;
  status: PhoneNumberStatus | null;
  capabilities: PhoneNumberCapabilitiesModel | null;
  associations: PhoneNumberAssociationModel[];
  callingName: string | null;
  callingNameStatus: CallingNameStatus | null;
  createdTimestamp: string | null;
  updatedTimestamp: string | null;
  deletionTimestamp: string | null;
}

/** A country phone numbers of a product type can be had in, and the types of number it offers. */
export interface PhoneNumberCountryModel {
  countryCode: string | null;
  supportedPhoneNumberTypes: PhoneNumberType[];
}

/** Maps an upstream supported country, leaving out number types the gateway does not know. */
function toPhoneNumberCountry(country: PhoneNumberCountry): PhoneNumberCountryModel {
  return {
    countryCode: country.CountryCode ?? null,
    supportedPhoneNumberTypes: (country.SupportedPhoneNumberTypes ?? []).flatMap((type) => {
      const known = knownValue(PHONE_NUMBER_TYPES, type);
      return known ? [known] : [];
    }),
  };
}

/**
 * A phone number is loaded by its E.164 number. `accountId`, when the caller knows it (a
 * user's primary number), lets a batch answer many numbers of one account with a list.
 */
export interface PhoneNumberKey {
  e164: string;
  accountId?: string | null;
}

/**
 * Filters of `ListPhoneNumbers`: status, product type and at most one association (of the
 * kinds the operation filters by: not SIP rules).
 */
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

/** The E.164 number of a phone number, which keys the loader. */
export const e164Of = (number: PhoneNumberModel) =>
  number.e164PhoneNumber ?? e164OfPhoneNumberId(number.phoneNumberId);

/** Maps an upstream phone number. */
export function toPhoneNumber(number: PhoneNumber): PhoneNumberModel {
  const capabilities = number.Capabilities;
  return {
    phoneNumberId: number.PhoneNumberId,
    e164PhoneNumber: number.E164PhoneNumber ?? null,
    country: number.Country ?? null,
    type: knownValue(PHONE_NUMBER_TYPES, number.Type),
    productType: knownValue(PHONE_NUMBER_PRODUCT_TYPES, number.ProductType),
    status: knownValue(PHONE_NUMBER_STATUSES, number.Status),
    capabilities: capabilities
      ? {
          inboundCall: capabilities.InboundCall ?? null,
          outboundCall: capabilities.OutboundCall ?? null,
          inboundSms: capabilities.InboundSMS ?? null,
          outboundSms: capabilities.OutboundSMS ?? null,
          inboundMms: capabilities.InboundMMS ?? null,
          outboundMms: capabilities.OutboundMMS ?? null,
        }
      : null,
    associations: (number.Associations ?? []).map((association) => ({
      name: knownValue(PHONE_NUMBER_ASSOCIATION_NAMES, association.Name),
      value: association.Value ?? null,
      associatedTimestamp: isoTimestamp(association.AssociatedTimestamp),
    })),
    callingName: number.CallingName ?? null,
    callingNameStatus: knownValue(CALLING_NAME_STATUSES, number.CallingNameStatus),
    createdTimestamp: isoTimestamp(number.CreatedTimestamp),
    updatedTimestamp: isoTimestamp(number.UpdatedTimestamp),
    deletionTimestamp: isoTimestamp(number.DeletionTimestamp),
  };
}

/** Per-request loaders for phone numbers, and the cache changes phone number writes make. */
export function createPhoneNumberLoaders(client: CachingCaller, cursors: Cursors) {
  /** The one reader of ListPhoneNumbers: a page of the inventory, mapped. */
  const readPhoneNumbers = async (
    filters: PhoneNumberFilters,
    token: string | null | undefined,
    maxResults: number | undefined,
  ): Promise<UpstreamPage<PhoneNumberModel>> => {
    const out = await client.send(
      ListPhoneNumbers,
      {
        MaxResults: maxResults,
        NextToken: token ?? undefined,
        ProductType: filters.productType ?? undefined,
        Status: filters.status ?? undefined,
        FilterName: filters.filterName ?? undefined,
        FilterValue: filters.filterValue ?? undefined,
      },
      cachedAs('phone-numbers'),
    );
    return { items: out.PhoneNumbers.map(toPhoneNumber), nextToken: out.NextToken };
  };
  /** Numbers a list brought: later loads in the request need no fetch. */
  const primeListed = (numbers: PhoneNumberModel[]) => {
    for (const number of numbers) phoneNumber.prime({ e164: e164Of(number) }, number);
  };
  // Many numbers of one account (its users' primary numbers) are read from the account's
  // list, 99 a page, rather than one GetPhoneNumber each.
  const numbersOfAccounts = listOrGetBatch<PhoneNumberKey, PhoneNumberModel>({
    groupOf: (key) => key.accountId,
    idOf: (key) => key.e164,
    idOfItem: e164Of,
    readPage: (accountId, token) =>
      readPhoneNumbers(
        { filterName: 'AccountId', filterValue: accountId },
        token,
        ListPhoneNumbers.maxResults,
      ),
    get: (key) =>
      client
        .send(GetPhoneNumber, { PhoneNumberId: key.e164 }, cachedAs('phone-numbers', key.e164))
        .then((out) => toPhoneNumber(out.PhoneNumber)),
    prime: (number) => primeListed([number]),
  });
  const phoneNumber: DataLoader<PhoneNumberKey, PhoneNumberModel | null, string> = new DataLoader(
    numbersOfAccounts.batch,
    { cacheKeyFn: (key) => key.e164 },
  );

  // No write changes them: the shared cache keeps them for its TTL. Keyed apart from the
  // numbers' E.164 ids, which start with `+`.
  const supportedCountries = getLoader(
    (productType: PhoneNumberProductType) =>
      client
        .send(
          ListSupportedPhoneNumberCountries,
          { ProductType: productType },
          cachedAs('phone-numbers', `supported-countries:${productType}`),
        )
        .then((out) => (out.PhoneNumberCountries ?? []).map(toPhoneNumberCountry)),
    (productType) => productType,
  );

  return {
    phoneNumber,
    /** The countries numbers of a product type can be ordered in (ListSupportedPhoneNumberCountries). */
    supportedCountries,
    /**
     * Starts reading the first page of `accountId`'s numbers when `expected` of them could be
     * loaded together (the primary numbers of a page of its users), before the users are in.
     */
    readAccountNumbersAhead: (accountId: string, expected: number) =>
      numbersOfAccounts.readAhead(accountId, expected),
    /**
     * A page of phone numbers (ListPhoneNumbers); each one read primes `phoneNumber`. With
     * `visible`, only the numbers its `keep` accepts are served: each upstream page is narrowed
     * the same way whenever it is read, so cursors (made for those `accounts`) still resume right.
     */
    listPhoneNumbers: (
      page: ForwardPage,
      filters: PhoneNumberFilters,
      visible?: { accounts: readonly string[]; keep: (number: PhoneNumberModel) => boolean },
    ) =>
      readConnection<PhoneNumberModel>(page, {
        cursors,
        scope: [
          'phoneNumbers',
          filters.filterName,
          filters.filterValue,
          filters.productType,
          filters.status,
          ...(visible?.accounts ?? []),
        ],
        maxResults: ListPhoneNumbers.maxResults!,
        read: async (token, maxResults) => {
          const numbers = await readPhoneNumbers(filters, token, maxResults);
          primeListed(numbers.items);
          return visible ? { ...numbers, items: numbers.items.filter(visible.keep) } : numbers;
        },
      }),
    /**
     * The number as the upstream just answered it replaces whatever the request had
     * loaded; answers its E.164 number, the loader's key.
     */
    replacePhoneNumber(model: PhoneNumberModel): string {
      const key = { e164: e164Of(model) };
      phoneNumber.clear(key).prime(key, model);
      client.changed('phone-numbers', key.e164);
      return key.e164;
    },
    /**
     * A number the upstream changed without answering it (by PhoneNumberId or E.164
     * number) is read again when next asked for; answers its E.164 number.
     */
    forgetPhoneNumber(phoneNumberId: string): string {
      const e164 = e164OfPhoneNumberId(phoneNumberId);
      phoneNumber.clear({ e164 });
      client.changed('phone-numbers', e164);
      return e164;
    },
  };
}
