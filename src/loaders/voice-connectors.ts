import type { ChimeClient } from '../chime/client.ts';
import { GetVoiceConnector, ListVoiceConnectors } from '../chime/operations/voice-connectors.ts';
import type { VoiceConnector } from '../chime/shapes/voice-connector.ts';
import { type ForwardPage, readConnection } from './connection.ts';
import { listBatchedLoader } from './list-batch.ts';

/** Per-request loaders for voice connectors. */
export function createVoiceConnectorLoaders(client: ChimeClient) {
  const voiceConnector = listBatchedLoader<VoiceConnector>({
    fetchOne: (voiceConnectorId) =>
      client
        .send(GetVoiceConnector, { VoiceConnectorId: voiceConnectorId })
        .then((out) => out.VoiceConnector),
    readFirstPage: async () => {
      const out = await client.send(ListVoiceConnectors, { MaxResults: ListVoiceConnectors.maxResults });
      return { items: out.VoiceConnectors, complete: !out.NextToken };
    },
    idOf: (connector) => connector.VoiceConnectorId,
  });
  return {
    voiceConnector,
    /** A page of the AWS account's voice connectors; each one read primes `voiceConnector`. */
    listVoiceConnectors: (page: ForwardPage) =>
      readConnection<VoiceConnector>(page, {
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
