import type {
  EmergencyCallingConfigurationModel,
  LoggingConfigurationModel,
  OriginationModel,
  OriginationRouteModel,
  ProxyModel,
  StreamingConfigurationModel,
  TerminationHealthModel,
  TerminationModel,
} from '../../loaders/voice-connectors.ts';
import { builder } from '../builder.ts';
import { NotificationTargetEnum, OriginationRouteProtocolEnum } from '../shared/enums.ts';

/*
 * The configurations of a voice connector, as objects. The fields that read them live on
 * VoiceConnector (voice-connector.ts); the mutations that write them use these types too.
 */

export const TerminationRef = builder.objectRef<TerminationModel>('Termination');
TerminationRef.implement({
  description: 'Outbound calling: which SIP hosts may call out through the voice connector, and where to.',
  fields: (t) => ({
    cpsLimit: t.exposeInt('cpsLimit', { nullable: true, description: 'Calls per second allowed.' }),
    defaultPhoneNumber: t.exposeString('defaultPhoneNumber', {
      nullable: true,
      description: 'The default caller id, E.164.',
    }),
    callingRegions: t.exposeStringList('callingRegions', {
      nullable: true,
      description: 'Countries calls may go to, ISO 3166-1 alpha-2.',
    }),
    cidrAllowedList: t.exposeStringList('cidrAllowedList', {
      nullable: true,
      description: 'The IP ranges allowed to make calls, CIDR notation.',
    }),
    disabled: t.exposeBoolean('disabled', { nullable: true }),
  }),
});

export const TerminationHealthRef = builder.objectRef<TerminationHealthModel>('TerminationHealth');
TerminationHealthRef.implement({
  description: 'The last SIP OPTIONS ping the voice connector received from your SIP infrastructure.',
  fields: (t) => ({
    source: t.exposeString('source', { nullable: true, description: 'The source IP address.' }),
    timestamp: t.expose('timestamp', { type: 'DateTime', nullable: true }),
  }),
});

const OriginationRouteRef = builder.objectRef<OriginationRouteModel>('OriginationRoute');
OriginationRouteRef.implement({
  description: 'A SIP host that receives inbound calls.',
  fields: (t) => ({
    host: t.exposeString('host', { nullable: true, description: 'FQDN or IP address.' }),
    port: t.exposeInt('port', { nullable: true }),
    protocol: t.expose('protocol', { type: OriginationRouteProtocolEnum, nullable: true }),
    priority: t.exposeInt('priority', { nullable: true, description: '1 is tried first.' }),
    weight: t.exposeInt('weight', {
      nullable: true,
      description: 'Share of calls among hosts of equal priority.',
    }),
  }),
});

export const OriginationRef = builder.objectRef<OriginationModel>('Origination');
OriginationRef.implement({
  description: 'Inbound calling: the SIP hosts the voice connector sends calls to.',
  fields: (t) => ({
    routes: t.expose('routes', { type: [OriginationRouteRef] }),
    disabled: t.exposeBoolean('disabled', { nullable: true }),
  }),
});

export const LoggingConfigurationRef = builder.objectRef<LoggingConfigurationModel>('LoggingConfiguration');
LoggingConfigurationRef.implement({
  description: 'Which logs the voice connector sends to Amazon CloudWatch Logs.',
  fields: (t) => ({
    enableSipLogs: t.exposeBoolean('enableSipLogs', { nullable: true }),
    enableMediaMetricLogs: t.exposeBoolean('enableMediaMetricLogs', { nullable: true }),
  }),
});

const StreamingNotificationTargetRef = builder.objectRef<{
  notificationTarget: StreamingConfigurationModel['streamingNotificationTargets'][number]['notificationTarget'];
}>('StreamingNotificationTarget');
StreamingNotificationTargetRef.implement({
  description: 'Where streaming events are notified.',
  fields: (t) => ({
    notificationTarget: t.expose('notificationTarget', { type: NotificationTargetEnum, nullable: true }),
  }),
});

export const StreamingConfigurationRef =
  builder.objectRef<StreamingConfigurationModel>('StreamingConfiguration');
StreamingConfigurationRef.implement({
  description: 'Media streaming to Amazon Kinesis.',
  fields: (t) => ({
    dataRetentionInHours: t.exposeInt('dataRetentionInHours'),
    disabled: t.exposeBoolean('disabled', { nullable: true }),
    streamingNotificationTargets: t.expose('streamingNotificationTargets', {
      type: [StreamingNotificationTargetRef],
    }),
  }),
});

const DnisEmergencyCallingConfigurationRef = builder.objectRef<
  EmergencyCallingConfigurationModel['dnis'][number]
>('DnisEmergencyCallingConfiguration');
DnisEmergencyCallingConfigurationRef.implement({
  description: 'Where emergency calls from one country are routed (Dialed Number Identification Service).',
  fields: (t) => ({
    callingCountry: t.exposeString('callingCountry', { description: 'ISO 3166-1 alpha-2.' }),
    emergencyPhoneNumber: t.exposeString('emergencyPhoneNumber', { description: 'E.164.' }),
    testPhoneNumber: t.exposeString('testPhoneNumber', { nullable: true, description: 'E.164.' }),
  }),
});

export const EmergencyCallingConfigurationRef = builder.objectRef<EmergencyCallingConfigurationModel>(
  'EmergencyCallingConfiguration',
);
EmergencyCallingConfigurationRef.implement({
  description: 'Emergency calling through the voice connector.',
  fields: (t) => ({
    dnis: t.expose('dnis', { type: [DnisEmergencyCallingConfigurationRef] }),
  }),
});

export const VoiceConnectorProxyRef = builder.objectRef<ProxyModel>('VoiceConnectorProxy');
VoiceConnectorProxyRef.implement({
  description: "The defaults of the voice connector's proxy sessions.",
  fields: (t) => ({
    defaultSessionExpiryMinutes: t.exposeInt('defaultSessionExpiryMinutes', {
      nullable: true,
      description: 'How long a proxy session lasts unless it says otherwise.',
    }),
    disabled: t.exposeBoolean('disabled', {
      nullable: true,
      description: 'When true, no proxy session can be created.',
    }),
    fallbackPhoneNumber: t.exposeString('fallbackPhoneNumber', {
      nullable: true,
      description: 'Where calls go after a proxy session expires, E.164.',
    }),
    phoneNumberCountries: t.exposeStringList('phoneNumberCountries', {
      nullable: true,
      description: 'The countries proxy phone numbers are chosen from, ISO 3166-1 alpha-2.',
    }),
  }),
});
