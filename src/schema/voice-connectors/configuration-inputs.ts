import { builder } from '../builder.ts';
import { NotificationTargetEnum, OriginationRouteProtocolEnum } from '../shared/enums.ts';

/*
 * The input types of the voice connector configuration mutations, shaped like the
 * configurations they write (voice-connector-configuration.ts).
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

export const VoiceConnectorIdInput = (name: string) =>
  builder.inputType(name, { fields: (t) => ({ voiceConnectorId: t.string({ required: true }) }) });

export const PutTerminationInput = builder.inputType('PutVoiceConnectorTerminationInput', {
  fields: (t) => ({
    voiceConnectorId: t.string({ required: true }),
    termination: t.field({ type: TerminationInput, required: true }),
  }),
});

export const PutOriginationInput = builder.inputType('PutVoiceConnectorOriginationInput', {
  fields: (t) => ({
    voiceConnectorId: t.string({ required: true }),
    origination: t.field({ type: OriginationInput, required: true }),
  }),
});

export const PutLoggingInput = builder.inputType('PutVoiceConnectorLoggingConfigurationInput', {
  fields: (t) => ({
    voiceConnectorId: t.string({ required: true }),
    loggingConfiguration: t.field({ type: LoggingConfigurationInput, required: true }),
  }),
});

export const PutStreamingInput = builder.inputType('PutVoiceConnectorStreamingConfigurationInput', {
  fields: (t) => ({
    voiceConnectorId: t.string({ required: true }),
    streamingConfiguration: t.field({ type: StreamingConfigurationInput, required: true }),
  }),
});

export const PutEmergencyInput = builder.inputType('PutVoiceConnectorEmergencyCallingConfigurationInput', {
  fields: (t) => ({
    voiceConnectorId: t.string({ required: true }),
    emergencyCallingConfiguration: t.field({ type: EmergencyCallingConfigurationInput, required: true }),
  }),
});
