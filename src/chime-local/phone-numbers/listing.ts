import { badRequest } from '../errors.ts';
import type { LocalRequest, LocalResponse } from '../router.ts';
import { optionalEnum, optionalInt, optionalString, requiredString } from '../validate.ts';
import { readNumber, requireNumber } from './inventory.ts';
import { ASSOCIATION_NAMES, NON_BLANK_PATTERN, PHONE_NUMBER_STATUSES, PRODUCT_TYPES } from './rules.ts';

/** The reference's MaxResults maximum, also the page size when the caller gives none. */
const MAX_RESULTS = 99;

/** GetPhoneNumber (`GET /phone-numbers/{PhoneNumberId}`). */
export function getPhoneNumber({ params, store }: LocalRequest): LocalResponse {
  const id = requiredString(params.PhoneNumberId, 'PhoneNumberId', { pattern: NON_BLANK_PATTERN });
  return { body: { PhoneNumber: readNumber(store, requireNumber(store, id)) } };
}

/**
 * ListPhoneNumbers (`GET /phone-numbers`), in inventory order, filtered by `status`,
 * `product-type` and one association (`filter-name` = `filter-value`).
 */
export function listPhoneNumbers({ query, store }: LocalRequest): LocalResponse {
  const status = optionalEnum(query.get('status'), 'Status', PHONE_NUMBER_STATUSES);
  const productType = optionalEnum(query.get('product-type'), 'ProductType', PRODUCT_TYPES);
  const filterName = optionalEnum(query.get('filter-name'), 'FilterName', ASSOCIATION_NAMES);
  const filterValue = optionalString(query.get('filter-value'), 'FilterValue', { min: 1 });
  if (filterName && filterValue === undefined)
    throw badRequest(`FilterValue is required when FilterName is given, got FilterName ${filterName}`);
  if (!filterName && filterValue !== undefined)
    throw badRequest(`FilterName is required when FilterValue is given, got FilterValue ${filterValue}`);
  const maxResults =
    optionalInt(query.get('max-results'), 'MaxResults', { min: 1, max: MAX_RESULTS }) ?? MAX_RESULTS;

  const matching = [...store.phoneNumbers.numbers.values()].filter(
    (number) =>
      (!status || number.Status === status) &&
      (!productType || number.ProductType === productType) &&
      (!filterName ||
        number.Associations.some(({ Name, Value }) => Name === filterName && Value === filterValue)),
  );
  const scope = `ListPhoneNumbers:${status}:${productType}:${filterName}:${filterValue}`;
  const page = store.paginator.page(matching, maxResults, query.get('next-token'), scope);
  return {
    body: {
      PhoneNumbers: page.items.map((number) => readNumber(store, number)),
      NextToken: page.nextToken,
    },
  };
}
