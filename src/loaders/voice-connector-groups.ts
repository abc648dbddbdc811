import DataLoader from 'dataloader';
import { type CachingCaller, cachedAs } from '../cache/read-cache.ts';
import {
  GetVoiceConnectorGroup,
  ListVoiceConnectorGroups,
} from '../chime/operations/voice-connector-groups.ts';
import type { VoiceConnectorGroup } from '../chime/shapes/voice-connector-group.ts';
import { type ForwardPage, type PageReader, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { listOrGetBatch } from './shared/list-or-get.ts';
import { isoTimestamp } from './shared/upstream-values.ts';

/** A voice connector a group routes inbound calls to; priority 1 is tried first. */
export interface VoiceConnectorItemModel {
  voiceConnectorId: string;
  priority: number;
}

/** An Amazon Chime Voice Connector group, as the graph sees it. */
export interface VoiceConnectorGroupModel {
  voiceConnectorGroupId: string;
  voiceConnectorGroupArn: string | null;
  name: string | null;
  createdTimestamp: string | null;
  updatedTimestamp: string | null;
  voiceConnectorItems: VoiceConnectorItemModel[];
}

/** Maps an upstream voice connector group. */
export function toVoiceConnectorGroup(group: VoiceConnectorGroup): VoiceConnectorGroupModel {
  return {
    voiceConnectorGroupId: group.VoiceConnectorGroupId,
    voiceConnectorGroupArn: group.VoiceConnectorGroupArn ?? null,
    name: group.Name ?? null,
    createdTimestamp: isoTimestamp(group.CreatedTimestamp),
    updatedTimestamp: isoTimestamp(group.UpdatedTimestamp),
    voiceConnectorItems: (group.VoiceConnectorItems ?? []).map((item) => ({
      voiceConnectorId: item.VoiceConnectorId,
      priority: item.Priority,
    })),
  };
}

/**
 * Per-request loaders for voice connector groups, and the writes that keep them true after
 * a mutation. No request keeps a list, so a write forgets its group alone; in the shared
 * cache it also makes every list of groups stale.
 */
export function createVoiceConnectorGroupLoaders(client: CachingCaller, cursors: Cursors) {
  // The one reader of ListVoiceConnectorGroups: the by-id batch and the connection page through it.
  const readPage: PageReader<VoiceConnectorGroupModel> = async (token, maxResults) => {
    const out = await client.send(
      ListVoiceConnectorGroups,
      {
        MaxResults: maxResults,
        NextToken: token ?? undefined,
      },
      cachedAs('voice-connector-groups'),
    );
    return { items: out.VoiceConnectorGroups.map(toVoiceConnectorGroup), nextToken: out.NextToken };
  };
  const prime = (group: VoiceConnectorGroupModel) =>
    voiceConnectorGroup.prime(group.voiceConnectorGroupId, group);
  // Like voice connectors, an account has few groups: several at once are one list page.
  const voiceConnectorGroup: DataLoader<string, VoiceConnectorGroupModel | null> = new DataLoader(
    listOrGetBatch<string, VoiceConnectorGroupModel>({
      groupOf: () => 'all',
      idOf: (voiceConnectorGroupId) => voiceConnectorGroupId,
      idOfItem: (item) => item.voiceConnectorGroupId,
      readPage: (_all, token) => readPage(token ?? null, ListVoiceConnectorGroups.maxResults!),
      get: (voiceConnectorGroupId) =>
        client
          .send(
            GetVoiceConnectorGroup,
            { VoiceConnectorGroupId: voiceConnectorGroupId },
            cachedAs('voice-connector-groups', voiceConnectorGroupId),
          )
          .then((out) => toVoiceConnectorGroup(out.VoiceConnectorGroup)),
      prime,
    }).batch,
  );
  return {
    voiceConnectorGroup,
    /** A page of the AWS account's voice connector groups; each one read primes `voiceConnectorGroup`. */
    listVoiceConnectorGroups: (page: ForwardPage) =>
      readConnection<VoiceConnectorGroupModel>(page, {
        cursors,
        scope: ['voiceConnectorGroups'],
        maxResults: ListVoiceConnectorGroups.maxResults!,
        read: async (token, maxResults) => {
          const page = await readPage(token, maxResults);
          for (const item of page.items) prime(item);
          return page;
        },
      }),
    /** Records a group as the upstream just answered it (created or updated). */
    replaceVoiceConnectorGroup: (group: VoiceConnectorGroupModel) => {
      voiceConnectorGroup.clear(group.voiceConnectorGroupId).prime(group.voiceConnectorGroupId, group);
      client.changed('voice-connector-groups', group.voiceConnectorGroupId);
    },
    /** Records that a group no longer exists. */
    forgetVoiceConnectorGroup: (voiceConnectorGroupId: string) => {
      voiceConnectorGroup.clear(voiceConnectorGroupId).prime(voiceConnectorGroupId, null);
      client.changed('voice-connector-groups', voiceConnectorGroupId);
    },
  };
}
