import { defineOperation } from '../operation.ts';
import type {
  Credential,
  EmergencyCallingConfiguration,
  LoggingConfiguration,
  Origination,
  StreamingConfiguration,
  Termination,
  TerminationHealth,
  VoiceConnectorProxy,
} from '../shapes/voice-connector-configuration.ts';

export interface GetVoiceConnectorTerminationInput {
  VoiceConnectorId: string;
}

export interface GetVoiceConnectorTerminationOutput {
  Termination: Termination;
}

/** Retrieves termination setting details for the specified Amazon Chime Voice Connector. `GET /voice-connectors/{VoiceConnectorId}/termination` */
export const GetVoiceConnectorTermination = defineOperation<
  GetVoiceConnectorTerminationInput,
  GetVoiceConnectorTerminationOutput
>({
  name: 'GetVoiceConnectorTermination',
  group: 'voice',
  method: 'GET',
  path: '/voice-connectors/{VoiceConnectorId}/termination',
  successStatus: 200,
});

export interface PutVoiceConnectorTerminationInput {
  VoiceConnectorId: string;
  Termination: Termination;
}

export interface PutVoiceConnectorTerminationOutput {
  Termination: Termination;
}

/** Adds termination settings for the specified Amazon Chime Voice Connector. `PUT /voice-connectors/{VoiceConnectorId}/termination` */
export const PutVoiceConnectorTermination = defineOperation<
  PutVoiceConnectorTerminationInput,
  PutVoiceConnectorTerminationOutput
>({
  name: 'PutVoiceConnectorTermination',
  group: 'voice',
  method: 'PUT',
  path: '/voice-connectors/{VoiceConnectorId}/termination',
  successStatus: 200,
});

export interface DeleteVoiceConnectorTerminationInput {
  VoiceConnectorId: string;
}

/** Deletes the termination settings for the specified Amazon Chime Voice Connector. `DELETE /voice-connectors/{VoiceConnectorId}/termination` */
export const DeleteVoiceConnectorTermination = defineOperation<
  DeleteVoiceConnectorTerminationInput,
  Record<string, never>
>({
  name: 'DeleteVoiceConnectorTermination',
  group: 'voice',
  method: 'DELETE',
  path: '/voice-connectors/{VoiceConnectorId}/termination',
  successStatus: 204,
});

export interface GetVoiceConnectorTerminationHealthInput {
  VoiceConnectorId: string;
}

export interface GetVoiceConnectorTerminationHealthOutput {
  TerminationHealth: TerminationHealth;
}

/** Retrieves information about the last time a SIP OPTIONS ping was received from your SIP infrastructure for the specified Amazon Chime Voice Connector. `GET /voice-connectors/{VoiceConnectorId}/termination/health` */
export const GetVoiceConnectorTerminationHealth = defineOperation<
  GetVoiceConnectorTerminationHealthInput,
  GetVoiceConnectorTerminationHealthOutput
>({
  name: 'GetVoiceConnectorTerminationHealth',
  group: 'voice',
  method: 'GET',
  path: '/voice-connectors/{VoiceConnectorId}/termination/health',
  successStatus: 200,
});

export interface GetVoiceConnectorOriginationInput {
  VoiceConnectorId: string;
}

export interface GetVoiceConnectorOriginationOutput {
  Origination: Origination;
}

/** Retrieves origination setting details for the specified Amazon Chime Voice Connector. `GET /voice-connectors/{VoiceConnectorId}/origination` */
export const GetVoiceConnectorOrigination = defineOperation<
  GetVoiceConnectorOriginationInput,
  GetVoiceConnectorOriginationOutput
>({
  name: 'GetVoiceConnectorOrigination',
  group: 'voice',
  method: 'GET',
  path: '/voice-connectors/{VoiceConnectorId}/origination',
  successStatus: 200,
});

export interface PutVoiceConnectorOriginationInput {
  VoiceConnectorId: string;
  Origination: Origination;
}

export interface PutVoiceConnectorOriginationOutput {
  Origination: Origination;
}

/** Adds origination settings for the specified Amazon Chime Voice Connector. `PUT /voice-connectors/{VoiceConnectorId}/origination` */
export const PutVoiceConnectorOrigination = defineOperation<
  PutVoiceConnectorOriginationInput,
  PutVoiceConnectorOriginationOutput
>({
  name: 'PutVoiceConnectorOrigination',
  group: 'voice',
  method: 'PUT',
  path: '/voice-connectors/{VoiceConnectorId}/origination',
  successStatus: 200,
});

export interface DeleteVoiceConnectorOriginationInput {
  VoiceConnectorId: string;
}

/** Deletes the origination settings for the specified Amazon Chime Voice Connector. `DELETE /voice-connectors/{VoiceConnectorId}/origination` */
export const DeleteVoiceConnectorOrigination = defineOperation<
  DeleteVoiceConnectorOriginationInput,
  Record<string, never>
>({
  name: 'DeleteVoiceConnectorOrigination',
  group: 'voice',
  method: 'DELETE',
  path: '/voice-connectors/{VoiceConnectorId}/origination',
  successStatus: 204,
});

export interface GetVoiceConnectorLoggingConfigurationInput {
  VoiceConnectorId: string;
}

export interface GetVoiceConnectorLoggingConfigurationOutput {
  LoggingConfiguration: LoggingConfiguration;
}

/** Retrieves the logging configuration details for the specified Amazon Chime Voice Connector. `GET /voice-connectors/{VoiceConnectorId}/logging-configuration` */
export const GetVoiceConnectorLoggingConfiguration = defineOperation<
  GetVoiceConnectorLoggingConfigurationInput,
  GetVoiceConnectorLoggingConfigurationOutput
>({
  name: 'GetVoiceConnectorLoggingConfiguration',
  group: 'voice',
  method: 'GET',
  path: '/voice-connectors/{VoiceConnectorId}/logging-configuration',
  successStatus: 200,
});

export interface PutVoiceConnectorLoggingConfigurationInput {
  VoiceConnectorId: string;
  LoggingConfiguration: LoggingConfiguration;
}

export interface PutVoiceConnectorLoggingConfigurationOutput {
  LoggingConfiguration: LoggingConfiguration;
}

/** Adds a logging configuration for the specified Amazon Chime Voice Connector. `PUT /voice-connectors/{VoiceConnectorId}/logging-configuration` */
export const PutVoiceConnectorLoggingConfiguration = defineOperation<
  PutVoiceConnectorLoggingConfigurationInput,
  PutVoiceConnectorLoggingConfigurationOutput
>({
  name: 'PutVoiceConnectorLoggingConfiguration',
  group: 'voice',
  method: 'PUT',
  path: '/voice-connectors/{VoiceConnectorId}/logging-configuration',
  successStatus: 200,
});

export interface GetVoiceConnectorStreamingConfigurationInput {
  VoiceConnectorId: string;
}

export interface GetVoiceConnectorStreamingConfigurationOutput {
  StreamingConfiguration: StreamingConfiguration;
}

/** Retrieves the streaming configuration details for the specified Amazon Chime Voice Connector. `GET /voice-connectors/{VoiceConnectorId}/streaming-configuration` */
export const GetVoiceConnectorStreamingConfiguration = defineOperation<
  GetVoiceConnectorStreamingConfigurationInput,
  GetVoiceConnectorStreamingConfigurationOutput
>({
  name: 'GetVoiceConnectorStreamingConfiguration',
  group: 'voice',
  method: 'GET',
  path: '/voice-connectors/{VoiceConnectorId}/streaming-configuration',
  successStatus: 200,
});

export interface PutVoiceConnectorStreamingConfigurationInput {
  VoiceConnectorId: string;
  StreamingConfiguration: StreamingConfiguration;
}

export interface PutVoiceConnectorStreamingConfigurationOutput {
  StreamingConfiguration: StreamingConfiguration;
}

/** Adds a streaming configuration for the specified Amazon Chime Voice Connector. `PUT /voice-connectors/{VoiceConnectorId}/streaming-configuration` */
export const PutVoiceConnectorStreamingConfiguration = defineOperation<
  PutVoiceConnectorStreamingConfigurationInput,
  PutVoiceConnectorStreamingConfigurationOutput
>({
  name: 'PutVoiceConnectorStreamingConfiguration',
  group: 'voice',
  method: 'PUT',
  path: '/voice-connectors/{VoiceConnectorId}/streaming-configuration',
  successStatus: 200,
});

export interface DeleteVoiceConnectorStreamingConfigurationInput {
  VoiceConnectorId: string;
}

/** Deletes the streaming configuration for the specified Amazon Chime Voice Connector. `DELETE /voice-connectors/{VoiceConnectorId}/streaming-configuration` */
export const DeleteVoiceConnectorStreamingConfiguration = defineOperation<
  DeleteVoiceConnectorStreamingConfigurationInput,
  Record<string, never>
>({
  name: 'DeleteVoiceConnectorStreamingConfiguration',
  group: 'voice',
  method: 'DELETE',
  path: '/voice-connectors/{VoiceConnectorId}/streaming-configuration',
  successStatus: 204,
});

export interface GetVoiceConnectorEmergencyCallingConfigurationInput {
  VoiceConnectorId: string;
}

export interface GetVoiceConnectorEmergencyCallingConfigurationOutput {
  EmergencyCallingConfiguration: EmergencyCallingConfiguration;
}

/** Gets the emergency calling configuration details for the specified Amazon Chime Voice Connector. `GET /voice-connectors/{VoiceConnectorId}/emergency-calling-configuration` */
export const GetVoiceConnectorEmergencyCallingConfiguration = defineOperation<
  GetVoiceConnectorEmergencyCallingConfigurationInput,
  GetVoiceConnectorEmergencyCallingConfigurationOutput
>({
  name: 'GetVoiceConnectorEmergencyCallingConfiguration',
  group: 'voice',
  method: 'GET',
  path: '/voice-connectors/{VoiceConnectorId}/emergency-calling-configuration',
  successStatus: 200,
});

export interface PutVoiceConnectorEmergencyCallingConfigurationInput {
  VoiceConnectorId: string;
  EmergencyCallingConfiguration: EmergencyCallingConfiguration;
}

export interface PutVoiceConnectorEmergencyCallingConfigurationOutput {
  EmergencyCallingConfiguration: EmergencyCallingConfiguration;
}

/** Puts emergency calling configuration details to the specified Amazon Chime Voice Connector, such as emergency phone numbers and calling countries. `PUT /voice-connectors/{VoiceConnectorId}/emergency-calling-configuration` */
export const PutVoiceConnectorEmergencyCallingConfiguration = defineOperation<
  PutVoiceConnectorEmergencyCallingConfigurationInput,
  PutVoiceConnectorEmergencyCallingConfigurationOutput
>({
  name: 'PutVoiceConnectorEmergencyCallingConfiguration',
  group: 'voice',
  method: 'PUT',
  path: '/voice-connectors/{VoiceConnectorId}/emergency-calling-configuration',
  successStatus: 200,
});

export interface DeleteVoiceConnectorEmergencyCallingConfigurationInput {
  VoiceConnectorId: string;
}

/** Deletes the emergency calling configuration details from the specified Amazon Chime Voice Connector. `DELETE /voice-connectors/{VoiceConnectorId}/emergency-calling-configuration` */
export const DeleteVoiceConnectorEmergencyCallingConfiguration = defineOperation<
  DeleteVoiceConnectorEmergencyCallingConfigurationInput,
  Record<string, never>
>({
  name: 'DeleteVoiceConnectorEmergencyCallingConfiguration',
  group: 'voice',
  method: 'DELETE',
  path: '/voice-connectors/{VoiceConnectorId}/emergency-calling-configuration',
  successStatus: 204,
});

export interface GetVoiceConnectorProxyInput {
  VoiceConnectorId: string;
}

export interface GetVoiceConnectorProxyOutput {
  Proxy: VoiceConnectorProxy;
}

/** Gets the proxy configuration details for the specified Amazon Chime Voice Connector. `GET /voice-connectors/{VoiceConnectorId}/programmable-numbers/proxy` */
export const GetVoiceConnectorProxy = defineOperation<
  GetVoiceConnectorProxyInput,
  GetVoiceConnectorProxyOutput
>({
  name: 'GetVoiceConnectorProxy',
  group: 'voice',
  method: 'GET',
  path: '/voice-connectors/{VoiceConnectorId}/programmable-numbers/proxy',
  successStatus: 200,
});

export interface PutVoiceConnectorProxyInput {
  VoiceConnectorId: string;
  DefaultSessionExpiryMinutes: number;
  PhoneNumberPoolCountries: string[];
  FallBackPhoneNumber?: string;
  Disabled?: boolean;
}

export interface PutVoiceConnectorProxyOutput {
  Proxy: VoiceConnectorProxy;
}

/** Puts the specified proxy configuration to the specified Amazon Chime Voice Connector. `PUT /voice-connectors/{VoiceConnectorId}/programmable-numbers/proxy` */
export const PutVoiceConnectorProxy = defineOperation<
  PutVoiceConnectorProxyInput,
  PutVoiceConnectorProxyOutput
>({
  name: 'PutVoiceConnectorProxy',
  group: 'voice',
  method: 'PUT',
  path: '/voice-connectors/{VoiceConnectorId}/programmable-numbers/proxy',
  successStatus: 200,
});

export interface DeleteVoiceConnectorProxyInput {
  VoiceConnectorId: string;
}

/** Deletes the proxy configuration from the specified Amazon Chime Voice Connector. `DELETE /voice-connectors/{VoiceConnectorId}/programmable-numbers/proxy` */
export const DeleteVoiceConnectorProxy = defineOperation<
  DeleteVoiceConnectorProxyInput,
  Record<string, never>
>({
  name: 'DeleteVoiceConnectorProxy',
  group: 'voice',
  method: 'DELETE',
  path: '/voice-connectors/{VoiceConnectorId}/programmable-numbers/proxy',
  successStatus: 204,
});

export interface ListVoiceConnectorTerminationCredentialsInput {
  VoiceConnectorId: string;
}

export interface ListVoiceConnectorTerminationCredentialsOutput {
  Usernames: string[];
}

/** Lists the SIP credentials for the specified Amazon Chime Voice Connector. `GET /voice-connectors/{VoiceConnectorId}/termination/credentials` */
export const ListVoiceConnectorTerminationCredentials = defineOperation<
  ListVoiceConnectorTerminationCredentialsInput,
  ListVoiceConnectorTerminationCredentialsOutput
>({
  name: 'ListVoiceConnectorTerminationCredentials',
  group: 'voice',
  method: 'GET',
  path: '/voice-connectors/{VoiceConnectorId}/termination/credentials',
  successStatus: 200,
});

export interface PutVoiceConnectorTerminationCredentialsInput {
  VoiceConnectorId: string;
  Credentials?: Credential[];
}

/** Adds termination SIP credentials for the specified Amazon Chime Voice Connector. `POST /voice-connectors/{VoiceConnectorId}/termination/credentials?operation=put` */
export const PutVoiceConnectorTerminationCredentials = defineOperation<
  PutVoiceConnectorTerminationCredentialsInput,
  Record<string, never>
>({
  name: 'PutVoiceConnectorTerminationCredentials',
  group: 'voice',
  method: 'POST',
  path: '/voice-connectors/{VoiceConnectorId}/termination/credentials',
  fixedQuery: { operation: 'put' },
  successStatus: 204,
});

export interface DeleteVoiceConnectorTerminationCredentialsInput {
  VoiceConnectorId: string;
  Usernames: string[];
}

/** Deletes the specified SIP credentials used by your equipment to authenticate during call termination. `POST /voice-connectors/{VoiceConnectorId}/termination/credentials?operation=delete` */
export const DeleteVoiceConnectorTerminationCredentials = defineOperation<
  DeleteVoiceConnectorTerminationCredentialsInput,
  Record<string, never>
>({
  name: 'DeleteVoiceConnectorTerminationCredentials',
  group: 'voice',
  method: 'POST',
  path: '/voice-connectors/{VoiceConnectorId}/termination/credentials',
  fixedQuery: { operation: 'delete' },
  successStatus: 204,
});
