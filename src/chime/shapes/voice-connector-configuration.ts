import type { IsoTimestamp } from './timestamps.ts';

export const NOTIFICATION_TARGETS = ['EventBridge', 'SNS', 'SQS'] as const;
export type NotificationTarget = (typeof NOTIFICATION_TARGETS)[number];

export const ORIGINATION_ROUTE_PROTOCOLS = ['TCP', 'UDP'] as const;
export type OriginationRouteProtocol = (typeof ORIGINATION_ROUTE_PROTOCOLS)[number];

/** Termination settings enable your SIP hosts to make outbound calls using your Amazon Chime Voice Connector. */
export interface Termination {
  CallingRegions?: string[];
  CidrAllowedList?: string[];
  CpsLimit?: number;
  DefaultPhoneNumber?: string;
  Disabled?: boolean;
}

/** The termination health details, including the source IP address and timestamp of the last successful SIP OPTIONS message from your SIP infrastructure. */
export interface TerminationHealth {
  Source?: string;
  Timestamp?: IsoTimestamp;
}

/** Origination settings enable your SIP hosts to receive inbound calls using your Amazon Chime Voice Connector. */
export interface Origination {
  Disabled?: boolean;
  Routes?: OriginationRoute[];
}

/** Origination routes define call distribution properties for your SIP hosts to receive inbound calls using your Amazon Chime Voice Connector. */
export interface OriginationRoute {
  Host?: string;
  Port?: number;
  Priority?: number;
  Protocol?: OriginationRouteProtocol;
  Weight?: number;
}

/** The logging configuration associated with an Amazon Chime Voice Connector. */
export interface LoggingConfiguration {
  EnableMediaMetricLogs?: boolean;
  EnableSIPLogs?: boolean;
}

/** The streaming configuration associated with an Amazon Chime Voice Connector. */
export interface StreamingConfiguration {
  DataRetentionInHours: number;
  Disabled?: boolean;
  StreamingNotificationTargets?: StreamingNotificationTarget[];
}

/** The targeted recipient for a streaming configuration notification. */
export interface StreamingNotificationTarget {
  NotificationTarget: NotificationTarget;
}

/** The emergency calling configuration details associated with an Amazon Chime Voice Connector. */
export interface EmergencyCallingConfiguration {
  DNIS?: DNISEmergencyCallingConfiguration[];
}

/** The Dialed Number Identification Service (DNIS) emergency calling configuration details associated with an Amazon Chime Voice Connector's emergency calling configuration. */
export interface DNISEmergencyCallingConfiguration {
  CallingCountry: string;
  EmergencyPhoneNumber: string;
  TestPhoneNumber?: string;
}

/** The proxy configuration of an Amazon Chime Voice Connector (its proxy sessions' defaults). */
export interface VoiceConnectorProxy {
  DefaultSessionExpiryMinutes?: number;
  Disabled?: boolean;
  FallBackPhoneNumber?: string;
  PhoneNumberCountries?: string[];
}

/** The SIP credentials used to authenticate requests to your Amazon Chime Voice Connector. */
export interface Credential {
  Username?: string;
  Password?: string;
}
