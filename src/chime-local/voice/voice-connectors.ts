import { conflict } from '../errors.ts';
import { numbersAssociatedWith } from '../phone-numbers/associations.ts';
import type { Route } from '../router.ts';
import type { Store } from '../store.ts';
import { optionalEnum, optionalInt, requiredBoolean, requiredString } from '../validate.ts';
import { newVoiceConnectorId, outboundHostName, voiceConnectorArn } from './ids.ts';
import { voiceConnectorOf } from './lookup.ts';
import { VOICE_CONNECTOR_REGIONS, type VoiceConnector, type VoiceConnectorRegion } from './state.ts';

const NAME = { min: 1, max: 256 };

/** What it takes to create a voice connector; `id` fixes the id (seed data). */
export interface NewVoiceConnector {
  Name: string;
  RequireEncryption: boolean;
  AwsRegion?: VoiceConnectorRegion;
  id?: string;
}

/** Adds a voice connector (and its empty configurations) to the store. */
export function createVoiceConnector(store: Store, input: NewVoiceConnector): VoiceConnector {
  const id = input.id ?? newVoiceConnectorId();
  const region = input.AwsRegion ?? 'us-east-1';
  const now = store.now();
  const connector: VoiceConnector = {
    VoiceConnectorId: id,
    AwsRegion: region,
    Name: input.Name,
    OutboundHostName: outboundHostName(id),
    RequireEncryption: input.RequireEncryption,
    CreatedTimestamp: now,
    UpdatedTimestamp: now,
    VoiceConnectorArn: voiceConnectorArn(region, id),
  };
  store.voice.connectors.set(id, connector);
  store.voice.configurations.set(id, {});
  return connector;
}

/** Voice connector create, read, list, update and delete. */
export const voiceConnectorRoutes: Route[] = [
  {
    operation: 'CreateVoiceConnector',
    method: 'POST',
    path: '/voice-connectors',
    handle: ({ body, store }) => {
      const connector = createVoiceConnector(store, {
        Name: requiredString(body.Name, 'Name', NAME),
        RequireEncryption: requiredBoolean(body.RequireEncryption, 'RequireEncryption'),
        AwsRegion: optionalEnum(body.AwsRegion, 'AwsRegion', VOICE_CONNECTOR_REGIONS),
      });
      return { status: 201, body: { VoiceConnector: { ...connector } } };
    },
  },
  {
    operation: 'GetVoiceConnector',
    method: 'GET',
    path: '/voice-connectors/{VoiceConnectorId}',
    handle: (request) => ({ body: { VoiceConnector: { ...voiceConnectorOf(request) } } }),
  },
  {
    operation: 'ListVoiceConnectors',
    method: 'GET',
    path: '/voice-connectors',
    handle: ({ query, store }) => {
      const maxResults = optionalInt(query.get('max-results'), 'MaxResults', { min: 1, max: 99 }) ?? 99;
      const connectors = [...store.voice.connectors.values()];
      const page = store.paginator.page(
        connectors,
        maxResults,
        query.get('next-token'),
        'ListVoiceConnectors',
      );
      return {
        body: {
          VoiceConnectors: page.items.map((connector) => ({ ...connector })),
          NextToken: page.nextToken,
        },
      };
    },
  },
  {
    operation: 'UpdateVoiceConnector',
    method: 'PUT',
    path: '/voice-connectors/{VoiceConnectorId}',
    handle: (request) => {
      const connector = voiceConnectorOf(request);
      const name = requiredString(request.body.Name, 'Name', NAME);
      const requireEncryption = requiredBoolean(request.body.RequireEncryption, 'RequireEncryption');
      Object.assign(connector, {
        Name: name,
        RequireEncryption: requireEncryption,
        UpdatedTimestamp: request.store.now(),
      });
      return { body: { VoiceConnector: { ...connector } } };
    },
  },
  {
    operation: 'DeleteVoiceConnector',
    method: 'DELETE',
    path: '/voice-connectors/{VoiceConnectorId}',
    handle: (request) => {
      const { store } = request;
      const { VoiceConnectorId: id } = voiceConnectorOf(request);
      const numbers = numbersAssociatedWith(store, 'VoiceConnectorId', id);
      if (numbers.length > 0)
        throw conflict(
          `Voice connector ${id} has ${numbers.length} associated phone numbers; disassociate them before deleting it`,
        );
      const groups = [...store.voice.groups.values()].filter((group) =>
        group.VoiceConnectorItems.some((item) => item.VoiceConnectorId === id),
      );
      if (groups.length > 0)
        throw conflict(
          `Voice connector ${id} belongs to voice connector group ${groups.map((group) => group.VoiceConnectorGroupId).join(', ')}; remove it from the group before deleting it`,
        );
      store.voice.connectors.delete(id);
      store.voice.configurations.delete(id);
      for (const [sessionId, session] of store.voice.proxySessions)
        if (session.VoiceConnectorId === id) store.voice.proxySessions.delete(sessionId);
      return { status: 204 };
    },
  },
];
