import type {
  EmergencyCallingConfiguration,
  LoggingConfiguration,
  Origination,
  StreamingConfiguration,
  Termination,
  TerminationHealth,
} from '../../chime/shapes/voice-connector-configuration.ts';
import type { RequestContext } from '../../context.ts';
import {
  knownValue,
  NOTIFICATION_TARGETS,
  type NotificationTarget,
  ORIGINATION_ROUTE_PROTOCOLS,
  type OriginationRouteProtocol,
} from '../shared/enums.ts';
import { isoTimestamp } from '../shared/timestamps.ts';

/** Outbound calling: who may call out through the connector, where to, how fast. */
export interface TerminationModel {
  cpsLimit: number | null;
  defaultPhoneNumber: string | null;
  callingRegions: string[] | null;
  cidrAllowedList: string[] | null;
  disabled: boolean | null;
}

/** One SIP host inbound calls are sent to. */
export interface OriginationRouteModel {
  host: string | null;
  port: number | null;
  protocol: OriginationRouteProtocol | null;
  priority: number | null;
  weight: number | null;
}

/** Inbound calling: the SIP hosts that receive calls. */
export interface OriginationModel {
  routes: OriginationRouteModel[];
  disabled: boolean | null;
}

/** The last SIP OPTIONS ping seen from the customer's SIP infrastructure. */
export interface TerminationHealthModel {
  source: string | null;
  timestamp: string | null;
}

/** Which logs go to CloudWatch. */
export interface LoggingConfigurationModel {
  enableSipLogs: boolean | null;
  enableMediaMetricLogs: boolean | null;
}

/** Media streaming to Kinesis. */
export interface StreamingConfigurationModel {
  dataRetentionInHours: number;
  disabled: boolean | null;
  streamingNotificationTargets: { notificationTarget: NotificationTarget | null }[];
}

/** Where emergency calls go, per calling country. */
export interface EmergencyCallingConfigurationModel {
  dnis: { callingCountry: string; emergencyPhoneNumber: string; testPhoneNumber: string | null }[];
}

/** Maps an upstream termination. */
export function toTermination(termination: Termination): TerminationModel {
  return {
    cpsLimit: termination.CpsLimit ?? null,
    defaultPhoneNumber: termination.DefaultPhoneNumber ?? null,
    callingRegions: termination.CallingRegions ?? null,
    cidrAllowedList: termination.CidrAllowedList ?? null,
    disabled: termination.Disabled ?? null,
  };
}

/** Maps an upstream origination. */
export function toOrigination(origination: Origination): OriginationModel {
  return {
    routes: (origination.Routes ?? []).map((route) => ({
      host: route.Host ?? null,
      port: route.Port ?? null,
      protocol: knownValue(ORIGINATION_ROUTE_PROTOCOLS, route.Protocol),
      priority: route.Priority ?? null,
      weight: route.Weight ?? null,
    })),
    disabled: origination.Disabled ?? null,
  };
}

/** Maps an upstream termination health. */
export function toTerminationHealth(health: TerminationHealth): TerminationHealthModel {
  return { source: health.Source ?? null, timestamp: isoTimestamp(health.Timestamp) };
}

/** Maps an upstream logging configuration. */
export function toLoggingConfiguration(logging: LoggingConfiguration): LoggingConfigurationModel {
  return {
    enableSipLogs: logging.EnableSIPLogs ?? null,
    enableMediaMetricLogs: logging.EnableMediaMetricLogs ?? null,
  };
}

/** Maps an upstream streaming configuration. */
export function toStreamingConfiguration(streaming: StreamingConfiguration): StreamingConfigurationModel {
  return {
    dataRetentionInHours: streaming.DataRetentionInHours,
    disabled: streaming.Disabled ?? null,
    streamingNotificationTargets: (streaming.StreamingNotificationTargets ?? []).map((target) => ({
      notificationTarget: knownValue(NOTIFICATION_TARGETS, target.NotificationTarget),
    })),
  };
}

/** Maps an upstream emergency calling configuration. */
export function toEmergencyCallingConfiguration(
  emergency: EmergencyCallingConfiguration,
): EmergencyCallingConfigurationModel {
  return {
    dnis: (emergency.DNIS ?? []).map((dnis) => ({
      callingCountry: dnis.CallingCountry,
      emergencyPhoneNumber: dnis.EmergencyPhoneNumber,
      testPhoneNumber: dnis.TestPhoneNumber ?? null,
    })),
  };
}

/** A configuration's loaded value mapped, or null (never set, or no such connector). */
const mapped =
  <T, M>(map: (value: T) => M) =>
  (value: T | null): M | null =>
    value === null ? null : map(value);

/** GetVoiceConnectorTermination; null when unset. */
export const getTermination = (ctx: RequestContext, voiceConnectorId: string) =>
  ctx.loaders.termination.load(voiceConnectorId).then(mapped(toTermination));

/** GetVoiceConnectorTerminationHealth; null when termination is unset. */
export const getTerminationHealth = (ctx: RequestContext, voiceConnectorId: string) =>
  ctx.loaders.terminationHealth.load(voiceConnectorId).then(mapped(toTerminationHealth));

/** GetVoiceConnectorOrigination; null when unset. */
export const getOrigination = (ctx: RequestContext, voiceConnectorId: string) =>
  ctx.loaders.origination.load(voiceConnectorId).then(mapped(toOrigination));

/** GetVoiceConnectorLoggingConfiguration; null when unset. */
export const getLoggingConfiguration = (ctx: RequestContext, voiceConnectorId: string) =>
  ctx.loaders.loggingConfiguration.load(voiceConnectorId).then(mapped(toLoggingConfiguration));

/** GetVoiceConnectorStreamingConfiguration; null when unset. */
export const getStreamingConfiguration = (ctx: RequestContext, voiceConnectorId: string) =>
  ctx.loaders.streamingConfiguration.load(voiceConnectorId).then(mapped(toStreamingConfiguration));

/** GetVoiceConnectorEmergencyCallingConfiguration; null when unset. */
export const getEmergencyCallingConfiguration = (ctx: RequestContext, voiceConnectorId: string) =>
  ctx.loaders.emergencyCallingConfiguration
    .load(voiceConnectorId)
    .then(mapped(toEmergencyCallingConfiguration));
