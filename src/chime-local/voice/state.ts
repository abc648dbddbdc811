/** The Regions a voice connector can live in. */
export const VOICE_CONNECTOR_REGIONS = ['us-east-1', 'us-west-2'] as const;
export type VoiceConnectorRegion = (typeof VOICE_CONNECTOR_REGIONS)[number];

/** An Amazon Chime Voice Connector, as the service returns it. */
export interface VoiceConnector {
  VoiceConnectorId: string;
  AwsRegion: VoiceConnectorRegion;
  Name: string;
  OutboundHostName: string;
  RequireEncryption: boolean;
  CreatedTimestamp: string;
  UpdatedTimestamp: string;
  VoiceConnectorArn: string;
}

/** A voice connector's place in a group; priority 1 is tried first. */
export interface VoiceConnectorItem {
  VoiceConnectorId: string;
  Priority: number;
}

/** An Amazon Chime Voice Connector group, as the service returns it. */
export interface VoiceConnectorGroup {
  VoiceConnectorGroupId: string;
  Name: string;
  VoiceConnectorItems: VoiceConnectorItem[];
  CreatedTimestamp: string;
  UpdatedTimestamp: string;
  VoiceConnectorGroupArn: string;
}

/** Outbound calling settings. */
export interface Termination {
  CpsLimit: number;
  DefaultPhoneNumber?: string;
  CallingRegions: string[];
  CidrAllowedList: string[];
  Disabled?: boolean;
}

/** The last SIP OPTIONS ping seen from the customer's SIP infrastructure. */
export interface TerminationHealth {
  Source: string;
  Timestamp: string;
}

export interface OriginationRoute {
  Host?: string;
  Port?: number;
  Protocol?: 'TCP' | 'UDP';
  Priority?: number;
  Weight?: number;
}

/** Inbound calling settings. */
export interface Origination {
  Routes?: OriginationRoute[];
  Disabled?: boolean;
}

export interface LoggingConfiguration {
  EnableSIPLogs?: boolean;
  EnableMediaMetricLogs?: boolean;
}

export interface StreamingConfiguration {
  DataRetentionInHours: number;
  Disabled?: boolean;
  StreamingNotificationTargets?: { NotificationTarget: 'EventBridge' | 'SNS' | 'SQS' }[];
}

export interface EmergencyCallingConfiguration {
  DNIS?: { CallingCountry: string; EmergencyPhoneNumber: string; TestPhoneNumber?: string }[];
}

/** The proxy configuration of a voice connector's proxy sessions. */
export interface VoiceConnectorProxy {
  DefaultSessionExpiryMinutes: number;
  Disabled: boolean;
  FallBackPhoneNumber?: string;
  PhoneNumberCountries: string[];
}

/**
 * A voice connector's optional configurations, keyed by the member name the service
 * wraps each in (`{"Termination": {...}}`); a missing member is "not configured".
 */
export interface VoiceConnectorConfigurations {
  Termination?: Termination;
  TerminationHealth?: TerminationHealth;
  Origination?: Origination;
  LoggingConfiguration?: LoggingConfiguration;
  StreamingConfiguration?: StreamingConfiguration;
  EmergencyCallingConfiguration?: EmergencyCallingConfiguration;
  Proxy?: VoiceConnectorProxy;
  /** SIP credentials for termination, password by username; only the usernames are ever answered. */
  TerminationCredentials?: Map<string, string>;
}

export const PROXY_SESSION_STATUSES = ['Open', 'InProgress', 'Closed'] as const;
export type ProxySessionStatus = (typeof PROXY_SESSION_STATUSES)[number];
export const PROXY_CAPABILITIES = ['Voice', 'SMS'] as const;
export type ProxyCapability = (typeof PROXY_CAPABILITIES)[number];
export const GEO_MATCH_LEVELS = ['Country', 'AreaCode'] as const;
export const NUMBER_SELECTION_BEHAVIORS = ['PreferSticky', 'AvoidSticky'] as const;

/** A proxy session on a voice connector, as the service returns it. */
export interface ProxySession {
  ProxySessionId: string;
  VoiceConnectorId: string;
  Name?: string;
  Status: ProxySessionStatus;
  ExpiryMinutes?: number;
  Capabilities: ProxyCapability[];
  CreatedTimestamp: string;
  UpdatedTimestamp: string;
  EndedTimestamp?: string;
  Participants: { PhoneNumber: string; ProxyPhoneNumber: string }[];
  NumberSelectionBehavior?: (typeof NUMBER_SELECTION_BEHAVIORS)[number];
  GeoMatchLevel?: (typeof GEO_MATCH_LEVELS)[number];
  GeoMatchParams?: { Country: string; AreaCode: string };
}

/** The voice group's collections in chime-local's store. */
export class VoiceState {
  /** By VoiceConnectorId, in creation order. */
  readonly connectors = new Map<string, VoiceConnector>();
  /** By VoiceConnectorId; an entry exists for every connector. */
  readonly configurations = new Map<string, VoiceConnectorConfigurations>();
  /** By VoiceConnectorGroupId, in creation order. */
  readonly groups = new Map<string, VoiceConnectorGroup>();
  /** By ProxySessionId, in creation order, across all connectors. */
  readonly proxySessions = new Map<string, ProxySession>();
}
