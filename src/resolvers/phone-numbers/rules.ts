import { COUNTRY, PARAMETERS, TOLL_FREE_PREFIX } from '../../chime/parameters.ts';
import type { PhoneNumberProductType } from '../../chime/shapes/phone-number.ts';
import { e164OfPhoneNumberId } from '../../loaders/phone-numbers.ts';
import { checkText, fieldName, type TextRule } from '../shared/input-rules.ts';
import { invalid, type UserErrorModel } from '../shared/user-errors.ts';

const E164 = /^\+?[1-9]\d{1,14}$/;

/** An E.164 number, as every phone number member of the API reference restricts it. */
export const E164_RULE: TextRule = {
  pattern: E164,
  patternText: '^\\+?[1-9]\\d{1,14}$ (an E.164 number, e.g. +12065550100)',
};
/** UpdatePhoneNumber's CallingName (seeds/002: letters, digits and spaces). */
export const CALLING_NAME_RULE: TextRule = {
  pattern: /^$|^[a-zA-Z0-9 ]{2,15}$/,
  patternText: '^$|^[a-zA-Z0-9 ]{2,15}$ (empty, or 2-15 letters, digits and spaces)',
};
/** ISO 3166-1 alpha-2 country codes (calling regions, emergency calling countries), as SearchAvailablePhoneNumbers' Country. */
export const COUNTRY_RULE = COUNTRY;

const digitsOf = (e164: string) => e164.replace(/^\+/, '');

/** Whether an E.164 number is in the North American numbering plan (+1), where US numbers are. */
const isNorthAmerican = (e164: string) => digitsOf(e164).startsWith('1');

/** Whether an E.164 number is a North American toll-free number (+1 8XX). */
const isTollFree = (e164: string) =>
  isNorthAmerican(e164) && TOLL_FREE_PREFIX.pattern!.test(digitsOf(e164).slice(1, 4));

/**
 * The product type rules the reference gives for a number, where the number alone tells:
 * toll-free numbers cannot be BUSINESS_CALLING, and numbers outside the US must be
 * SIP_MEDIA_APPLICATION_DIAL_IN. (Non-US +1 numbers, e.g. Canada's, are left to the upstream.)
 */
export function checkProductTypeFits(
  e164: string,
  productType: PhoneNumberProductType | null | undefined,
  field: string[],
): UserErrorModel[] {
  if (!productType || !E164.test(e164)) return [];
  if (productType === 'BusinessCalling' && isTollFree(e164))
    return [
      invalid(
        field,
        `${fieldName(field)}: toll-free number ${e164} cannot have product type BUSINESS_CALLING`,
      ),
    ];
  if (productType !== 'SipMediaApplicationDialIn' && !isNorthAmerican(e164))
    return [
      invalid(
        field,
        `${fieldName(field)}: ${e164} is outside the US and must have product type SIP_MEDIA_APPLICATION_DIAL_IN`,
      ),
    ];
  return [];
}

/** One phone number update: its id and exactly one of the two details. */
export interface PhoneNumberUpdateInput {
  phoneNumberId: string;
  callingName?: string | null;
  productType?: PhoneNumberProductType | null;
}

/**
 * Every rule an update breaks: the id, the calling name pattern, one detail at a time (the
 * reference: "You can update one phone number detail at a time"), and the product type
 * rules the number tells. `field` locates the update in the input (`['input']`,
 * `['input', 'items', '2']`).
 */
export function checkUpdate(update: PhoneNumberUpdateInput, field: string[]): UserErrorModel[] {
  const given = [update.callingName, update.productType].filter((value) => value != null).length;
  const where = fieldName(field) || 'input';
  return [
    ...checkText(update.phoneNumberId, [...field, 'phoneNumberId'], PARAMETERS.PhoneNumberId),
    ...checkText(update.callingName, [...field, 'callingName'], CALLING_NAME_RULE),
    ...(given === 0 ? [invalid(field, `${where}: give callingName or productType to update`)] : []),
    ...(given === 2
      ? [
          invalid(
            field,
            `${where}: update one detail at a time, callingName or productType, not both (got both)`,
          ),
        ]
      : []),
    ...checkProductTypeFits(e164OfPhoneNumberId(update.phoneNumberId), update.productType, [
      ...field,
      'productType',
    ]),
  ];
}
