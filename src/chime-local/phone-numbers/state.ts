/** The association names a phone number can carry. */
export type AssociationName =
  | 'AccountId'
  | 'UserId'
  | 'VoiceConnectorId'
  | 'VoiceConnectorGroupId'
  | 'SipRuleId';

/** A phone number in the inventory, as the service returns it. */
export interface PhoneNumber {
  PhoneNumberId: string;
  E164PhoneNumber: string;
  Country: string;
  Type: 'Local' | 'TollFree';
  ProductType: 'BusinessCalling' | 'VoiceConnector' | 'SipMediaApplicationDialIn';
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

/** The phone number inventory in chime-local's store. */
export class PhoneNumberState {
  /** By PhoneNumberId, in the order numbers entered the inventory. */
  readonly numbers = new Map<string, PhoneNumber>();
}
