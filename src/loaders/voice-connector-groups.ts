import type { ChimeClient } from '../chime/client.ts';
import {
  GetVoiceConnectorGroup,
  ListVoiceConnectorGroups,
} from '../chime/operations/voice-connector-groups.ts';
import type { VoiceConnectorGroup } from '../chime/shapes/voice-connector-group.ts';
import { type ForwardPage, readConnection } from './connection.ts';
import { listBatchedLoader } from './list-batch.ts';

/** Per-request loaders for voice connector groups. */
export function createVoiceConnectorGroupLoaders(client: ChimeClient) {
  const voiceConnectorGroup = listBatchedLoader<VoiceConnectorGroup>({
    fetchOne: (voiceConnectorGroupId) =>
      client
        .send(GetVoiceConnectorGroup, { VoiceConnectorGroupId: voiceConnectorGroupId })
        .then((out) => out.VoiceConnectorGroup),
    readFirstPage: async () => {
      const out = await client.send(ListVoiceConnectorGroups, {
        MaxResults: ListVoiceConnectorGroups.maxResults,
      });
      return { items: out.VoiceConnectorGroups, complete: !out.NextToken };
    },
    idOf: (group) => group.VoiceConnectorGroupId,
  });
  return {
    voiceConnectorGroup,
    /** A page of the AWS account's voice connector groups; each one read primes `voiceConnectorGroup`. */
    listVoiceConnectorGroups: (page: ForwardPage) =>
      readConnection<VoiceConnectorGroup>(page, {
        scope: ['voiceConnectorGroups'],
        maxResults: ListVoiceConnectorGroups.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(ListVoiceConnectorGroups, {
            MaxResults: maxResults,
            NextToken: token ?? undefined,
          });
          for (const item of out.VoiceConnectorGroups)
            voiceConnectorGroup.prime(item.VoiceConnectorGroupId, item);
          return { items: out.VoiceConnectorGroups, nextToken: out.NextToken };
        },
      }),
  };
}
