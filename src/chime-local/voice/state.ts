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

/** The Regions a SIP media application can live in (the reference's legacy namespace: those of voice connectors). */
export const SIP_MEDIA_APPLICATION_REGIONS = VOICE_CONNECTOR_REGIONS;

/** A SIP media application, as the service returns it. */
export interface SipMediaApplication {
  SipMediaApplicationId: string;
  AwsRegion: VoiceConnectorRegion;
  Name: string;
  Endpoints: { LambdaArn: string }[];
  CreatedTimestamp: string;
  UpdatedTimestamp: string;
  SipMediaApplicationArn: string;
}

export const SIP_RULE_TRIGGER_TYPES = ['ToPhoneNumber', 'RequestUriHostname'] as const;

/** A SIP media application a rule runs. */
export interface SipRuleTargetApplication {
  SipMediaApplicationId: string;
  Priority: number;
  AwsRegion: string;
}

/** A SIP rule, as the service returns it. */
export interface SipRule {
  SipRuleId: string;
  Name: string;
  Disabled: boolean;
  TriggerType: (typeof SIP_RULE_TRIGGER_TYPES)[number];
  TriggerValue: string;
  TargetApplications: SipRuleTargetApplication[];
  CreatedTimestamp: string;
  UpdatedTimestamp: string;
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
  /** By SipMediaApplicationId, in creation order. */
  readonly sipMediaApplications = new Map<string, SipMediaApplication>();
  /** Message logging of SIP media applications, by SipMediaApplicationId; absent until first put. */
  readonly sipMediaApplicationLogging = new Map<string, { EnableSipMediaApplicationMessageLogs?: boolean }>();
  /** By SipRuleId, in creation order. */
  readonly sipRules = new Map<string, SipRule>();
  /** Calls made through SIP media applications: the application of each TransactionId. */
  readonly sipMediaApplicationCalls = new Map<string, string>();
}
