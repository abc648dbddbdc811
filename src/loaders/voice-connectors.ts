import DataLoader from 'dataloader';
import type { ChimeCaller } from '../chime/client.ts';
import { GetVoiceConnector, ListVoiceConnectors } from '../chime/operations/voice-connectors.ts';
import type { VoiceConnector } from '../chime/shapes/voice-connector.ts';
import { type ForwardPage, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { listOrGetBatch } from './shared/list-or-get.ts';

/** Per-request loaders for voice connectors. */
export function createVoiceConnectorLoaders(client: ChimeCaller, cursors: Cursors) {
  // An AWS account has a handful of voice connectors (a quota per Region): several asked
  // for together are one ListVoiceConnectors page rather than a GetVoiceConnector each.
  const voiceConnector: DataLoader<string, VoiceConnector | null> = new DataLoader(
    listOrGetBatch<string, VoiceConnector>({
      groupOf: () => 'all',
      idOf: (voiceConnectorId) => voiceConnectorId,
      idOfItem: (item) => item.VoiceConnectorId,
      readPage: async (_all, token) => {
        const out = await client.send(ListVoiceConnectors, {
          MaxResults: ListVoiceConnectors.maxResults,
          NextToken: token,
        });
        return { items: out.VoiceConnectors, nextToken: out.NextToken };
      },
      get: (voiceConnectorId) =>
        client
          .send(GetVoiceConnector, { VoiceConnectorId: voiceConnectorId })
          .then((out) => out.VoiceConnector),
      prime: (item) => voiceConnector.prime(item.VoiceConnectorId, item),
    }),
  );
  return {
    voiceConnector,
    /** A page of the AWS account's voice connectors; each one read primes `voiceConnector`. */
    listVoiceConnectors: (page: ForwardPage) =>
      readConnection<VoiceConnector>(page, {
        cursors,
        scope: ['voiceConnectors'],
        maxResults: ListVoiceConnectors.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(ListVoiceConnectors, {
            MaxResults: maxResults,
            NextToken: token ?? undefined,
          });
          for (const item of out.VoiceConnectors) voiceConnector.prime(item.VoiceConnectorId, item);
          return { items: out.VoiceConnectors, nextToken: out.NextToken };
        },
      }),
  };
}
