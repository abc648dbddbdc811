import type { RequestContext } from '../../context.ts';
import {
  type ConfigurationMutationResult,
  deleteEmergencyCallingConfiguration,
  deleteOrigination,
  deleteProxy,
  deleteStreamingConfiguration,
  deleteTermination,
  putEmergencyCallingConfiguration,
  putLoggingConfiguration,
  putOrigination,
  putProxy,
  putStreamingConfiguration,
  putTermination,
} from '../../resolvers/voice-connectors/configuration-commands.ts';
import {
  getEmergencyCallingConfiguration,
  getLoggingConfiguration,
  getOrigination,
  getProxy,
  getStreamingConfiguration,
  getTermination,
} from '../../resolvers/voice-connectors/reads.ts';
import { builder } from '../builder.ts';
import { writeOutsideAccounts } from '../shared/access.ts';
import { NotificationTargetEnum, OriginationRouteProtocolEnum } from '../shared/enums.ts';
import {
  EmergencyCallingConfigurationRef,
  LoggingConfigurationRef,
  OriginationRef,
  StreamingConfigurationRef,
  TerminationRef,
  VoiceConnectorProxyRef,
} from './configuration.ts';
import { voiceConnectorPayload } from './mutations.ts';

/*
 * The mutations that write a voice connector's configurations. Their inputs are shaped
 * like the configurations they write (configuration.ts); each payload has the voice
 * connector and, for a put, the configuration as the connector now has it.
 */

const TerminationInput = builder.inputType('TerminationInput', {
  fields: (t) => ({
    cpsLimit: t.int({ description: 'Calls per second, at least 1 (default 1).' }),
    defaultPhoneNumber: t.string({ description: 'The default caller id, E.164.' }),
    callingRegions: t.stringList({
      required: true,
      description: 'Countries calls may go to, ISO 3166-1 alpha-2 (e.g. US).',
    }),
    cidrAllowedList: t.stringList({
      required: true,
      description: 'IPv4 ranges allowed to call, CIDR notation (e.g. 203.0.113.0/24).',
    }),
    disabled: t.boolean(),
  }),
});

const OriginationRouteInput = builder.inputType('OriginationRouteInput', {
  description: 'At least one member.',
  fields: (t) => ({
    host: t.string({ description: 'FQDN or IP address.' }),
    port: t.int({ description: '0-65535 (default 5060).' }),
    protocol: t.field({ type: OriginationRouteProtocolEnum }),
    priority: t.int({ description: '1-100, 1 tried first.' }),
    weight: t.int({ description: '1-100.' }),
  }),
});

const OriginationInput = builder.inputType('OriginationInput', {
  description: 'routes or disabled, or both.',
  fields: (t) => ({
    routes: t.field({ type: [OriginationRouteInput], description: '1-20 routes.' }),
    disabled: t.boolean(),
  }),
});

const LoggingConfigurationInput = builder.inputType('LoggingConfigurationInput', {
  fields: (t) => ({
    enableSipLogs: t.boolean(),
    enableMediaMetricLogs: t.boolean(),
  }),
});

const StreamingNotificationTargetInput = builder.inputType('StreamingNotificationTargetInput', {
  fields: (t) => ({ notificationTarget: t.field({ type: NotificationTargetEnum, required: true }) }),
});

const StreamingConfigurationInput = builder.inputType('StreamingConfigurationInput', {
  fields: (t) => ({
    dataRetentionInHours: t.int({ required: true, description: 'At least 0.' }),
    disabled: t.boolean(),
    streamingNotificationTargets: t.field({
      type: [StreamingNotificationTargetInput],
      description: '1-3 targets.',
    }),
  }),
});

const DnisEmergencyCallingConfigurationInput = builder.inputType('DnisEmergencyCallingConfigurationInput', {
  fields: (t) => ({
    callingCountry: t.string({ required: true, description: 'ISO 3166-1 alpha-2.' }),
    emergencyPhoneNumber: t.string({ required: true, description: 'E.164.' }),
    testPhoneNumber: t.string({ description: 'E.164.' }),
  }),
});

const EmergencyCallingConfigurationInput = builder.inputType('EmergencyCallingConfigurationInput', {
  fields: (t) => ({ dnis: t.field({ type: [DnisEmergencyCallingConfigurationInput], required: true }) }),
});

const VoiceConnectorProxyInput = builder.inputType('VoiceConnectorProxyInput', {
  fields: (t) => ({
    defaultSessionExpiryMinutes: t.int({ required: true, description: 'At least 1.' }),
    phoneNumberCountries: t.stringList({
      required: true,
      description: '1-100 countries proxy numbers are chosen from, ISO 3166-1 alpha-2 (e.g. US).',
    }),
    fallbackPhoneNumber: t.string({ description: 'Where calls go after a session expires, E.164.' }),
    disabled: t.boolean({ description: 'When true, no proxy session can be created.' }),
  }),
});

const VoiceConnectorIdInput = (name: string) =>
  builder.inputType(name, { fields: (t) => ({ voiceConnectorId: t.string({ required: true }) }) });

const PutTerminationInput = builder.inputType('PutVoiceConnectorTerminationInput', {
  fields: (t) => ({
    voiceConnectorId: t.string({ required: true }),
    termination: t.field({ type: TerminationInput, required: true }),
  }),
});

const PutOriginationInput = builder.inputType('PutVoiceConnectorOriginationInput', {
  fields: (t) => ({
    voiceConnectorId: t.string({ required: true }),
    origination: t.field({ type: OriginationInput, required: true }),
  }),
});

const PutLoggingInput = builder.inputType('PutVoiceConnectorLoggingConfigurationInput', {
  fields: (t) => ({
    voiceConnectorId: t.string({ required: true }),
    loggingConfiguration: t.field({ type: LoggingConfigurationInput, required: true }),
  }),
});

const PutStreamingInput = builder.inputType('PutVoiceConnectorStreamingConfigurationInput', {
  fields: (t) => ({
    voiceConnectorId: t.string({ required: true }),
    streamingConfiguration: t.field({ type: StreamingConfigurationInput, required: true }),
  }),
});

const PutEmergencyInput = builder.inputType('PutVoiceConnectorEmergencyCallingConfigurationInput', {
  fields: (t) => ({
    voiceConnectorId: t.string({ required: true }),
    emergencyCallingConfiguration: t.field({ type: EmergencyCallingConfigurationInput, required: true }),
  }),
});

const PutProxyInput = builder.inputType('PutVoiceConnectorProxyInput', {
  fields: (t) => ({
    voiceConnectorId: t.string({ required: true }),
    proxy: t.field({ type: VoiceConnectorProxyInput, required: true }),
  }),
});

/** A put's payload also has the configuration as the voice connector now has it (set by the mutation). */
const CURRENT_CONFIGURATION_DESCRIPTION = 'As the voice connector now has it.';

/** A resolver reading one configuration of the payload's voice connector. */
const readFor =
  <Model>(read: (ctx: RequestContext, voiceConnectorId: string) => Promise<Model | null>) =>
  (payload: ConfigurationMutationResult, _args: object, ctx: RequestContext) =>
    payload.voiceConnectorId === null ? null : read(ctx, payload.voiceConnectorId);

// Outbound (termination) and inbound (origination) calling: the configurations the others build on;
// emergency calling needs both enabled, and both must outlive it.

const PutTerminationPayload = voiceConnectorPayload('PutVoiceConnectorTerminationPayload');
const PutOriginationPayload = voiceConnectorPayload('PutVoiceConnectorOriginationPayload');

builder.objectField(PutTerminationPayload, 'termination', (t) =>
  t.field({
    type: TerminationRef,
    nullable: true,
    description: CURRENT_CONFIGURATION_DESCRIPTION,
    resolve: readFor(getTermination),
  }),
);
builder.objectField(PutOriginationPayload, 'origination', (t) =>
  t.field({
    type: OriginationRef,
    nullable: true,
    description: CURRENT_CONFIGURATION_DESCRIPTION,
    resolve: readFor(getOrigination),
  }),
);

const PutLoggingPayload = voiceConnectorPayload('PutVoiceConnectorLoggingConfigurationPayload');
const PutStreamingPayload = voiceConnectorPayload('PutVoiceConnectorStreamingConfigurationPayload');
const PutEmergencyPayload = voiceConnectorPayload('PutVoiceConnectorEmergencyCallingConfigurationPayload');

builder.objectField(PutLoggingPayload, 'loggingConfiguration', (t) =>
  t.field({
    type: LoggingConfigurationRef,
    nullable: true,
    description: CURRENT_CONFIGURATION_DESCRIPTION,
    resolve: readFor(getLoggingConfiguration),
  }),
);
builder.objectField(PutStreamingPayload, 'streamingConfiguration', (t) =>
  t.field({
    type: StreamingConfigurationRef,
    nullable: true,
    description: CURRENT_CONFIGURATION_DESCRIPTION,
    resolve: readFor(getStreamingConfiguration),
  }),
);
builder.objectField(PutEmergencyPayload, 'emergencyCallingConfiguration', (t) =>
  t.field({
    type: EmergencyCallingConfigurationRef,
    nullable: true,
    description: CURRENT_CONFIGURATION_DESCRIPTION,
    resolve: readFor(getEmergencyCallingConfiguration),
  }),
);

// Proxy sessions (proxy-sessions/) take their defaults from the proxy configuration.

const PutProxyPayload = voiceConnectorPayload('PutVoiceConnectorProxyPayload');

builder.objectField(PutProxyPayload, 'proxy', (t) =>
  t.field({
    type: VoiceConnectorProxyRef,
    nullable: true,
    description: CURRENT_CONFIGURATION_DESCRIPTION,
    resolve: readFor(getProxy),
  }),
);

builder.mutationFields((t) => ({
  putVoiceConnectorTermination: t.field({
    authScopes: writeOutsideAccounts,
    type: PutTerminationPayload,
    nullable: true,
    description: 'Sets outbound calling (PutVoiceConnectorTermination).',
    args: { input: t.arg({ type: PutTerminationInput, required: true }) },
    resolve: (_root, { input }, ctx) => putTermination(ctx, input),
  }),
  deleteVoiceConnectorTermination: t.field({
    authScopes: writeOutsideAccounts,
    type: voiceConnectorPayload('DeleteVoiceConnectorTerminationPayload'),
    nullable: true,
    description:
      'Removes outbound calling (DeleteVoiceConnectorTermination); emergency calling must be removed first.',
    args: {
      input: t.arg({ type: VoiceConnectorIdInput('DeleteVoiceConnectorTerminationInput'), required: true }),
    },
    resolve: (_root, { input }, ctx) => deleteTermination(ctx, input),
  }),
  putVoiceConnectorOrigination: t.field({
    authScopes: writeOutsideAccounts,
    type: PutOriginationPayload,
    nullable: true,
    description: 'Sets inbound calling (PutVoiceConnectorOrigination).',
    args: { input: t.arg({ type: PutOriginationInput, required: true }) },
    resolve: (_root, { input }, ctx) => putOrigination(ctx, input),
  }),
  deleteVoiceConnectorOrigination: t.field({
    authScopes: writeOutsideAccounts,
    type: voiceConnectorPayload('DeleteVoiceConnectorOriginationPayload'),
    nullable: true,
    description:
      'Removes inbound calling (DeleteVoiceConnectorOrigination); emergency calling must be removed first.',
    args: {
      input: t.arg({ type: VoiceConnectorIdInput('DeleteVoiceConnectorOriginationInput'), required: true }),
    },
    resolve: (_root, { input }, ctx) => deleteOrigination(ctx, input),
  }),
  putVoiceConnectorLoggingConfiguration: t.field({
    authScopes: writeOutsideAccounts,
    type: PutLoggingPayload,
    nullable: true,
    description: 'Sets which logs go to CloudWatch (PutVoiceConnectorLoggingConfiguration).',
    args: { input: t.arg({ type: PutLoggingInput, required: true }) },
    resolve: (_root, { input }, ctx) => putLoggingConfiguration(ctx, input),
  }),
  putVoiceConnectorStreamingConfiguration: t.field({
    authScopes: writeOutsideAccounts,
    type: PutStreamingPayload,
    nullable: true,
    description: 'Sets media streaming to Kinesis (PutVoiceConnectorStreamingConfiguration).',
    args: { input: t.arg({ type: PutStreamingInput, required: true }) },
    resolve: (_root, { input }, ctx) => putStreamingConfiguration(ctx, input),
  }),
  deleteVoiceConnectorStreamingConfiguration: t.field({
    authScopes: writeOutsideAccounts,
    type: voiceConnectorPayload('DeleteVoiceConnectorStreamingConfigurationPayload'),
    nullable: true,
    description: 'Removes media streaming (DeleteVoiceConnectorStreamingConfiguration).',
    args: {
      input: t.arg({
        type: VoiceConnectorIdInput('DeleteVoiceConnectorStreamingConfigurationInput'),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => deleteStreamingConfiguration(ctx, input),
  }),
  putVoiceConnectorEmergencyCallingConfiguration: t.field({
    authScopes: writeOutsideAccounts,
    type: PutEmergencyPayload,
    nullable: true,
    description:
      'Sets emergency calling (PutVoiceConnectorEmergencyCallingConfiguration); termination and origination must be enabled.',
    args: { input: t.arg({ type: PutEmergencyInput, required: true }) },
    resolve: (_root, { input }, ctx) => putEmergencyCallingConfiguration(ctx, input),
  }),
  deleteVoiceConnectorEmergencyCallingConfiguration: t.field({
    authScopes: writeOutsideAccounts,
    type: voiceConnectorPayload('DeleteVoiceConnectorEmergencyCallingConfigurationPayload'),
    nullable: true,
    description: 'Removes emergency calling (DeleteVoiceConnectorEmergencyCallingConfiguration).',
    args: {
      input: t.arg({
        type: VoiceConnectorIdInput('DeleteVoiceConnectorEmergencyCallingConfigurationInput'),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => deleteEmergencyCallingConfiguration(ctx, input),
  }),
  putVoiceConnectorProxy: t.field({
    authScopes: writeOutsideAccounts,
    type: PutProxyPayload,
    nullable: true,
    description: 'Sets the defaults of proxy sessions (PutVoiceConnectorProxy).',
    args: { input: t.arg({ type: PutProxyInput, required: true }) },
    resolve: (_root, { input }, ctx) => putProxy(ctx, input),
  }),
  deleteVoiceConnectorProxy: t.field({
    authScopes: writeOutsideAccounts,
    type: voiceConnectorPayload('DeleteVoiceConnectorProxyPayload'),
    nullable: true,
    description: 'Removes the proxy configuration (DeleteVoiceConnectorProxy).',
    args: {
      input: t.arg({ type: VoiceConnectorIdInput('DeleteVoiceConnectorProxyInput'), required: true }),
    },
    resolve: (_root, { input }, ctx) => deleteProxy(ctx, input),
  }),
}));
