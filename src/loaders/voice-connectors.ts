import DataLoader from 'dataloader';
import { type CachingCaller, cachedAs } from '../cache/read-cache.ts';
import type { Operation } from '../chime/operation.ts';
import {
  GetVoiceConnectorEmergencyCallingConfiguration,
  GetVoiceConnectorLoggingConfiguration,
  GetVoiceConnectorOrigination,
  GetVoiceConnectorProxy,
  GetVoiceConnectorStreamingConfiguration,
  GetVoiceConnectorTermination,
  GetVoiceConnectorTerminationHealth,
  ListVoiceConnectorTerminationCredentials,
} from '../chime/operations/voice-connector-configuration.ts';
import { GetVoiceConnector, ListVoiceConnectors } from '../chime/operations/voice-connectors.ts';
import type { VoiceConnector } from '../chime/shapes/voice-connector.ts';
import {
  type EmergencyCallingConfiguration,
  type LoggingConfiguration,
  NOTIFICATION_TARGETS,
  type NotificationTarget,
  ORIGINATION_ROUTE_PROTOCOLS,
  type Origination,
  type OriginationRouteProtocol,
  type StreamingConfiguration,
  type Termination,
  type TerminationHealth,
  type VoiceConnectorProxy,
} from '../chime/shapes/voice-connector-configuration.ts';
import { type ForwardPage, type PageReader, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';
import { listOrGetBatch } from './shared/list-or-get.ts';
import { isoTimestamp, knownValue } from './shared/upstream-values.ts';

/** An Amazon Chime Voice Connector, as the graph sees it. */
export interface VoiceConnectorModel {
  voiceConnectorId: string;
  voiceConnectorArn: string | null;
  name: string | null;
  awsRegion: string | null;
  outboundHostName: string | null;
  requireEncryption: boolean | null;
  createdTimestamp: string | null;
  updatedTimestamp: string | null;
}

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

/** The defaults of a voice connector's proxy sessions. */
export interface ProxyModel {
  defaultSessionExpiryMinutes: number | null;
  disabled: boolean | null;
  fallbackPhoneNumber: string | null;
  phoneNumberCountries: string[] | null;
}

/** Maps an upstream voice connector. */
export function toVoiceConnector(connector: VoiceConnector): VoiceConnectorModel {
  return {
    voiceConnectorId: connector.VoiceConnectorId,
    voiceConnectorArn: connector.VoiceConnectorArn ?? null,
    name: connector.Name ?? null,
    awsRegion: connector.AwsRegion ?? null,
    outboundHostName: connector.OutboundHostName ?? null,
    requireEncryption: connector.RequireEncryption ?? null,
    createdTimestamp: isoTimestamp(connector.CreatedTimestamp),
    updatedTimestamp: isoTimestamp(connector.UpdatedTimestamp),
  };
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

/** Maps an upstream proxy configuration. */
export function toProxy(proxy: VoiceConnectorProxy): ProxyModel {
  return {
    defaultSessionExpiryMinutes: proxy.DefaultSessionExpiryMinutes ?? null,
    disabled: proxy.Disabled ?? null,
    fallbackPhoneNumber: proxy.FallBackPhoneNumber ?? null,
    phoneNumberCountries: proxy.PhoneNumberCountries ?? null,
  };
}

/** The configurations a voice connector has, each read by its own `GetVoiceConnector…` (or List). */
export interface ConfigurationModels {
  termination: TerminationModel;
  terminationHealth: TerminationHealthModel;
  origination: OriginationModel;
  loggingConfiguration: LoggingConfigurationModel;
  streamingConfiguration: StreamingConfigurationModel;
  emergencyCallingConfiguration: EmergencyCallingConfigurationModel;
  proxy: ProxyModel;
  /** The usernames of the termination's SIP credentials (the upstream never answers a password). */
  terminationCredentials: string[];
}

/**
 * A configuration a mutation writes with the upstream's answer. Termination health is only
 * ever read; a credentials write answers nothing, so the list is read again after it.
 */
export type WritableConfiguration = Exclude<
  keyof ConfigurationModels,
  'terminationHealth' | 'terminationCredentials'
>;

/**
 * A loader over one `GetVoiceConnector…` configuration read, keyed by voice connector id.
 * The upstream answers 404 both for an unknown connector and for a configuration never
 * set, so both load as null.
 */
function configurationLoader<K extends string, T, M>(
  client: CachingCaller,
  operation: Operation<{ VoiceConnectorId: string }, Record<K, T>>,
  member: K,
  toModel: (value: T) => M,
) {
  return getLoader(
    (voiceConnectorId: string) =>
      client
        .send(
          operation,
          { VoiceConnectorId: voiceConnectorId },
          cachedAs('voice-connectors', voiceConnectorId),
        )
        .then((out) => toModel(out[member])),
    (voiceConnectorId) => voiceConnectorId,
  );
}

/**
 * Per-request loaders for voice connectors and their configurations, and the writes that
 * keep them true after a mutation. No request keeps a list, so a write forgets its connector
 * alone; in the shared cache it also makes every list of connectors stale.
 */
export function createVoiceConnectorLoaders(client: CachingCaller, cursors: Cursors) {
  // The one reader of ListVoiceConnectors: the by-id batch and the connection page through it.
  const readPage: PageReader<VoiceConnectorModel> = async (token, maxResults) => {
    const out = await client.send(
      ListVoiceConnectors,
      {
        MaxResults: maxResults,
        NextToken: token ?? undefined,
      },
      cachedAs('voice-connectors'),
    );
    return { items: out.VoiceConnectors.map(toVoiceConnector), nextToken: out.NextToken };
  };
  const prime = (connector: VoiceConnectorModel) =>
    voiceConnector.prime(connector.voiceConnectorId, connector);
  // An AWS account has a handful of voice connectors (a quota per Region): several asked
  // for together are one ListVoiceConnectors page rather than a GetVoiceConnector each.
  const voiceConnector: DataLoader<string, VoiceConnectorModel | null> = new DataLoader(
    listOrGetBatch<string, VoiceConnectorModel>({
      groupOf: () => 'all',
      idOf: (voiceConnectorId) => voiceConnectorId,
      idOfItem: (item) => item.voiceConnectorId,
      readPage: (_all, token) => readPage(token ?? null, ListVoiceConnectors.maxResults!),
      get: (voiceConnectorId) =>
        client
          .send(
            GetVoiceConnector,
            { VoiceConnectorId: voiceConnectorId },
            cachedAs('voice-connectors', voiceConnectorId),
          )
          .then((out) => toVoiceConnector(out.VoiceConnector)),
      prime,
    }).batch,
  );
  const configurations: {
    [K in keyof ConfigurationModels]: DataLoader<string, ConfigurationModels[K] | null>;
  } = {
    termination: configurationLoader(client, GetVoiceConnectorTermination, 'Termination', toTermination),
    terminationHealth: configurationLoader(
      client,
      GetVoiceConnectorTerminationHealth,
      'TerminationHealth',
      toTerminationHealth,
    ),
    origination: configurationLoader(client, GetVoiceConnectorOrigination, 'Origination', toOrigination),
    loggingConfiguration: configurationLoader(
      client,
      GetVoiceConnectorLoggingConfiguration,
      'LoggingConfiguration',
      toLoggingConfiguration,
    ),
    streamingConfiguration: configurationLoader(
      client,
      GetVoiceConnectorStreamingConfiguration,
      'StreamingConfiguration',
      toStreamingConfiguration,
    ),
    emergencyCallingConfiguration: configurationLoader(
      client,
      GetVoiceConnectorEmergencyCallingConfiguration,
      'EmergencyCallingConfiguration',
      toEmergencyCallingConfiguration,
    ),
    proxy: configurationLoader(client, GetVoiceConnectorProxy, 'Proxy', toProxy),
    // Only an unknown connector answers 404: a connector without credentials lists none.
    terminationCredentials: configurationLoader(
      client,
      ListVoiceConnectorTerminationCredentials,
      'Usernames',
      (usernames) => usernames ?? [],
    ),
  };
  return {
    voiceConnector,
    ...configurations,
    /** A page of the AWS account's voice connectors; each one read primes `voiceConnector`. */
    listVoiceConnectors: (page: ForwardPage) =>
      readConnection<VoiceConnectorModel>(page, {
        cursors,
        scope: ['voiceConnectors'],
        maxResults: ListVoiceConnectors.maxResults!,
        read: async (token, maxResults) => {
          const page = await readPage(token, maxResults);
          for (const item of page.items) prime(item);
          return page;
        },
      }),
    /** Records a voice connector as the upstream just answered it (created or updated). */
    replaceVoiceConnector: (connector: VoiceConnectorModel) => {
      voiceConnector.clear(connector.voiceConnectorId).prime(connector.voiceConnectorId, connector);
      client.changed('voice-connectors', connector.voiceConnectorId);
    },
    /** Records that a voice connector, and so each of its configurations, no longer exists. */
    forgetVoiceConnector: (voiceConnectorId: string) => {
      voiceConnector.clear(voiceConnectorId).prime(voiceConnectorId, null);
      for (const loader of Object.values(configurations))
        loader.clear(voiceConnectorId).prime(voiceConnectorId, null);
      client.changed('voice-connectors', voiceConnectorId);
    },
    /**
     * Records a configuration as a put answered it, or null once deleted. Termination
     * health follows termination, so a termination write makes it read again.
     */
    replaceConfiguration: <K extends WritableConfiguration>(
      voiceConnectorId: string,
      name: K,
      model: ConfigurationModels[K] | null,
    ) => {
      (configurations[name] as DataLoader<string, ConfigurationModels[K] | null>)
        .clear(voiceConnectorId)
        .prime(voiceConnectorId, model);
      if (name === 'termination') configurations.terminationHealth.clear(voiceConnectorId);
      // Shared, a configuration is filed under its connector: this makes all of them stale.
      client.changed('voice-connectors', voiceConnectorId);
    },
    /** Records that the connector's termination credentials changed: the list is read again. */
    forgetTerminationCredentials: (voiceConnectorId: string) => {
      configurations.terminationCredentials.clear(voiceConnectorId);
      client.changed('voice-connectors', voiceConnectorId);
    },
  };
}
