import { badRequest } from '../errors.ts';
import type { LocalRequest, LocalResponse } from '../router.ts';
import { optionalEnum, optionalInt, optionalString } from '../validate.ts';
import { findNumberByE164 } from './inventory.ts';
import {
  COUNTRIES,
  numbersInRange,
  US_STATE_AREA_CODES,
  US_TOLL_FREE_PREFIXES,
  usNumbersIn,
} from './numbering.ts';

const MAX_RESULTS = 500;
/** The reference gives no default page size for this one; a fifth of the maximum keeps answers small. */
const DEFAULT_MAX_RESULTS = 100;

interface SearchFilters {
  country: string;
  areaCode?: string;
  city?: string;
  state?: string;
  tollFreePrefix?: string;
  phoneNumberType?: 'Local' | 'TollFree';
}

/**
 * SearchAvailablePhoneNumbers (`GET /search?type=phone-numbers`): makes up numbers that
 * match the filters, in order within their range, leaving out every number already in
 * the inventory (whatever its status), and pages through them.
 */
export function searchAvailablePhoneNumbers({ query, store }: LocalRequest): LocalResponse {
  const filters = readFilters(query);
  const maxResults =
    optionalInt(query.get('max-results'), 'MaxResults', { min: 1, max: MAX_RESULTS }) ?? DEFAULT_MAX_RESULTS;
  const available = candidates(filters).filter((e164) => !findNumberByE164(store, e164));
  const scope = `SearchAvailablePhoneNumbers:${JSON.stringify(filters)}`;
  const page = store.paginator.page(available, maxResults, query.get('next-token'), scope);
  return { body: { E164PhoneNumbers: page.items, NextToken: page.nextToken } };
}

/** Validates the query and the service's rules on which filters go together. */
function readFilters(query: URLSearchParams): SearchFilters {
  const country = optionalString(query.get('country'), 'Country', { pattern: /^[A-Z]{2}$/ }) ?? 'US';
  if (!COUNTRIES[country])
    throw badRequest(`Country must be one of ${Object.keys(COUNTRIES).join(' | ')}, got ${country}`);
  const filters: SearchFilters = {
    country,
    // Not in the reference: a North American area code is 3 digits, the first 2-9.
    areaCode: optionalString(query.get('area-code'), 'AreaCode', { pattern: /^[2-9]\d{2}$/ }),
    city: optionalString(query.get('city'), 'City', { min: 1 }),
    state: optionalString(query.get('state'), 'State', { min: 1 }),
    tollFreePrefix: optionalString(query.get('toll-free-prefix'), 'TollFreePrefix', {
      min: 3,
      max: 3,
      pattern: /^8(00|33|44|55|66|77|88)$/,
    }),
    phoneNumberType: optionalEnum(query.get('phone-number-type'), 'PhoneNumberType', ['Local', 'TollFree']),
  };
  const { areaCode, city, state, tollFreePrefix, phoneNumberType } = filters;
  const usOnly = { AreaCode: areaCode, City: city, State: state, TollFreePrefix: tollFreePrefix };

  if (country !== 'US') {
    const given = Object.entries(usOnly).find(([, value]) => value !== undefined);
    if (given) throw badRequest(`${given[0]} only applies to US numbers, got Country ${country}`);
    if (!phoneNumberType) throw badRequest(`PhoneNumberType is required for numbers outside the US`);
    return filters;
  }
  if (Object.values(usOnly).every((value) => value === undefined))
    throw badRequest('US searches need at least one of AreaCode, City, State or TollFreePrefix');
  if (city && !state) throw badRequest(`State is required when City is given, got City ${city}`);
  if (areaCode && (US_TOLL_FREE_PREFIXES as readonly string[]).includes(areaCode))
    throw badRequest(`AreaCode ${areaCode} is a toll-free prefix; search with TollFreePrefix instead`);
  if (tollFreePrefix && (areaCode || state))
    throw badRequest('TollFreePrefix cannot be combined with AreaCode, City or State');
  if (tollFreePrefix && phoneNumberType === 'Local')
    throw badRequest(`PhoneNumberType Local contradicts TollFreePrefix ${tollFreePrefix}`);
  if (!tollFreePrefix && phoneNumberType === 'TollFree')
    throw badRequest('PhoneNumberType TollFree needs TollFreePrefix for US searches');
  return filters;
}

/** Every number the filters allow, in a stable order. */
function candidates(filters: SearchFilters): string[] {
  const plan = COUNTRIES[filters.country];
  if (!plan) return [];
  if (filters.country !== 'US') {
    const range = filters.phoneNumberType === 'TollFree' ? plan.tollFree : plan.local;
    return range ? numbersInRange(plan.callingCode, range) : [];
  }
  if (filters.tollFreePrefix) return usNumbersIn(filters.tollFreePrefix);
  // A state chime-local has no area codes for has no numbers available, like a sold-out region.
  const stateCodes = filters.state ? (US_STATE_AREA_CODES[filters.state.toUpperCase()] ?? []) : undefined;
  const areaCodes = filters.areaCode
    ? stateCodes && !stateCodes.includes(filters.areaCode)
      ? []
      : [filters.areaCode]
    : (stateCodes ?? []);
  return areaCodes.flatMap(usNumbersIn);
}
