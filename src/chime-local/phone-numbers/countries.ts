import type { LocalRequest, LocalResponse } from '../router.ts';
import { requiredEnum } from '../validate.ts';
import { COUNTRIES } from './numbering.ts';
import { PRODUCT_TYPES } from './rules.ts';
import type { PhoneNumber, ProductType } from './state.ts';

type NumberType = PhoneNumber['Type'];

/**
 * The types of number each country offers a product type, by the same rules orders follow
 * (`checkProductTypeFits`): outside the US only SipMediaApplicationDialIn, and no toll-free
 * numbers for BusinessCalling.
 */
function supportedTypes(country: string, productType: ProductType): NumberType[] {
  if (country !== 'US' && productType !== 'SipMediaApplicationDialIn') return [];
  const plan = COUNTRIES[country]!;
  const local = country === 'US' || plan.local !== undefined;
  const tollFree = (country === 'US' || plan.tollFree !== undefined) && productType !== 'BusinessCalling';
  return [...(local ? (['Local'] as const) : []), ...(tollFree ? (['TollFree'] as const) : [])];
}

/** ListSupportedPhoneNumberCountries (`GET /phone-number-countries?product-type=…`). */
export function listSupportedPhoneNumberCountries({ query }: LocalRequest): LocalResponse {
  const productType = requiredEnum(query.get('product-type'), 'ProductType', PRODUCT_TYPES);
  const countries = Object.keys(COUNTRIES).flatMap((country) => {
    const types = supportedTypes(country, productType);
    return types.length > 0 ? [{ CountryCode: country, SupportedPhoneNumberTypes: types }] : [];
  });
  return { body: { PhoneNumberCountries: countries } };
}
