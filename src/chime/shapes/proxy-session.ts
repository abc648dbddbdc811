import type { IsoTimestamp } from './timestamps.ts';

export type Capability = 'Voice' | 'SMS';

export type GeoMatchLevel = 'Country' | 'AreaCode';

export type NumberSelectionBehavior = 'PreferSticky' | 'AvoidSticky';

export type ProxySessionStatus = 'Open' | 'InProgress' | 'Closed';

/** The proxy session for an Amazon Chime Voice Connector. */
export interface ProxySession {
  Capabilities?: Capability[];
  CreatedTimestamp?: IsoTimestamp;
  EndedTimestamp?: IsoTimestamp;
  ExpiryMinutes?: number;
  GeoMatchLevel?: GeoMatchLevel;
  GeoMatchParams?: GeoMatchParams;
  Name?: string;
  NumberSelectionBehavior?: NumberSelectionBehavior;
  Participants?: Participant[];
  ProxySessionId: string;
  Status?: ProxySessionStatus;
  UpdatedTimestamp?: IsoTimestamp;
  VoiceConnectorId?: string;
}

/** The phone number and proxy phone number for a participant in an Amazon Chime Voice Connector proxy session. */
export interface Participant {
  PhoneNumber?: string;
  ProxyPhoneNumber?: string;
}

/** The country and area code for a proxy phone number in a proxy phone session. */
export interface GeoMatchParams {
  AreaCode: string;
  Country: string;
}
