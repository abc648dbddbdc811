import type { IsoTimestamp } from './timestamps.ts';

export const CAPABILITIES = ['Voice', 'SMS'] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const GEO_MATCH_LEVELS = ['Country', 'AreaCode'] as const;
export type GeoMatchLevel = (typeof GEO_MATCH_LEVELS)[number];

export const NUMBER_SELECTION_BEHAVIORS = ['PreferSticky', 'AvoidSticky'] as const;
export type NumberSelectionBehavior = (typeof NUMBER_SELECTION_BEHAVIORS)[number];

export const PROXY_SESSION_STATUSES = ['Open', 'InProgress', 'Closed'] as const;
export type ProxySessionStatus = (typeof PROXY_SESSION_STATUSES)[number];

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
