import { randomUUID } from 'node:crypto';
import { CreateChannelBan, DeleteChannelBan } from '../../chime/operations/channel-bans.ts';
import {
  BatchCreateChannelMembership,
  CreateChannelMembership,
  CreateChannelModerator,
  DeleteChannelMembership,
  DeleteChannelModerator,
} from '../../chime/operations/channel-memberships.ts';
import {
  DeleteChannelMessage,
  RedactChannelMessage,
  SendChannelMessage,
  UpdateChannelMessage,
} from '../../chime/operations/channel-messages.ts';
import {
  CreateChannel,
  DeleteChannel,
  PutChannelExpirationSettings,
  UpdateChannel,
  UpdateChannelReadMarker,
} from '../../chime/operations/channels.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { ChannelMode, ChannelPrivacy, ExpirationCriterion } from '../../chime/shapes/channel.ts';
import type { ChannelMembershipType } from '../../chime/shapes/channel-membership.ts';
import type { ChannelMessagePersistence, ChannelMessageType } from '../../chime/shapes/channel-message.ts';
import type { RequestContext } from '../../context.ts';
import {
  type ChannelMembershipModel,
  type ExpirationSettingsModel,
  toExpirationSettings,
} from '../../loaders/channels.ts';
import { type BatchItemErrorModel, toChannelMembershipErrors } from '../shared/batch-item-errors.ts';
import { checkEach, checkItemCount, checkRange, checkText, validateThenRun } from '../shared/input-rules.ts';
import { messagingBearer } from '../shared/messaging-bearer.ts';
import {
  CHANNEL_NAME_RULE,
  CLIENT_REQUEST_TOKEN_RULE,
  checkMessageBody,
  checkTags,
  EXPIRATION_DAYS,
  METADATA_RULE,
} from '../shared/messaging-rules.ts';
import type { MutationResult } from '../shared/user-errors.ts';

/**
 * What a channel mutation answers: the ARN of the channel it changed. The payload's
 * `channel` is read through the request's loaders, where the mutation has forgotten it, so it
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
      ctx.loaders.forgetChannel({ bearer, channelArn: ChannelArn });
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
      ctx.loaders.forgetChannel({ bearer, channelArn: input.channelArn });
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
      ctx.loaders.removeChannel({ bearer, channelArn: input.channelArn });
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
      ctx.loaders.forgetChannel({ bearer, channelArn: input.channelArn });
      return {
        channelArn: out.ChannelArn ?? input.channelArn,
        expirationSettings: toExpirationSettings(out.ExpirationSettings),
      };
    },
  );
}

/**
 * What a membership or moderator mutation answers: the channel and the user it changed.
 * The payload's objects are read through the request's loaders, where the mutation has
 * forgotten them (or recorded a removal), so they show the state it left.
 */
export type ChannelRoleMutationResult = MutationResult<{ channelArn: string; userArn: string }>;

/** Input of `createChannelMembership`; `type` is DEFAULT unless said. */
export interface CreateChannelMembershipInput {
  channelArn: string;
  memberArn: string;
  type?: ChannelMembershipType | null;
}

/** The two roles: the input field that names the role's user, and the loaders' writes of the role. */
const MEMBERSHIP = {
  userField: 'memberArn',
  parameter: 'MemberArn',
  forget: 'forgetChannelMembership',
  remove: 'removeChannelMembership',
} as const;
const MODERATOR = {
  userField: 'channelModeratorArn',
  parameter: 'ChannelModeratorArn',
  forget: 'forgetChannelModerator',
  remove: 'removeChannelModerator',
} as const;

const BAN = {
  userField: 'memberArn',
  parameter: 'MemberArn',
  forget: 'forgetChannelBan',
  remove: 'removeChannelBan',
} as const;

/**
 * Checks the channel and user ARNs against the reference's ARN rule, makes the upstream call,
 * and has the loaders forget the role (or record it gone when the role `ends`) so the payload
 * reads the state the call left.
 */
function changeChannelRole(
  ctx: RequestContext,
  role: typeof MEMBERSHIP | typeof MODERATOR | typeof BAN,
  { channelArn, userArn, ends }: { channelArn: string; userArn: string; ends: boolean },
  send: (bearer: string) => Promise<unknown>,
): Promise<ChannelRoleMutationResult> {
  const bearer = messagingBearer(ctx);
  const errors = [
    ...checkText(channelArn, ['input', 'channelArn'], PARAMETERS.ChannelArn),
    ...checkText(userArn, ['input', role.userField], PARAMETERS[role.parameter]),
  ];
  return validateThenRun(errors, { channelArn: null, userArn: null }, async () => {
    await send(bearer);
    ctx.loaders[ends ? role.remove : role.forget]({ bearer, channelArn, userArn });
    return { channelArn, userArn };
  });
}

/** CreateChannelMembership. Changes: the membership (new). */
export const createChannelMembership = (ctx: RequestContext, input: CreateChannelMembershipInput) =>
  changeChannelRole(
    ctx,
    MEMBERSHIP,
    { channelArn: input.channelArn, userArn: input.memberArn, ends: false },
    (bearer) =>
      ctx.client.send(CreateChannelMembership, {
        ChimeBearer: bearer,
        ChannelArn: input.channelArn,
        MemberArn: input.memberArn,
        Type: input.type ?? 'DEFAULT',
      }),
  );

/** DeleteChannelMembership (a member leaving, or a moderator removing them). Changes: the membership (gone). */
export const deleteChannelMembership = (
  ctx: RequestContext,
  input: { channelArn: string; memberArn: string },
) =>
  changeChannelRole(
    ctx,
    MEMBERSHIP,
    { channelArn: input.channelArn, userArn: input.memberArn, ends: true },
    (bearer) =>
      ctx.client.send(DeleteChannelMembership, {
        ChimeBearer: bearer,
        ChannelArn: input.channelArn,
        MemberArn: input.memberArn,
      }),
  );

/** Input of `createChannelBan` and `deleteChannelBan`. */
type ChannelBanInput = { channelArn: string; memberArn: string };

/** CreateChannelBan (moderators' call). Changes: the ban (new) and the membership (gone: a banned member is removed). */
export const createChannelBan = (ctx: RequestContext, input: ChannelBanInput) =>
  changeChannelRole(
    ctx,
    BAN,
    { channelArn: input.channelArn, userArn: input.memberArn, ends: false },
    async (bearer) => {
      await ctx.client.send(CreateChannelBan, {
        ChimeBearer: bearer,
        ChannelArn: input.channelArn,
        MemberArn: input.memberArn,
      });
      ctx.loaders.removeChannelMembership({ bearer, channelArn: input.channelArn, userArn: input.memberArn });
    },
  );

/** DeleteChannelBan (moderators' call): the user may be added again. Changes: the ban (gone). */
export const deleteChannelBan = (ctx: RequestContext, input: ChannelBanInput) =>
  changeChannelRole(
    ctx,
    BAN,
    { channelArn: input.channelArn, userArn: input.memberArn, ends: true },
    (bearer) =>
      ctx.client.send(DeleteChannelBan, {
        ChimeBearer: bearer,
        ChannelArn: input.channelArn,
        MemberArn: input.memberArn,
      }),
  );

/** BatchCreateChannelMembership adds 1 to this many members at once (the reference's MemberArns). */
export const MAX_BATCH_MEMBERS = 100;

/** Input of `batchCreateChannelMembership`; `type` is DEFAULT unless said. */
export interface BatchCreateChannelMembershipInput {
  channelArn: string;
  memberArns: string[];
  type?: ChannelMembershipType | null;
}

/** What `batchCreateChannelMembership` answers: the members added, and an item error for each one refused. */
export type BatchChannelMembershipResult = MutationResult<{
  channelArn: string;
  memberships: ChannelMembershipModel[];
  itemErrors: BatchItemErrorModel[];
}>;

/**
 * BatchCreateChannelMembership: up to 100 users at once; those the upstream refuses come back as
 * item errors, each pointing at its input item. Changes: every membership added (forgotten).
 */
export function batchCreateChannelMembership(
  ctx: RequestContext,
  input: BatchCreateChannelMembershipInput,
): Promise<BatchChannelMembershipResult> {
  const bearer = messagingBearer(ctx);
  const { channelArn, memberArns } = input;
  return validateThenRun(
    [
      ...checkText(channelArn, ['input', 'channelArn'], PARAMETERS.ChannelArn),
      ...checkItemCount(memberArns, ['input', 'memberArns'], { min: 1, max: MAX_BATCH_MEMBERS }),
      ...checkEach(memberArns, ['input', 'memberArns'], PARAMETERS.MemberArn),
    ],
    { channelArn: null, memberships: null, itemErrors: null },
    async () => {
      const out = await ctx.client.send(BatchCreateChannelMembership, {
        ChimeBearer: bearer,
        ChannelArn: channelArn,
        MemberArns: memberArns,
        Type: input.type ?? undefined,
      });
      const added = out.BatchChannelMemberships;
      const type = added?.Type ?? input.type ?? 'DEFAULT';
      const memberships = (added?.Members ?? []).flatMap((member): ChannelMembershipModel[] => {
        if (!member.Arn) return [];
        ctx.loaders.forgetChannelMembership({ bearer, channelArn, userArn: member.Arn });
        return [{ channelArn, member: { arn: member.Arn, name: member.Name ?? null }, knownType: type }];
      });
      return {
        channelArn,
        memberships,
        itemErrors: toChannelMembershipErrors(out.Errors, memberArns, ['input', 'memberArns']),
      };
    },
  );
}

/**
 * UpdateChannelReadMarker: marks the channel read, now, for the caller's own app instance user.
 * Changes: that user's membership (its read marker).
 */
export function updateChannelReadMarker(
  ctx: RequestContext,
  input: { channelArn: string },
): Promise<ChannelRoleMutationResult> {
  const bearer = messagingBearer(ctx);
  const { channelArn } = input;
  return validateThenRun(
    checkText(channelArn, ['input', 'channelArn'], PARAMETERS.ChannelArn),
    { channelArn: null, userArn: null },
    async () => {
      await ctx.client.send(UpdateChannelReadMarker, { ChimeBearer: bearer, ChannelArn: channelArn });
      ctx.loaders.forgetChannelMembership({ bearer, channelArn, userArn: bearer });
      return { channelArn, userArn: bearer };
    },
  );
}

/** The input of the moderator mutations. */
type ChannelModeratorInput = { channelArn: string; channelModeratorArn: string };

/** CreateChannelModerator. Changes: the moderator (new). */
export const createChannelModerator = (ctx: RequestContext, input: ChannelModeratorInput) =>
  changeChannelRole(
    ctx,
    MODERATOR,
    { channelArn: input.channelArn, userArn: input.channelModeratorArn, ends: false },
    (bearer) =>
      ctx.client.send(CreateChannelModerator, {
        ChimeBearer: bearer,
        ChannelArn: input.channelArn,
        ChannelModeratorArn: input.channelModeratorArn,
      }),
  );

/** DeleteChannelModerator. Changes: the moderator (gone). */
export const deleteChannelModerator = (ctx: RequestContext, input: ChannelModeratorInput) =>
  changeChannelRole(
    ctx,
    MODERATOR,
    { channelArn: input.channelArn, userArn: input.channelModeratorArn, ends: true },
    (bearer) =>
      ctx.client.send(DeleteChannelModerator, {
        ChimeBearer: bearer,
        ChannelArn: input.channelArn,
        ChannelModeratorArn: input.channelModeratorArn,
      }),
  );

/**
 * What a message mutation answers: the channel and the message it changed. The payload's
 * objects are read through the request's loaders, where the mutation has forgotten them
 * (or recorded a deletion), so they show the state it left.
 */
export type ChannelMessageMutationResult = MutationResult<{ channelArn: string; messageId: string }>;

/** Input of `sendChannelMessage`; a STANDARD, PERSISTENT message unless said. */
export interface SendChannelMessageInput {
  channelArn: string;
  content: string;
  type?: ChannelMessageType | null;
  persistence?: ChannelMessagePersistence | null;
  metadata?: string | null;
  /** The idempotency token; one is made up when absent. */
  clientRequestToken?: string | null;
}

/** Input of `updateChannelMessage`: absent members keep their value. */
export interface UpdateChannelMessageInput {
  channelArn: string;
  messageId: string;
  content?: string | null;
  metadata?: string | null;
}

/** Names one message of a channel. */
export interface ChannelMessageInput {
  channelArn: string;
  messageId: string;
}

const noMessage = { channelArn: null, messageId: null };

/** Checks the ARN and id that name a message. */
const checkMessageIds = (input: ChannelMessageInput) => [
  ...checkText(input.channelArn, ['input', 'channelArn'], PARAMETERS.ChannelArn),
  ...checkText(input.messageId, ['input', 'messageId'], PARAMETERS.MessageId),
];

/**
 * SendChannelMessage as the bearer. Changes: the message (new) and the channel
 * (lastMessageTimestamp).
 */
export function sendChannelMessage(
  ctx: RequestContext,
  input: SendChannelMessageInput,
): Promise<ChannelMessageMutationResult> {
  const bearer = messagingBearer(ctx);
  const type = input.type ?? 'STANDARD';
  return validateThenRun(
    [
      ...checkText(input.channelArn, ['input', 'channelArn'], PARAMETERS.ChannelArn),
      ...checkText(input.content, ['input', 'content'], { min: 1 }),
      ...checkText(input.metadata, ['input', 'metadata'], METADATA_RULE),
      ...checkMessageBody(type, input.content, input.metadata, ['input']),
      ...checkText(input.clientRequestToken, ['input', 'clientRequestToken'], CLIENT_REQUEST_TOKEN_RULE),
    ],
    noMessage,
    async () => {
      const { MessageId } = await ctx.client.send(SendChannelMessage, {
        ChimeBearer: bearer,
        ChannelArn: input.channelArn,
        Content: input.content,
        Type: type,
        Persistence: input.persistence ?? 'PERSISTENT',
        Metadata: input.metadata ?? undefined,
        ClientRequestToken: input.clientRequestToken ?? randomUUID(),
      });
      ctx.loaders.forgetChannel({ bearer, channelArn: input.channelArn });
      ctx.loaders.forgetChannelMessage({ bearer, channelArn: input.channelArn, messageId: MessageId });
      return { channelArn: input.channelArn, messageId: MessageId };
    },
  );
}

/** UpdateChannelMessage (its sender only). Changes: the message (content, metadata, edit timestamps). */
export function updateChannelMessage(
  ctx: RequestContext,
  input: UpdateChannelMessageInput,
): Promise<ChannelMessageMutationResult> {
  const bearer = messagingBearer(ctx);
  return validateThenRun(
    [
      ...checkMessageIds(input),
      ...checkText(input.content, ['input', 'content'], { min: 0, max: 4096 }),
      ...checkText(input.metadata, ['input', 'metadata'], METADATA_RULE),
    ],
    noMessage,
    async () => {
      await ctx.client.send(UpdateChannelMessage, {
        ChimeBearer: bearer,
        ChannelArn: input.channelArn,
        MessageId: input.messageId,
        Content: input.content ?? undefined,
        Metadata: input.metadata ?? undefined,
      });
      ctx.loaders.forgetChannelMessage({ bearer, channelArn: input.channelArn, messageId: input.messageId });
      return { channelArn: input.channelArn, messageId: input.messageId };
    },
  );
}

/** RedactChannelMessage: its content is gone for good, its metadata stays. Changes: the message. */
export function redactChannelMessage(
  ctx: RequestContext,
  input: ChannelMessageInput,
): Promise<ChannelMessageMutationResult> {
  const bearer = messagingBearer(ctx);
  return validateThenRun(checkMessageIds(input), noMessage, async () => {
    await ctx.client.send(RedactChannelMessage, {
      ChimeBearer: bearer,
      ChannelArn: input.channelArn,
      MessageId: input.messageId,
    });
    ctx.loaders.forgetChannelMessage({ bearer, channelArn: input.channelArn, messageId: input.messageId });
    return { channelArn: input.channelArn, messageId: input.messageId };
  });
}

/** DeleteChannelMessage (an AppInstanceAdmin's call). Changes: the message (gone). */
export function deleteChannelMessage(
  ctx: RequestContext,
  input: ChannelMessageInput,
): Promise<ChannelMessageMutationResult> {
  const bearer = messagingBearer(ctx);
  return validateThenRun(checkMessageIds(input), noMessage, async () => {
    await ctx.client.send(DeleteChannelMessage, {
      ChimeBearer: bearer,
      ChannelArn: input.channelArn,
      MessageId: input.messageId,
    });
    ctx.loaders.removeChannelMessage({ bearer, channelArn: input.channelArn, messageId: input.messageId });
    return { channelArn: input.channelArn, messageId: input.messageId };
  });
}
