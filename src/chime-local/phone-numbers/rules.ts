import { badRequest } from '../errors.ts';
import { countryOf, isTollFree } from './numbering.ts';
import type { AssociationName, PhoneNumber, ProductType } from './state.ts';

/** An E.164 phone number, as every phone number member of the API reference restricts it. */
export const E164_PATTERN = /^\+?[1-9]\d{1,14}$/;

/** UpdatePhoneNumber's and BatchUpdatePhoneNumber's CallingName (seeds/002: spaces allowed). */
export const CALLING_NAME_PATTERN = /^$|^[a-zA-Z0-9 ]{2,15}$/;

/** A PhoneNumberId in a path or a batch item. */
export const NON_BLANK_PATTERN = /.*\S.*/;

export const PRODUCT_TYPES: readonly ProductType[] = [
  'BusinessCalling',
  'VoiceConnector',
  'SipMediaApplicationDialIn',
];

export const PHONE_NUMBER_STATUSES: readonly PhoneNumber['Status'][] = [
  'AcquireInProgress',
  'AcquireFailed',
  'Unassigned',
  'Assigned',
  'ReleaseInProgress',
  'DeleteInProgress',
  'ReleaseFailed',
  'DeleteFailed',
];

export const ASSOCIATION_NAMES: readonly AssociationName[] = [
  'AccountId',
  'UserId',
  'VoiceConnectorId',
  'VoiceConnectorGroupId',
  'SipRuleId',
];

/**
 * The service's product type rules for a number (CreatePhoneNumberOrder, UpdatePhoneNumber):
 * toll-free numbers cannot be BusinessCalling, and numbers outside the US must be
 * SipMediaApplicationDialIn. Throws 400 BadRequestException naming `parameter`.
 */
export function checkProductTypeFits(e164: string, productType: ProductType, parameter: string): void {
  const country = countryOf(e164);
  if (!country) throw badRequest(`${parameter}: ${e164} is in no supported country`);
  if (productType === 'BusinessCalling' && isTollFree(e164))
    throw badRequest(`${parameter}: toll-free number ${e164} cannot have ProductType BusinessCalling`);
  if (country !== 'US' && productType !== 'SipMediaApplicationDialIn')
    throw badRequest(
      `${parameter}: ${e164} is outside the US and must have ProductType SipMediaApplicationDialIn, got ${productType}`,
    );
}
