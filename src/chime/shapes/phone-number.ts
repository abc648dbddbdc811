import type { IsoTimestamp } from './timestamps.ts';

export type CallingNameStatus = 'Unassigned' | 'UpdateInProgress' | 'UpdateSucceeded' | 'UpdateFailed';

export type PhoneNumberAssociationName =
  | 'AccountId'
  | 'UserId'
  | 'VoiceConnectorId'
  | 'VoiceConnectorGroupId';

export type PhoneNumberProductType = 'BusinessCalling' | 'VoiceConnector' | 'SipMediaApplicationDialIn';

export type PhoneNumberStatus =
  | 'AcquireInProgress'
  | 'AcquireFailed'
  | 'Unassigned'
  | 'Assigned'
  | 'ReleaseInProgress'
  | 'DeleteInProgress'
  | 'ReleaseFailed'
  | 'DeleteFailed';

export type PhoneNumberType = 'Local' | 'TollFree';

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
