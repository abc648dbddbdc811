import { associationValue, listPhoneNumbers } from '../resolvers/phone-numbers.ts';
import { listProxySessions } from '../resolvers/proxy-sessions.ts';
import {
  getEmergencyCallingConfiguration,
  getLoggingConfiguration,
  getOrigination,
  getStreamingConfiguration,
  getTermination,
  getTerminationHealth,
} from '../resolvers/voice-connector-configurations.ts';
import {
  getVoiceConnector,
  listVoiceConnectors,
  type VoiceConnectorModel,
} from '../resolvers/voice-connectors.ts';
import { builder } from './builder.ts';
import { forwardPageArgs } from './connection.ts';
import { ProxySessionStatusEnum } from './enums.ts';
import { PhoneNumberConnection, PhoneNumberRef } from './phone-number.ts';
import { ProxySessionConnection } from './proxy-session.ts';
import {
  EmergencyCallingConfigurationRef,
  LoggingConfigurationRef,
  OriginationRef,
  StreamingConfigurationRef,
  TerminationHealthRef,
  TerminationRef,
} from './voice-connector-configuration.ts';

export const VoiceConnectorRef = builder.objectRef<VoiceConnectorModel>('VoiceConnector');

export const VoiceConnectorConnection = builder.connectionObject({
  type: VoiceConnectorRef,
  name: 'VoiceConnectorConnection',
});

builder.node(VoiceConnectorRef, {
  description:
    'An Amazon Chime Voice Connector: a SIP trunk, its phone numbers, settings and proxy sessions.',
  id: { resolve: (connector) => connector.voiceConnectorId },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => getVoiceConnector(ctx, id))),
  fields: (t) => ({
    voiceConnectorId: t.exposeString('voiceConnectorId'),
    voiceConnectorArn: t.exposeString('voiceConnectorArn', { nullable: true }),
    name: t.exposeString('name', { nullable: true }),
    awsRegion: t.exposeString('awsRegion', { nullable: true }),
    outboundHostName: t.exposeString('outboundHostName', { nullable: true }),
    requireEncryption: t.exposeBoolean('requireEncryption', { nullable: true }),
    createdTimestamp: t.expose('createdTimestamp', { type: 'DateTime', nullable: true }),
    updatedTimestamp: t.expose('updatedTimestamp', { type: 'DateTime', nullable: true }),
    phoneNumbers: t.field({
      type: PhoneNumberConnection,
      description: 'The phone numbers associated with the voice connector.',
      args: forwardPageArgs,
      resolve: (connector, page, ctx) =>
        listPhoneNumbers(ctx, page, {
          filterName: 'VoiceConnectorId',
          filterValue: connector.voiceConnectorId,
        }),
    }),
    termination: t.field({
      type: TerminationRef,
      nullable: true,
      description: 'Outbound calling settings; null when never set.',
      resolve: (connector, _args, ctx) => getTermination(ctx, connector.voiceConnectorId),
    }),
    terminationHealth: t.field({
      type: TerminationHealthRef,
      nullable: true,
      description: 'The last SIP OPTIONS ping received; null when termination is not set.',
      resolve: (connector, _args, ctx) => getTerminationHealth(ctx, connector.voiceConnectorId),
    }),
    origination: t.field({
      type: OriginationRef,
      nullable: true,
      description: 'Inbound calling settings; null when never set.',
      resolve: (connector, _args, ctx) => getOrigination(ctx, connector.voiceConnectorId),
    }),
    loggingConfiguration: t.field({
      type: LoggingConfigurationRef,
      nullable: true,
      description: 'CloudWatch logging settings; null when never set.',
      resolve: (connector, _args, ctx) => getLoggingConfiguration(ctx, connector.voiceConnectorId),
    }),
    streamingConfiguration: t.field({
      type: StreamingConfigurationRef,
      nullable: true,
      description: 'Kinesis media streaming settings; null when never set.',
      resolve: (connector, _args, ctx) => getStreamingConfiguration(ctx, connector.voiceConnectorId),
    }),
    emergencyCallingConfiguration: t.field({
      type: EmergencyCallingConfigurationRef,
      nullable: true,
      description: 'Emergency calling settings; null when never set.',
      resolve: (connector, _args, ctx) => getEmergencyCallingConfiguration(ctx, connector.voiceConnectorId),
    }),
    proxySessions: t.field({
      type: ProxySessionConnection,
      description: "The voice connector's proxy sessions, optionally only those with one status.",
      args: { ...forwardPageArgs, status: t.arg({ type: ProxySessionStatusEnum }) },
      resolve: (connector, { status, ...page }, ctx) =>
        listProxySessions(ctx, connector.voiceConnectorId, page, status ?? null),
    }),
  }),
});

builder.queryFields((t) => ({
  voiceConnectors: t.field({
    type: VoiceConnectorConnection,
    description: 'The Amazon Chime Voice Connectors of the AWS account.',
    args: forwardPageArgs,
    resolve: (_root, page, ctx) => listVoiceConnectors(ctx, page),
  }),
  voiceConnector: t.field({
    type: VoiceConnectorRef,
    nullable: true,
    description: 'A voice connector by id; null when there is none.',
    args: { voiceConnectorId: t.arg.string({ required: true }) },
    resolve: (_root, { voiceConnectorId }, ctx) => getVoiceConnector(ctx, voiceConnectorId),
  }),
}));

builder.objectFields(PhoneNumberRef, (t) => ({
  voiceConnector: t.field({
    type: VoiceConnectorRef,
    nullable: true,
    description: 'Resolved from the VoiceConnectorId association.',
    resolve: (number, _args, ctx) => {
      const voiceConnectorId = associationValue(number, 'VoiceConnectorId');
      return voiceConnectorId ? getVoiceConnector(ctx, voiceConnectorId) : null;
    },
  }),
}));
