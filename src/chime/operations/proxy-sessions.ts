import { defineOperation } from '../operation.ts';
import type {
  Capability,
  GeoMatchLevel,
  GeoMatchParams,
  NumberSelectionBehavior,
  ProxySession,
  ProxySessionStatus,
} from '../shapes/proxy-session.ts';

export interface CreateProxySessionInput {
  VoiceConnectorId: string;
  Capabilities: Capability[];
  ExpiryMinutes?: number;
  GeoMatchLevel?: GeoMatchLevel;
  GeoMatchParams?: GeoMatchParams;
  Name?: string;
  NumberSelectionBehavior?: NumberSelectionBehavior;
  ParticipantPhoneNumbers: string[];
}

export interface CreateProxySessionOutput {
  ProxySession: ProxySession;
}

/** Creates a proxy session on the specified Amazon Chime Voice Connector for the specified participant phone numbers. `POST /voice-connectors/{VoiceConnectorId}/proxy-sessions` */
export const CreateProxySession = defineOperation<CreateProxySessionInput, CreateProxySessionOutput>({
  name: 'CreateProxySession',
  group: 'voice',
  method: 'POST',
  path: '/voice-connectors/{VoiceConnectorId}/proxy-sessions',
  successStatus: 201,
});

export interface GetProxySessionInput {
  ProxySessionId: string;
  VoiceConnectorId: string;
}

export interface GetProxySessionOutput {
  ProxySession: ProxySession;
}

/** Gets the specified proxy session details for the specified Amazon Chime Voice Connector. `GET /voice-connectors/{VoiceConnectorId}/proxy-sessions/{ProxySessionId}` */
export const GetProxySession = defineOperation<GetProxySessionInput, GetProxySessionOutput>({
  name: 'GetProxySession',
  group: 'voice',
  method: 'GET',
  path: '/voice-connectors/{VoiceConnectorId}/proxy-sessions/{ProxySessionId}',
  successStatus: 200,
});

export interface ListProxySessionsInput {
  MaxResults?: number;
  NextToken?: string;
  Status?: ProxySessionStatus;
  VoiceConnectorId: string;
}

export interface ListProxySessionsOutput {
  NextToken?: string;
  ProxySessions: ProxySession[];
}

/** Lists the proxy sessions for the specified Amazon Chime Voice Connector. `GET /voice-connectors/{VoiceConnectorId}/proxy-sessions` */
export const ListProxySessions = defineOperation<ListProxySessionsInput, ListProxySessionsOutput>({
  name: 'ListProxySessions',
  group: 'voice',
  method: 'GET',
  path: '/voice-connectors/{VoiceConnectorId}/proxy-sessions',
  query: { MaxResults: 'max-results', NextToken: 'next-token', Status: 'status' },
  successStatus: 200,
  maxResults: 99,
});

export interface UpdateProxySessionInput {
  ProxySessionId: string;
  VoiceConnectorId: string;
  Capabilities: Capability[];
  ExpiryMinutes?: number;
}

export interface UpdateProxySessionOutput {
  ProxySession: ProxySession;
}

/** Updates the specified proxy session details, such as voice or SMS capabilities. `POST /voice-connectors/{VoiceConnectorId}/proxy-sessions/{ProxySessionId}` */
export const UpdateProxySession = defineOperation<UpdateProxySessionInput, UpdateProxySessionOutput>({
  name: 'UpdateProxySession',
  group: 'voice',
  method: 'POST',
  path: '/voice-connectors/{VoiceConnectorId}/proxy-sessions/{ProxySessionId}',
  successStatus: 201,
});

export interface DeleteProxySessionInput {
  ProxySessionId: string;
  VoiceConnectorId: string;
}

/** Deletes the specified proxy session from the specified Amazon Chime Voice Connector. `DELETE /voice-connectors/{VoiceConnectorId}/proxy-sessions/{ProxySessionId}` */
export const DeleteProxySession = defineOperation<DeleteProxySessionInput, Record<string, never>>({
  name: 'DeleteProxySession',
  group: 'voice',
  method: 'DELETE',
  path: '/voice-connectors/{VoiceConnectorId}/proxy-sessions/{ProxySessionId}',
  successStatus: 204,
});
