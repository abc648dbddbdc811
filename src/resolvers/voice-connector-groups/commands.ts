import {
  CreateVoiceConnectorGroup,
  DeleteVoiceConnectorGroup,
  UpdateVoiceConnectorGroup,
} from '../../chime/operations/voice-connector-groups.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { VoiceConnectorGroup } from '../../chime/shapes/voice-connector-group.ts';
import type { RequestContext } from '../../context.ts';
import { toVoiceConnectorGroup } from '../../loaders/voice-connector-groups.ts';
import { checkText, validateThenRun } from '../shared/input-rules.ts';
import type { MutationResult } from '../shared/user-errors.ts';
import {
  checkVoiceConnectorItems,
  VOICE_NAME_RULE,
  type VoiceConnectorItemInput,
} from '../shared/voice-rules.ts';
import { upstreamNotFound } from '../voice-connectors/commands.ts';

/**
 * What a group mutation answers: the group it changed. The payload's `voiceConnectorGroup`
 * is read through the request's loader, which the mutation has updated.
 */
export type VoiceConnectorGroupMutationResult = MutationResult<{ voiceConnectorGroupId: string }>;

/** Input of `createVoiceConnectorGroup`. */
export interface CreateVoiceConnectorGroupInput {
  name: string;
  voiceConnectorItems?: VoiceConnectorItemInput[] | null;
}

/** Input of `updateVoiceConnectorGroup`: members left out keep their value. */
export interface UpdateVoiceConnectorGroupInput {
  voiceConnectorGroupId: string;
  name?: string | null;
  voiceConnectorItems?: VoiceConnectorItemInput[] | null;
}

const noGroup = { voiceConnectorGroupId: null };

const toItems = (items: readonly VoiceConnectorItemInput[]) =>
  items.map((item) => ({ VoiceConnectorId: item.voiceConnectorId, Priority: item.priority }));

/** The group as the upstream just answered it replaces whatever the request had loaded. */
function replaceGroup(ctx: RequestContext, group: VoiceConnectorGroup): string {
  ctx.loaders.replaceVoiceConnectorGroup(toVoiceConnectorGroup(group));
  return group.VoiceConnectorGroupId;
}

/** CreateVoiceConnectorGroup. Changes: the new group (replaced). */
export function createVoiceConnectorGroup(
  ctx: RequestContext,
  input: CreateVoiceConnectorGroupInput,
): Promise<VoiceConnectorGroupMutationResult> {
  return validateThenRun(
    [
      ...checkText(input.name, ['input', 'name'], VOICE_NAME_RULE),
      ...checkVoiceConnectorItems(input.voiceConnectorItems, ['input', 'voiceConnectorItems']),
    ],
    noGroup,
    async () => {
      const { VoiceConnectorGroup } = await ctx.client.send(CreateVoiceConnectorGroup, {
        Name: input.name,
        VoiceConnectorItems: input.voiceConnectorItems ? toItems(input.voiceConnectorItems) : undefined,
      });
      return { voiceConnectorGroupId: replaceGroup(ctx, VoiceConnectorGroup) };
    },
  );
}

/**
 * UpdateVoiceConnectorGroup. The upstream needs both the name and the items (the items
 * replace the group's); a member the input leaves out keeps the group's current value
 * (read through the loader). Changes: the group (replaced with the upstream's answer).
 */
export function updateVoiceConnectorGroup(
  ctx: RequestContext,
  input: UpdateVoiceConnectorGroupInput,
): Promise<VoiceConnectorGroupMutationResult> {
  const { voiceConnectorGroupId: id } = input;
  return validateThenRun(
    [
      ...checkText(id, ['input', 'voiceConnectorGroupId'], PARAMETERS.VoiceConnectorGroupId),
      ...checkText(input.name, ['input', 'name'], VOICE_NAME_RULE),
      ...checkVoiceConnectorItems(input.voiceConnectorItems, ['input', 'voiceConnectorItems']),
    ],
    noGroup,
    async () => {
      let { name, voiceConnectorItems: items } = input;
      if (name == null || items == null) {
        const current = await ctx.loaders.voiceConnectorGroup.load(id);
        if (!current)
          throw upstreamNotFound('GetVoiceConnectorGroup', `Voice connector group ${id} not found`);
        name ??= current.name ?? '';
        items ??= current.voiceConnectorItems;
      }
      const { VoiceConnectorGroup } = await ctx.client.send(UpdateVoiceConnectorGroup, {
        VoiceConnectorGroupId: id,
        Name: name,
        VoiceConnectorItems: toItems(items),
      });
      return { voiceConnectorGroupId: replaceGroup(ctx, VoiceConnectorGroup) };
    },
    ['input', 'voiceConnectorGroupId'],
  );
}

/** What `deleteVoiceConnectorGroup` answers: the id of the group that is gone. */
export type DeleteVoiceConnectorGroupResult = MutationResult<{ deletedVoiceConnectorGroupId: string }>;

/**
 * DeleteVoiceConnectorGroup (the upstream refuses while the group has items or numbers:
 * CONFLICT). Changes: the group (now known not to exist).
 */
export function deleteVoiceConnectorGroup(
  ctx: RequestContext,
  input: { voiceConnectorGroupId: string },
): Promise<DeleteVoiceConnectorGroupResult> {
  const { voiceConnectorGroupId: id } = input;
  return validateThenRun(
    checkText(id, ['input', 'voiceConnectorGroupId'], PARAMETERS.VoiceConnectorGroupId),
    { deletedVoiceConnectorGroupId: null },
    async () => {
      await ctx.client.send(DeleteVoiceConnectorGroup, { VoiceConnectorGroupId: id });
      ctx.loaders.forgetVoiceConnectorGroup(id);
      return { deletedVoiceConnectorGroupId: id };
    },
  );
}
