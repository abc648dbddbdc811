import type { PhoneNumber } from '../../chime/shapes/phone-number.ts';
import type { RequestContext } from '../../context.ts';
import { e164OfPhoneNumberId, type PhoneNumberFilters } from '../../loaders/phone-numbers.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';
import { mapConnection } from '../shared/connection.ts';
import {
  CALLING_NAME_STATUSES,
  type CallingNameStatus,
  knownValue,
  PHONE_NUMBER_ASSOCIATION_NAMES,
  PHONE_NUMBER_PRODUCT_TYPES,
  PHONE_NUMBER_STATUSES,
  PHONE_NUMBER_TYPES,
  type PhoneNumberAssociationName,
  type PhoneNumberProductType,
  type PhoneNumberStatus,
  type PhoneNumberType,
} from '../shared/enums.ts';
import { isoTimestamp } from '../shared/timestamps.ts';

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

/** The value of a phone number's `name` association (its AccountId, UserId, VoiceConnectorId…), or null. */
export function associationValue(number: PhoneNumberModel, name: PhoneNumberAssociationName): string | null {
  return number.associations.find((association) => association.name === name)?.value ?? null;
}

/**
 * GetPhoneNumber by PhoneNumberId or E.164 number; null when the inventory has no such
 * number. `accountId`, when known, lets one request's numbers of an account be read with
 * one list instead of a Get each.
 */
export async function getPhoneNumber(
  ctx: RequestContext,
  phoneNumberId: string,
  accountId?: string | null,
): Promise<PhoneNumberModel | null> {
  const number = await ctx.loaders.phoneNumber.load({ e164: e164OfPhoneNumberId(phoneNumberId), accountId });
  return number && toPhoneNumber(number);
}

/**
 * ListPhoneNumbers, as a connection: the whole inventory or the numbers of one account,
 * user, voice connector or voice connector group (`filterName` = `filterValue`), by
 * product type and status.
 */
export async function listPhoneNumbers(ctx: RequestContext, page: ForwardPage, filters: PhoneNumberFilters) {
  return mapConnection(await ctx.loaders.listPhoneNumbers(page, filters), toPhoneNumber);
}
