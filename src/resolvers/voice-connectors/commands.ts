import { ChimeError } from '../../chime/errors.ts';
import {
  CreateVoiceConnector,
  DeleteVoiceConnector,
  UpdateVoiceConnector,
} from '../../chime/operations/voice-connectors.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { VoiceConnector } from '../../chime/shapes/voice-connector.ts';
import type { RequestContext } from '../../context.ts';
import { toVoiceConnector } from '../../loaders/voice-connectors.ts';
import { checkText, validateThenRun } from '../shared/input-rules.ts';
import type { MutationResult } from '../shared/user-errors.ts';
import { checkAwsRegion, VOICE_NAME_RULE } from '../shared/voice-rules.ts';

/**
 * What a voice connector mutation answers: the connector it changed. The payload's
 * `voiceConnector` is read through the request's loader, which the mutation has updated.
 */
export type VoiceConnectorMutationResult = MutationResult<{ voiceConnectorId: string }>;

/** Input of `createVoiceConnector`. */
export interface CreateVoiceConnectorInput {
  name: string;
  requireEncryption: boolean;
  awsRegion?: string | null;
}

/** Input of `updateVoiceConnector`: members left out keep their value. */
export interface UpdateVoiceConnectorInput {
  voiceConnectorId: string;
  name?: string | null;
  requireEncryption?: boolean | null;
}

const noConnector = { voiceConnectorId: null };

/** The connector as the upstream just answered it replaces whatever the request had loaded. */
function replaceConnector(ctx: RequestContext, connector: VoiceConnector): string {
  ctx.loaders.replaceVoiceConnector(toVoiceConnector(connector));
  return connector.VoiceConnectorId;
}

/** The not-found a Get answered (its loader holds null), as the ChimeError it was, for the payload's user error. */
export const upstreamNotFound = (operation: string, message: string) =>
  new ChimeError({ operation, code: 'NotFoundException', message, status: 404, retryable: false });

/** CreateVoiceConnector. Changes: the new connector (replaced). */
export function createVoiceConnector(
  ctx: RequestContext,
  input: CreateVoiceConnectorInput,
): Promise<VoiceConnectorMutationResult> {
  return validateThenRun(
    [
      ...checkText(input.name, ['input', 'name'], VOICE_NAME_RULE),
      ...checkAwsRegion(input.awsRegion, ['input', 'awsRegion']),
    ],
    noConnector,
    async () => {
      const { VoiceConnector } = await ctx.client.send(CreateVoiceConnector, {
        Name: input.name,
        RequireEncryption: input.requireEncryption,
        AwsRegion: input.awsRegion ?? undefined,
      });
      return { voiceConnectorId: replaceConnector(ctx, VoiceConnector) };
    },
  );
}

/**
 * UpdateVoiceConnector. The upstream needs both the name and requireEncryption; a member
 * the input leaves out keeps the connector's current value (read through the loader).
 * Changes: the connector (replaced with the upstream's answer).
 */
export function updateVoiceConnector(
  ctx: RequestContext,
  input: UpdateVoiceConnectorInput,
): Promise<VoiceConnectorMutationResult> {
  const { voiceConnectorId } = input;
  return validateThenRun(
    [
      ...checkText(voiceConnectorId, ['input', 'voiceConnectorId'], PARAMETERS.VoiceConnectorId),
      ...checkText(input.name, ['input', 'name'], VOICE_NAME_RULE),
    ],
    noConnector,
    async () => {
      let { name, requireEncryption } = input;
      if (name == null || requireEncryption == null) {
        const current = await ctx.loaders.voiceConnector.load(voiceConnectorId);
        if (!current)
          throw upstreamNotFound('GetVoiceConnector', `Voice connector ${voiceConnectorId} not found`);
        name ??= current.name ?? '';
        requireEncryption ??= current.requireEncryption ?? false;
      }
      const { VoiceConnector } = await ctx.client.send(UpdateVoiceConnector, {
        VoiceConnectorId: voiceConnectorId,
        Name: name,
        RequireEncryption: requireEncryption,
      });
      return { voiceConnectorId: replaceConnector(ctx, VoiceConnector) };
    },
    ['input', 'voiceConnectorId'],
  );
}

/** What `deleteVoiceConnector` answers: the id of the connector that is gone. */
export type DeleteVoiceConnectorResult = MutationResult<{ deletedVoiceConnectorId: string }>;

/**
 * DeleteVoiceConnector (the upstream refuses while numbers are associated with it or a
 * group routes to it: CONFLICT). Changes: the connector and its configurations (now known
 * not to exist), and its proxy sessions (gone with it; the loader cannot tell which
 * sessions it holds for one connector, so every session entry is dropped).
 */
export function deleteVoiceConnector(
  ctx: RequestContext,
  input: { voiceConnectorId: string },
): Promise<DeleteVoiceConnectorResult> {
  const { voiceConnectorId: id } = input;
  return validateThenRun(
    checkText(id, ['input', 'voiceConnectorId'], PARAMETERS.VoiceConnectorId),
    { deletedVoiceConnectorId: null },
    async () => {
      await ctx.client.send(DeleteVoiceConnector, { VoiceConnectorId: id });
      ctx.loaders.forgetVoiceConnector(id);
      ctx.loaders.forgetAllProxySessions();
      return { deletedVoiceConnectorId: id };
    },
  );
}
