import type { PhoneNumberModel } from '../../loaders/phone-numbers.ts';
import type { VoiceConnectorModel } from '../../loaders/voice-connectors.ts';
import { associationValue, listPhoneNumbers } from '../../resolvers/phone-numbers/reads.ts';
import { listProxySessions } from '../../resolvers/proxy-sessions/reads.ts';
import {
  getEmergencyCallingConfiguration,
  getLoggingConfiguration,
  getOrigination,
  getProxy,
  getStreamingConfiguration,
  getTermination,
  getTerminationHealth,
  getVoiceConnector,
  listTerminationCredentials,
  listVoiceConnectors,
} from '../../resolvers/voice-connectors/reads.ts';
import { builder } from '../builder.ts';
import { PhoneNumberConnection, PhoneNumberRef, phoneNumberListArgs } from '../phone-numbers/refs.ts';
import { ProxySessionConnection } from '../proxy-sessions/refs.ts';
import { outsideAccounts } from '../shared/access.ts';
import { forwardPageArgs } from '../shared/connection.ts';
import { ProxySessionStatusEnum } from '../shared/enums.ts';
import { byIdOfParent, fromParent, fromParentId, loadWithChildren } from '../shared/look-ahead.ts';
import {
  EmergencyCallingConfigurationRef,
  LoggingConfigurationRef,
  OriginationRef,
  StreamingConfigurationRef,
  TerminationHealthRef,
  TerminationRef,
  VoiceConnectorProxyRef,
} from './configuration.ts';
import { VoiceConnectorRef } from './refs.ts';

export const VoiceConnectorConnection = builder.connectionObject({
  type: VoiceConnectorRef,
  name: 'VoiceConnectorConnection',
});

// Every field below that needs only the id starts beside GetVoiceConnector under `voiceConnector(voiceConnectorId:)`.
const idOf = (connector: VoiceConnectorModel) => connector.voiceConnectorId;

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
      nullable: true,
      description:
        'The phone numbers associated with the voice connector, optionally by product type and status.',
      args: phoneNumberListArgs,
      ...fromParentId(idOf, (voiceConnectorId, { productType, status, ...page }, ctx, ahead) =>
        listPhoneNumbers(
          ctx,
          { ...page, onItems: ahead.items },
          { productType, status, filterName: 'VoiceConnectorId', filterValue: voiceConnectorId },
        ),
      ),
    }),
    termination: t.field({
      type: TerminationRef,
      nullable: true,
      description: 'Outbound calling settings; null when never set.',
      ...fromParentId(idOf, (id, _args, ctx) => getTermination(ctx, id)),
    }),
    terminationHealth: t.field({
      type: TerminationHealthRef,
      nullable: true,
      description: 'The last SIP OPTIONS ping received; null when termination is not set.',
      ...fromParentId(idOf, (id, _args, ctx) => getTerminationHealth(ctx, id)),
    }),
    origination: t.field({
      type: OriginationRef,
      nullable: true,
      description: 'Inbound calling settings; null when never set.',
      ...fromParentId(idOf, (id, _args, ctx) => getOrigination(ctx, id)),
    }),
    loggingConfiguration: t.field({
      type: LoggingConfigurationRef,
      nullable: true,
      description: 'CloudWatch logging settings; null when never set.',
      ...fromParentId(idOf, (id, _args, ctx) => getLoggingConfiguration(ctx, id)),
    }),
    streamingConfiguration: t.field({
      type: StreamingConfigurationRef,
      nullable: true,
      description: 'Kinesis media streaming settings; null when never set.',
      ...fromParentId(idOf, (id, _args, ctx) => getStreamingConfiguration(ctx, id)),
    }),
    emergencyCallingConfiguration: t.field({
      type: EmergencyCallingConfigurationRef,
      nullable: true,
      description: 'Emergency calling settings; null when never set.',
      ...fromParentId(idOf, (id, _args, ctx) => getEmergencyCallingConfiguration(ctx, id)),
    }),
    proxy: t.field({
      type: VoiceConnectorProxyRef,
      nullable: true,
      description: 'The defaults of its proxy sessions; null when never set.',
      ...fromParentId(idOf, (id, _args, ctx) => getProxy(ctx, id)),
    }),
    terminationCredentials: t.field({
      type: ['String'],
      nullable: true,
      description: 'The usernames of the SIP credentials termination accepts (passwords are never answered).',
      ...fromParentId(idOf, (id, _args, ctx) => listTerminationCredentials(ctx, id)),
    }),
    proxySessions: t.field({
      type: ProxySessionConnection,
      nullable: true,
      description: "The voice connector's proxy sessions, optionally only those with one status.",
      args: { ...forwardPageArgs, status: t.arg({ type: ProxySessionStatusEnum }) },
      ...fromParentId(idOf, (id, { status, ...page }, ctx, ahead) =>
        listProxySessions(ctx, id, { ...page, onItems: ahead.items }, status ?? null),
      ),
    }),
  }),
});

builder.queryFields((t) => ({
  voiceConnectors: t.field({
    authScopes: outsideAccounts,
    type: VoiceConnectorConnection,
    nullable: true,
    description: 'The Amazon Chime Voice Connectors of the AWS account.',
    args: forwardPageArgs,
    ...fromParent((_root, page, ctx, ahead) => listVoiceConnectors(ctx, { ...page, onItems: ahead.items })),
  }),
  voiceConnector: t.field({
    authScopes: outsideAccounts,
    type: VoiceConnectorRef,
    nullable: true,
    description: 'A voice connector by id; null when there is none.',
    args: { voiceConnectorId: t.arg.string({ required: true }) },
    resolve: (_root, { voiceConnectorId }, ctx, info) =>
      loadWithChildren(voiceConnectorId, ctx, info, getVoiceConnector(ctx, voiceConnectorId)),
  }),
}));

builder.objectFields(PhoneNumberRef, (t) => ({
  voiceConnector: t.field({
    type: VoiceConnectorRef,
    nullable: true,
    description: 'Resolved from the VoiceConnectorId association.',
    ...byIdOfParent(
      (number: PhoneNumberModel) => associationValue(number, 'VoiceConnectorId'),
      (voiceConnectorId, ctx) => getVoiceConnector(ctx, voiceConnectorId),
    ),
  }),
}));
