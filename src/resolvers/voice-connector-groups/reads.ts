import type { VoiceConnectorGroup } from '../../chime/shapes/voice-connector-group.ts';
import type { RequestContext } from '../../context.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';
import { mapConnection } from '../shared/connection.ts';
import { isoTimestamp } from '../shared/timestamps.ts';

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

/** GetVoiceConnectorGroup (several at once: one ListVoiceConnectorGroups); null when there is no such group. */
export async function getVoiceConnectorGroup(
  ctx: RequestContext,
  voiceConnectorGroupId: string,
): Promise<VoiceConnectorGroupModel | null> {
  const group = await ctx.loaders.voiceConnectorGroup.load(voiceConnectorGroupId);
  return group && toVoiceConnectorGroup(group);
}

/** ListVoiceConnectorGroups, as a connection. */
export async function listVoiceConnectorGroups(ctx: RequestContext, page: ForwardPage) {
  return mapConnection(await ctx.loaders.listVoiceConnectorGroups(page), toVoiceConnectorGroup);
}
