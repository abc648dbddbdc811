import type { IsoTimestamp } from './timestamps.ts';

export const CALLING_NAME_STATUSES = [
  'Unassigned',
  'UpdateInProgress',
  'UpdateSucceeded',
  'UpdateFailed',
] as const;
export type CallingNameStatus = (typeof CALLING_NAME_STATUSES)[number];

export const PHONE_NUMBER_ASSOCIATION_NAMES = [
  'AccountId',
  'UserId',
  'VoiceConnectorId',
  'VoiceConnectorGroupId',
  'SipRuleId',
] as const;
export type PhoneNumberAssociationName = (typeof PHONE_NUMBER_ASSOCIATION_NAMES)[number];

export const PHONE_NUMBER_PRODUCT_TYPES = [
  'BusinessCalling',
  'VoiceConnector',
  'SipMediaApplicationDialIn',
] as const;
export type PhoneNumberProductType = (typeof PHONE_NUMBER_PRODUCT_TYPES)[number];

/**
 * Whether a product type is Business Calling: the Amazon Chime application's calling, which only the
 * legacy namespace serves (Chime SDK Voice takes VoiceConnector and SipMediaApplicationDialIn).
 */
export const isBusinessCalling = (productType: PhoneNumberProductType | undefined): boolean =>
  productType === 'BusinessCalling';

export const PHONE_NUMBER_STATUSES = [
  'AcquireInProgress',
  'AcquireFailed',
  'Unassigned',
  'Assigned',
  'ReleaseInProgress',
  'DeleteInProgress',
  'ReleaseFailed',
  'DeleteFailed',
] as const;
export type PhoneNumberStatus = (typeof PHONE_NUMBER_STATUSES)[number];

export const PHONE_NUMBER_TYPES = ['Local', 'TollFree'] as const;
export type PhoneNumberType = (typeof PHONE_NUMBER_TYPES)[number];

/** A phone number used for Amazon Chime Business Calling or an Amazon Chime Voice Connector. */
export interface PhoneNumber {
  Associations?: PhoneNumberAssociation[];
  CallingName?: string;
  CallingNameStatus?: CallingNameStatus;
  Capabilities?: PhoneNumberCapabilities;
  Country?: string;
  CreatedTimestamp?: IsoTimestamp;
  DeletionTimestamp?: IsoTimestamp;
  E164PhoneNumber?: string;
  PhoneNumberId: string;
  ProductType?: PhoneNumberProductType;
  Status?: PhoneNumberStatus;
  Type?: PhoneNumberType;
  UpdatedTimestamp?: IsoTimestamp;
}

/** The phone number associations, such as Amazon Chime account ID, Amazon Chime user ID, Amazon Chime Voice Connector ID, or Amazon Chime Voice Connector group ID. */
export interface PhoneNumberAssociation {
  AssociatedTimestamp?: IsoTimestamp;
  Name?: PhoneNumberAssociationName;
  Value?: string;
}

/** The phone number capabilities for Amazon Chime Business Calling phone numbers, such as enabled inbound and outbound calling and text messaging. */
export interface PhoneNumberCapabilities {
  InboundCall?: boolean;
  InboundMMS?: boolean;
  InboundSMS?: boolean;
  OutboundCall?: boolean;
  OutboundMMS?: boolean;
  OutboundSMS?: boolean;
}

/** A country phone numbers can be had in, and the types of number it offers. */
export interface PhoneNumberCountry {
  /** ISO 3166-1 alpha-2. */
  CountryCode?: string;
  SupportedPhoneNumberTypes?: PhoneNumberType[];
}

/** If the phone number action fails for one or more of the phone numbers in the request, a list of the phone numbers is returned, along with error codes and error messages. */
export interface PhoneNumberError {
  ErrorCode?: string;
  ErrorMessage?: string;
  PhoneNumberId?: string;
}

/** The phone number ID, product type, or calling name fields to update, used with the BatchUpdatePhoneNumber and UpdatePhoneNumber actions. */
export interface UpdatePhoneNumberRequestItem {
  PhoneNumberId: string;
  CallingName?: string;
  ProductType?: PhoneNumberProductType;
}
