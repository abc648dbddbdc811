import { randomUUID } from 'node:crypto';
import {
  CreateChannel,
  DeleteChannel,
  PutChannelExpirationSettings,
  UpdateChannel,
} from '../../chime/operations/channels.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { RequestContext } from '../../context.ts';
import { checkRange, checkText, validateThenRun } from '../shared/input-rules.ts';
import { messagingBearer } from '../shared/messaging-bearer.ts';
import {
  CHANNEL_NAME_RULE,
  CLIENT_REQUEST_TOKEN_RULE,
  checkTags,
  EXPIRATION_DAYS,
  METADATA_RULE,
} from '../shared/messaging-rules.ts';
import type { MutationResult } from '../shared/user-errors.ts';
import type { ChannelMode, ChannelPrivacy, ExpirationCriterion } from './enums.ts';
import { type ExpirationSettingsModel, toExpirationSettings } from './reads.ts';

/**
 * What a channel mutation answers: the ARN of the channel it changed. The payload's
 * `channel` is read through the request's loaders, which the mutation has cleared, so it
 * shows the channel as it now is.
 */
export type ChannelMutationResult = MutationResult<{ channelArn: string }>;

/** Input of `createChannel`. */
export interface CreateChannelInput {
  appInstanceArn: string;
  name: string;
  mode?: ChannelMode | null;
  privacy?: ChannelPrivacy | null;
  metadata?: string | null;
  tags?: { key: string; value: string }[] | null;
  /** The idempotency token; one is made up when absent. */
  clientRequestToken?: string | null;
}

/** Input of `updateChannel`: UpdateChannel sets the name and mode together. */
export interface UpdateChannelInput {
  channelArn: string;
  name: string;
  mode: ChannelMode;
  metadata?: string | null;
}

/** Input of `putChannelExpirationSettings`; null settings remove them (the channel no longer expires). */
export interface PutChannelExpirationSettingsInput {
  channelArn: string;
  expirationSettings?: { expirationDays: number; expirationCriterion: ExpirationCriterion } | null;
}

const noChannel = { channelArn: null };

/** Forgets what the request read of a channel, so that later fields read it as it now is. */
export function forgetChannel(ctx: RequestContext, bearer: string, channelArn: string): void {
  const key = { bearer, channelArn };
  ctx.loaders.channel.clear(key);
  ctx.loaders.channelSummary.clear(key);
}

/**
 * CreateChannel as the bearer (who becomes its first moderator). Changes: the new channel
 * (forgotten, in case an earlier field of the request found none under its ARN).
 */
export function createChannel(
  ctx: RequestContext,
  input: CreateChannelInput,
): Promise<ChannelMutationResult> {
  const bearer = messagingBearer(ctx);
  return validateThenRun(
    [
      ...checkText(input.appInstanceArn, ['input', 'appInstanceArn'], PARAMETERS.AppInstanceArn),
      ...checkText(input.name, ['input', 'name'], CHANNEL_NAME_RULE),
      ...checkText(input.metadata, ['input', 'metadata'], METADATA_RULE),
      ...(input.tags ? checkTags(input.tags, ['input', 'tags']) : []),
      ...checkText(input.clientRequestToken, ['input', 'clientRequestToken'], CLIENT_REQUEST_TOKEN_RULE),
    ],
    noChannel,
    async () => {
      const { ChannelArn } = await ctx.client.send(CreateChannel, {
        ChimeBearer: bearer,
        AppInstanceArn: input.appInstanceArn,
        Name: input.name,
        Mode: input.mode ?? undefined,
        Privacy: input.privacy ?? undefined,
        Metadata: input.metadata ?? undefined,
        Tags: input.tags?.map((tag) => ({ Key: tag.key, Value: tag.value })),
        ClientRequestToken: input.clientRequestToken ?? randomUUID(),
      });
      forgetChannel(ctx, bearer, ChannelArn);
      return { channelArn: ChannelArn };
    },
  );
}

/** UpdateChannel. Changes: the channel (name, mode, metadata, lastUpdatedTimestamp). */
export function updateChannel(
  ctx: RequestContext,
  input: UpdateChannelInput,
): Promise<ChannelMutationResult> {
  const bearer = messagingBearer(ctx);
  return validateThenRun(
    [
      ...checkText(input.channelArn, ['input', 'channelArn'], PARAMETERS.ChannelArn),
      ...checkText(input.name, ['input', 'name'], CHANNEL_NAME_RULE),
      ...checkText(input.metadata, ['input', 'metadata'], METADATA_RULE),
    ],
    noChannel,
    async () => {
      await ctx.client.send(UpdateChannel, {
        ChimeBearer: bearer,
        ChannelArn: input.channelArn,
        Name: input.name,
        Mode: input.mode,
        Metadata: input.metadata ?? undefined,
      });
      forgetChannel(ctx, bearer, input.channelArn);
      return { channelArn: input.channelArn };
    },
  );
}

/** DeleteChannel. Changes: the channel (gone: later reads in the request answer null). */
export function deleteChannel(
  ctx: RequestContext,
  input: { channelArn: string },
): Promise<MutationResult<{ deletedChannelArn: string }>> {
  const bearer = messagingBearer(ctx);
  return validateThenRun(
    checkText(input.channelArn, ['input', 'channelArn'], PARAMETERS.ChannelArn),
    { deletedChannelArn: null },
    async () => {
      await ctx.client.send(DeleteChannel, { ChimeBearer: bearer, ChannelArn: input.channelArn });
      forgetChannel(ctx, bearer, input.channelArn);
      const key = { bearer, channelArn: input.channelArn };
      ctx.loaders.channel.prime(key, null);
      ctx.loaders.channelSummary.prime(key, null);
      return { deletedChannelArn: input.channelArn };
    },
  );
}

/**
 * PutChannelExpirationSettings: sets when the channel is deleted automatically, or removes
 * that when `expirationSettings` is null. Changes: the channel (expirationSettings,
 * lastUpdatedTimestamp).
 */
export function putChannelExpirationSettings(
  ctx: RequestContext,
  input: PutChannelExpirationSettingsInput,
): Promise<MutationResult<{ channelArn: string; expirationSettings: ExpirationSettingsModel }>> {
  const bearer = messagingBearer(ctx);
  const settings = input.expirationSettings;
  return validateThenRun(
    [
      ...checkText(input.channelArn, ['input', 'channelArn'], PARAMETERS.ChannelArn),
      ...(settings
        ? checkRange(
            settings.expirationDays,
            ['input', 'expirationSettings', 'expirationDays'],
            EXPIRATION_DAYS,
          )
        : []),
    ],
    { channelArn: null, expirationSettings: null },
    async () => {
      const out = await ctx.client.send(PutChannelExpirationSettings, {
        ChimeBearer: bearer,
        ChannelArn: input.channelArn,
        ExpirationSettings: settings
          ? { ExpirationDays: settings.expirationDays, ExpirationCriterion: settings.expirationCriterion }
          : undefined,
      });
      forgetChannel(ctx, bearer, input.channelArn);
      return {
        channelArn: out.ChannelArn ?? input.channelArn,
        expirationSettings: toExpirationSettings(out.ExpirationSettings),
      };
    },
  );
}
