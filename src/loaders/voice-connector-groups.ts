import DataLoader from 'dataloader';
import type { ChimeCaller } from '../chime/client.ts';
import {
  GetVoiceConnectorGroup,
  ListVoiceConnectorGroups,
} from '../chime/operations/voice-connector-groups.ts';
import type { VoiceConnectorGroup } from '../chime/shapes/voice-connector-group.ts';
import { type ForwardPage, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { listOrGetBatch } from './shared/list-or-get.ts';

/** Per-request loaders for voice connector groups. */
export function createVoiceConnectorGroupLoaders(client: ChimeCaller, cursors: Cursors) {
  // Like voice connectors, an account has few groups: several at once are one list page.
  const voiceConnectorGroup: DataLoader<string, VoiceConnectorGroup | null> = new DataLoader(
    listOrGetBatch<string, VoiceConnectorGroup>({
      groupOf: () => 'all',
      idOf: (voiceConnectorGroupId) => voiceConnectorGroupId,
      idOfItem: (item) => item.VoiceConnectorGroupId,
      readPage: async (_all, token) => {
        const out = await client.send(ListVoiceConnectorGroups, {
          MaxResults: ListVoiceConnectorGroups.maxResults,
          NextToken: token,
        });
        return { items: out.VoiceConnectorGroups, nextToken: out.NextToken };
      },
      get: (voiceConnectorGroupId) =>
        client
          .send(GetVoiceConnectorGroup, { VoiceConnectorGroupId: voiceConnectorGroupId })
          .then((out) => out.VoiceConnectorGroup),
      prime: (item) => voiceConnectorGroup.prime(item.VoiceConnectorGroupId, item),
    }),
  );
  return {
    voiceConnectorGroup,
    /** A page of the AWS account's voice connector groups; each one read primes `voiceConnectorGroup`. */
    listVoiceConnectorGroups: (page: ForwardPage) =>
      readConnection<VoiceConnectorGroup>(page, {
        cursors,
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
