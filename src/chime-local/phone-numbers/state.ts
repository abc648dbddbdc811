/** The association names a phone number can carry. */
export type AssociationName =
  | 'AccountId'
  | 'UserId'
  | 'VoiceConnectorId'
  | 'VoiceConnectorGroupId'
  | 'SipRuleId';

export type ProductType = 'BusinessCalling' | 'VoiceConnector' | 'SipMediaApplicationDialIn';

/** A phone number in the inventory, as the service returns it. */
export interface PhoneNumber {
  PhoneNumberId: string;
  E164PhoneNumber: string;
  Country: string;
  Type: 'Local' | 'TollFree';
  ProductType: ProductType;
  Status:
    | 'AcquireInProgress'
    | 'AcquireFailed'
    | 'Unassigned'
    | 'Assigned'
    | 'ReleaseInProgress'
    | 'DeleteInProgress'
    | 'ReleaseFailed'
    | 'DeleteFailed';
  Capabilities: {
    InboundCall: boolean;
    OutboundCall: boolean;
    InboundSMS: boolean;
    OutboundSMS: boolean;
    InboundMMS: boolean;
    OutboundMMS: boolean;
  };
  Associations: { Name: AssociationName; Value: string; AssociatedTimestamp: string }[];
  CallingName?: string;
  CallingNameStatus?: 'Unassigned' | 'UpdateInProgress' | 'UpdateSucceeded' | 'UpdateFailed';
  CreatedTimestamp: string;
  UpdatedTimestamp: string;
  DeletionTimestamp?: string;
}

/** A phone number order, as the service returns it. */
export interface PhoneNumberOrder {
  PhoneNumberOrderId: string;
  ProductType: ProductType;
  Status: 'Processing' | 'Successful' | 'Failed' | 'Partial';
  OrderedPhoneNumbers: { E164PhoneNumber: string; Status: 'Processing' | 'Acquired' | 'Failed' }[];
  CreatedTimestamp: string;
  UpdatedTimestamp: string;
}

/** The AWS account's phone number settings (Get/UpdatePhoneNumberSettings); members absent until first set. */
export interface PhoneNumberSettings {
  CallingName?: string;
  CallingNameUpdatedTimestamp?: string;
}

/** The phone number inventory in chime-local's store. */
export class PhoneNumberState {
  /** By PhoneNumberId, in the order numbers entered the inventory. */
  readonly numbers = new Map<string, PhoneNumber>();
  /** By PhoneNumberOrderId, in creation order. */
  readonly orders = new Map<string, PhoneNumberOrder>();
  /**
   * PhoneNumberIds whose calling-name update is `UpdateInProgress`. The update completes
   * when the number is next read: that read still reports it in progress, later ones
   * `UpdateSucceeded` (deterministic for tests, no clock involved).
   */
  readonly pendingCallingNames = new Set<string>();
  settings: PhoneNumberSettings = {};
}
