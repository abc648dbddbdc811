import type { ExpirationSettingsModel } from '../../loaders/channels.ts';
import {
  type BatchChannelMembershipResult,
  batchCreateChannelMembership,
  type ChannelMessageMutationResult,
  type ChannelRoleMutationResult,
  createChannel,
  createChannelBan,
  createChannelMembership,
  createChannelModerator,
  deleteChannel,
  deleteChannelBan,
  deleteChannelMembership,
  deleteChannelMessage,
  deleteChannelModerator,
  putChannelExpirationSettings,
  redactChannelMessage,
  sendChannelMessage,
  updateChannel,
  updateChannelMessage,
  updateChannelReadMarker,
} from '../../resolvers/channels/commands.ts';
import {
  getChannel,
  getChannelBan,
  getChannelMembership,
  getChannelMessage,
  getChannelModerator,
  getUserChannelMembership,
} from '../../resolvers/channels/reads.ts';
import type { UserErrorModel } from '../../resolvers/shared/user-errors.ts';
import { builder } from '../builder.ts';
import { writeMessaging } from '../shared/access.ts';
import { ChannelMembershipErrorRef } from '../shared/batch-item-errors.ts';
import { TagInput } from '../shared/tag-input.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import {
  ChannelBanRef,
  ChannelMembershipForAppInstanceUserRef,
  ChannelMembershipRef,
  ChannelMessageRef,
  ChannelModeratorRef,
  ChannelRef,
  ExpirationSettingsRef,
} from './channel.ts';
import {
  ChannelMembershipTypeEnum,
  ChannelMessagePersistenceEnum,
  ChannelMessageTypeEnum,
  ChannelModeEnum,
  ChannelPrivacyEnum,
  ExpirationCriterionEnum,
} from './enums.ts';

// Payloads other than the contract's are nullable on purpose: GraphQL runs a document's
// mutations one after the other and stops at the first failed non-null field, so a payload
// that can be null lets an upstream outage in one mutation leave the next ones running.
// Every channel mutation acts as the configured app instance user (CHIME_BEARER_ARN).

/** What every channel mutation's payload holds: the channel it acted on, or the problems that stopped it. */
interface ChannelPayloadModel {
  channelArn: string | null;
  userErrors: UserErrorModel[];
}

/**
 * A payload type with `channel` (read through the request's loaders, where the mutation
 * has forgotten it, so it shows the channel as it now is) and `userErrors`; add the mutation's
 * own fields with `builder.objectFields`.
 */
function channelPayload<T extends ChannelPayloadModel>(name: string, description: string) {
  const ref = builder.objectRef<T>(name);
  ref.implement({
    description,
    fields: (t) => ({
      channel: t.field({
        type: ChannelRef,
        nullable: true,
        description: 'The channel as it now is.',
        resolve: (payload, _args, ctx) =>
          payload.channelArn === null ? null : getChannel(ctx, payload.channelArn),
      }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.userErrors }),
    }),
  });
  return ref;
}

const CreateChannelInput = builder.inputType('CreateChannelInput', {
  fields: (t) => ({
    appInstanceArn: t.string({ required: true }),
    name: t.string({ required: true, description: '1-256 characters, no control characters.' }),
    mode: t.field({ type: ChannelModeEnum, description: 'UNRESTRICTED unless said; cannot change later.' }),
    privacy: t.field({ type: ChannelPrivacyEnum, description: 'PUBLIC unless said; cannot change later.' }),
    metadata: t.string({ description: 'At most 1024 characters.' }),
    tags: t.field({ type: [TagInput], description: '1-50 tags.' }),
    clientRequestToken: t.string({
      description: 'Idempotency token (2-64 of [-_a-zA-Z0-9]); the gateway makes one up when absent.',
    }),
  }),
});

const UpdateChannelInput = builder.inputType('UpdateChannelInput', {
  description: 'UpdateChannel sets the name and the mode together.',
  fields: (t) => ({
    channelArn: t.string({ required: true }),
    name: t.string({ required: true, description: '1-256 characters, no control characters.' }),
    mode: t.field({ type: ChannelModeEnum, required: true }),
    metadata: t.string({ description: 'At most 1024 characters; left out, it keeps its value.' }),
  }),
});

const DeleteChannelInput = builder.inputType('DeleteChannelInput', {
  fields: (t) => ({ channelArn: t.string({ required: true }) }),
});

const ExpirationSettingsInput = builder.inputType('ExpirationSettingsInput', {
  fields: (t) => ({
    expirationDays: t.int({ required: true, description: 'From 1 to 5475.' }),
    expirationCriterion: t.field({ type: ExpirationCriterionEnum, required: true }),
  }),
});

const PutChannelExpirationSettingsInput = builder.inputType('PutChannelExpirationSettingsInput', {
  fields: (t) => ({
    channelArn: t.string({ required: true }),
    expirationSettings: t.field({
      type: ExpirationSettingsInput,
      description: 'Null or left out: the channel no longer expires.',
    }),
  }),
});

const CreateChannelPayload = channelPayload('CreateChannelPayload', 'The channel created.');
const UpdateChannelPayload = channelPayload('UpdateChannelPayload', 'The channel updated.');

const DeleteChannelPayload = builder.objectRef<{
  deletedChannelArn: string | null;
  userErrors: UserErrorModel[];
}>('DeleteChannelPayload');
DeleteChannelPayload.implement({
  fields: (t) => ({
    deletedChannelArn: t.exposeString('deletedChannelArn', { nullable: true }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

const PutChannelExpirationSettingsPayload = channelPayload<{
  channelArn: string | null;
  expirationSettings: ExpirationSettingsModel | null;
  userErrors: UserErrorModel[];
}>('PutChannelExpirationSettingsPayload', "The channel's expiration as it now is.");
builder.objectFields(PutChannelExpirationSettingsPayload, (t) => ({
  expirationSettings: t.expose('expirationSettings', {
    type: ExpirationSettingsRef,
    nullable: true,
    description: 'The settings the upstream answered; null when they were removed.',
  }),
}));

builder.mutationFields((t) => ({
  createChannel: t.field({
    authScopes: writeMessaging,
    type: CreateChannelPayload,
    nullable: true,
    description:
      'Creates a channel of an app instance; its creator becomes its first moderator (CreateChannel).',
    args: { input: t.arg({ type: CreateChannelInput, required: true }) },
    resolve: (_root, { input }, ctx) => createChannel(ctx, input),
  }),
  updateChannel: t.field({
    authScopes: writeMessaging,
    type: UpdateChannelPayload,
    nullable: true,
    description: "Renames a channel, sets its mode and metadata (UpdateChannel; moderators' call).",
    args: { input: t.arg({ type: UpdateChannelInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateChannel(ctx, input),
  }),
  deleteChannel: t.field({
    authScopes: writeMessaging,
    type: DeleteChannelPayload,
    nullable: true,
    description: "Deletes a channel with its memberships and messages (DeleteChannel; moderators' call).",
    args: { input: t.arg({ type: DeleteChannelInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteChannel(ctx, input),
  }),
  putChannelExpirationSettings: t.field({
    authScopes: writeMessaging,
    type: PutChannelExpirationSettingsPayload,
    description:
      'Sets after how many days, counted from creation or from the last message, the channel is deleted ' +
      'automatically, or removes that (PutChannelExpirationSettings).',
    args: { input: t.arg({ type: PutChannelExpirationSettingsInput, required: true }) },
    resolve: (_root, { input }, ctx) => putChannelExpirationSettings(ctx, input),
  }),
}));

const CreateChannelMembershipInput = builder.inputType('CreateChannelMembershipInput', {
  fields: (t) => ({
    channelArn: t.string({ required: true }),
    memberArn: t.string({ required: true, description: 'An app instance user of the same app instance.' }),
    type: t.field({
      type: ChannelMembershipTypeEnum,
      description: 'DEFAULT unless said; only moderators add HIDDEN members.',
    }),
  }),
});

const ChannelMemberInput = builder.inputType('DeleteChannelMembershipInput', {
  fields: (t) => ({ channelArn: t.string({ required: true }), memberArn: t.string({ required: true }) }),
});

const moderatorInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      channelArn: t.string({ required: true }),
      channelModeratorArn: t.string({ required: true }),
    }),
  });

/** A payload with the channel, the user it names (`userField`), and optionally the role as it now is. */
function rolePayload(
  name: string,
  userField: 'memberArn' | 'channelModeratorArn',
  role?: 'membership' | 'moderator' | 'ban',
) {
  const ref = channelPayload<ChannelRoleMutationResult>(name, `What ${name.replace(/Payload$/, '')} did.`);
  builder.objectFields(ref, (t) => ({
    [userField]: t.string({ nullable: true, resolve: (payload) => payload.userArn }),
    ...(role === 'membership' && {
      membership: t.field({
        type: ChannelMembershipRef,
        nullable: true,
        description: 'The membership as it now is.',
        resolve: (payload, _args, ctx) =>
          payload.channelArn && payload.userArn
            ? getChannelMembership(ctx, payload.channelArn, payload.userArn)
            : null,
      }),
    }),
    ...(role === 'ban' && {
      ban: t.field({
        type: ChannelBanRef,
        nullable: true,
        description: 'The ban as it now is.',
        resolve: (payload, _args, ctx) =>
          payload.channelArn && payload.userArn
            ? getChannelBan(ctx, payload.channelArn, payload.userArn)
            : null,
      }),
    }),
    ...(role === 'moderator' && {
      moderator: t.field({
        type: ChannelModeratorRef,
        nullable: true,
        description: 'The moderator as it now is.',
        resolve: (payload, _args, ctx) =>
          payload.channelArn && payload.userArn
            ? getChannelModerator(ctx, payload.channelArn, payload.userArn)
            : null,
      }),
    }),
  }));
  return ref;
}

builder.mutationFields((t) => ({
  createChannelMembership: t.field({
    authScopes: writeMessaging,
    type: rolePayload('CreateChannelMembershipPayload', 'memberArn', 'membership'),
    nullable: true,
    description:
      'Adds a user to a channel (CreateChannelMembership): moderators add anyone; in an UNRESTRICTED ' +
      'channel members add others and users join a PUBLIC one themselves.',
    args: { input: t.arg({ type: CreateChannelMembershipInput, required: true }) },
    resolve: (_root, { input }, ctx) => createChannelMembership(ctx, input),
  }),
  deleteChannelMembership: t.field({
    authScopes: writeMessaging,
    type: rolePayload('DeleteChannelMembershipPayload', 'memberArn'),
    nullable: true,
    description: 'Removes a member from a channel: members leave, moderators remove others.',
    args: { input: t.arg({ type: ChannelMemberInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteChannelMembership(ctx, input),
  }),
  createChannelModerator: t.field({
    authScopes: writeMessaging,
    type: rolePayload('CreateChannelModeratorPayload', 'channelModeratorArn', 'moderator'),
    nullable: true,
    description: "Makes a user a moderator of a channel (CreateChannelModerator; moderators' call).",
    args: { input: t.arg({ type: moderatorInput('CreateChannelModeratorInput'), required: true }) },
    resolve: (_root, { input }, ctx) => createChannelModerator(ctx, input),
  }),
  deleteChannelModerator: t.field({
    authScopes: writeMessaging,
    type: rolePayload('DeleteChannelModeratorPayload', 'channelModeratorArn'),
    nullable: true,
    description: "Takes a user's moderator role away (DeleteChannelModerator; moderators' call).",
    args: { input: t.arg({ type: moderatorInput('DeleteChannelModeratorInput'), required: true }) },
    resolve: (_root, { input }, ctx) => deleteChannelModerator(ctx, input),
  }),
}));

const ChannelBanInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      channelArn: t.string({ required: true }),
      memberArn: t.string({ required: true, description: 'The app instance user banned.' }),
    }),
  });

const BatchCreateChannelMembershipInput = builder.inputType('BatchCreateChannelMembershipInput', {
  fields: (t) => ({
    channelArn: t.string({ required: true }),
    memberArns: t.stringList({
      required: true,
      description: '1 to 100 app instance users of the same app instance.',
    }),
    type: t.field({
      type: ChannelMembershipTypeEnum,
      description: 'DEFAULT unless said; only moderators add HIDDEN members.',
    }),
  }),
});

const BatchCreateChannelMembershipPayload = channelPayload<BatchChannelMembershipResult>(
  'BatchCreateChannelMembershipPayload',
  'The members BatchCreateChannelMembership added, and the ones it could not add.',
);
builder.objectFields(BatchCreateChannelMembershipPayload, (t) => ({
  memberships: t.expose('memberships', {
    type: [ChannelMembershipRef],
    nullable: true,
    description: 'The memberships added.',
  }),
  itemErrors: t.expose('itemErrors', {
    type: [ChannelMembershipErrorRef],
    nullable: true,
    description: 'One per member the upstream did not add; the others were added.',
  }),
}));

const UpdateChannelReadMarkerInput = builder.inputType('UpdateChannelReadMarkerInput', {
  fields: (t) => ({ channelArn: t.string({ required: true }) }),
});

const UpdateChannelReadMarkerPayload = channelPayload<ChannelRoleMutationResult>(
  'UpdateChannelReadMarkerPayload',
  'The channel marked read for the caller.',
);
builder.objectFields(UpdateChannelReadMarkerPayload, (t) => ({
  membership: t.field({
    type: ChannelMembershipForAppInstanceUserRef,
    nullable: true,
    description: "The caller's membership as it now is, with the new read marker.",
    resolve: (payload, _args, ctx) =>
      payload.channelArn && payload.userArn
        ? getUserChannelMembership(ctx, payload.userArn, payload.channelArn)
        : null,
  }),
}));

builder.mutationFields((t) => ({
  createChannelBan: t.field({
    authScopes: writeMessaging,
    type: rolePayload('CreateChannelBanPayload', 'memberArn', 'ban'),
    nullable: true,
    description:
      "Bans a user from a channel; a member is removed from it (CreateChannelBan; moderators' call).",
    args: { input: t.arg({ type: ChannelBanInput('CreateChannelBanInput'), required: true }) },
    resolve: (_root, { input }, ctx) => createChannelBan(ctx, input),
  }),
  deleteChannelBan: t.field({
    authScopes: writeMessaging,
    type: rolePayload('DeleteChannelBanPayload', 'memberArn'),
    nullable: true,
    description: "Lifts a ban: the user may be added again (DeleteChannelBan; moderators' call).",
    args: { input: t.arg({ type: ChannelBanInput('DeleteChannelBanInput'), required: true }) },
    resolve: (_root, { input }, ctx) => deleteChannelBan(ctx, input),
  }),
  batchCreateChannelMembership: t.field({
    authScopes: writeMessaging,
    type: BatchCreateChannelMembershipPayload,
    nullable: true,
    description:
      'Adds up to 100 users to a channel at once (BatchCreateChannelMembership), by the rules of ' +
      'createChannelMembership; the users it cannot add come back as itemErrors.',
    args: { input: t.arg({ type: BatchCreateChannelMembershipInput, required: true }) },
    resolve: (_root, { input }, ctx) => batchCreateChannelMembership(ctx, input),
  }),
  updateChannelReadMarker: t.field({
    authScopes: writeMessaging,
    type: UpdateChannelReadMarkerPayload,
    nullable: true,
    description:
      "Marks a channel read, now, for the caller's own app instance user (UpdateChannelReadMarker).",
    args: { input: t.arg({ type: UpdateChannelReadMarkerInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateChannelReadMarker(ctx, input),
  }),
}));

const SendChannelMessageInput = builder.inputType('SendChannelMessageInput', {
  fields: (t) => ({
    channelArn: t.string({ required: true }),
    content: t.string({
      required: true,
      description: 'At least 1 character; at most 4 KB (STANDARD) or 30 bytes (CONTROL).',
    }),
    type: t.field({ type: ChannelMessageTypeEnum, description: 'STANDARD unless said.' }),
    persistence: t.field({
      type: ChannelMessagePersistenceEnum,
      description: 'PERSISTENT unless said; a NON_PERSISTENT message is delivered, not kept.',
    }),
    metadata: t.string({ description: 'At most 1024 characters; none on a CONTROL message.' }),
    clientRequestToken: t.string({
      description: 'Idempotency token (2-64 of [-_a-zA-Z0-9]); the gateway makes one up when absent.',
    }),
  }),
});

const UpdateChannelMessageInput = builder.inputType('UpdateChannelMessageInput', {
  description: 'Members left out keep their value.',
  fields: (t) => ({
    channelArn: t.string({ required: true }),
    messageId: t.string({ required: true }),
    content: t.string({ description: 'At most 4096 characters.' }),
    metadata: t.string({ description: 'At most 1024 characters.' }),
  }),
});

const messageInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({ channelArn: t.string({ required: true }), messageId: t.string({ required: true }) }),
  });

/** A payload with the channel, the message id and, unless it is gone, the message as it now is. */
function messagePayload(name: string, withMessage = true) {
  const ref = channelPayload<ChannelMessageMutationResult>(name, `What ${name.replace(/Payload$/, '')} did.`);
  builder.objectFields(ref, (t) => ({
    messageId: t.string({ nullable: true, resolve: (payload) => payload.messageId }),
    ...(withMessage && {
      message: t.field({
        type: ChannelMessageRef,
        nullable: true,
        description: 'The message as it now is; null for a NON_PERSISTENT message, which is not kept.',
        resolve: (payload, _args, ctx) =>
          payload.channelArn && payload.messageId
            ? getChannelMessage(ctx, payload.channelArn, payload.messageId)
            : null,
      }),
    }),
  }));
  return ref;
}

builder.mutationFields((t) => ({
  sendChannelMessage: t.field({
    authScopes: writeMessaging,
    type: messagePayload('SendChannelMessagePayload'),
    nullable: true,
    description: 'Sends a message to a channel the configured user takes part in (SendChannelMessage).',
    args: { input: t.arg({ type: SendChannelMessageInput, required: true }) },
    resolve: (_root, { input }, ctx) => sendChannelMessage(ctx, input),
  }),
  updateChannelMessage: t.field({
    authScopes: writeMessaging,
    type: messagePayload('UpdateChannelMessagePayload'),
    nullable: true,
    description: "Edits a message's content or metadata (UpdateChannelMessage; its sender's call).",
    args: { input: t.arg({ type: UpdateChannelMessageInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateChannelMessage(ctx, input),
  }),
  redactChannelMessage: t.field({
    authScopes: writeMessaging,
    type: messagePayload('RedactChannelMessagePayload'),
    nullable: true,
    description:
      "Redacts a message: its content is gone for good, its metadata stays (RedactChannelMessage; its sender's or a moderator's call).",
    args: { input: t.arg({ type: messageInput('RedactChannelMessageInput'), required: true }) },
    resolve: (_root, { input }, ctx) => redactChannelMessage(ctx, input),
  }),
  deleteChannelMessage: t.field({
    authScopes: writeMessaging,
    type: messagePayload('DeleteChannelMessagePayload', false),
    nullable: true,
    description: "Deletes a message (DeleteChannelMessage; an AppInstanceAdmin's call).",
    args: { input: t.arg({ type: messageInput('DeleteChannelMessageInput'), required: true }) },
    resolve: (_root, { input }, ctx) => deleteChannelMessage(ctx, input),
  }),
}));
