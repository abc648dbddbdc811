import {
  createChannel,
  deleteChannel,
  putChannelExpirationSettings,
  updateChannel,
} from '../../resolvers/channels/commands.ts';
import type { ExpirationSettingsModel } from '../../resolvers/channels/reads.ts';
import type { UserErrorModel } from '../../resolvers/shared/user-errors.ts';
import { builder } from '../builder.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import { ExpirationSettingsRef } from './channel.ts';
import { ChannelModeEnum, ChannelPrivacyEnum, ExpirationCriterionEnum } from './enums.ts';
import { channelPayload } from './payload.ts';

// Payloads other than the contract's are nullable on purpose: GraphQL runs a document's
// mutations one after the other and stops at the first failed non-null field, so a payload
// that can be null lets an upstream outage in one mutation leave the next ones running.
// Every channel mutation acts as the configured app instance user (CHIME_BEARER_ARN).

const TagInput = builder.inputType('ChannelTagInput', {
  fields: (t) => ({
    key: t.string({ required: true, description: '1-128 characters.' }),
    value: t.string({ required: true, description: '1-256 characters.' }),
  }),
});

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
    type: CreateChannelPayload,
    nullable: true,
    description:
      'Creates a channel of an app instance; its creator becomes its first moderator (CreateChannel).',
    args: { input: t.arg({ type: CreateChannelInput, required: true }) },
    resolve: (_root, { input }, ctx) => createChannel(ctx, input),
  }),
  updateChannel: t.field({
    type: UpdateChannelPayload,
    nullable: true,
    description: "Renames a channel, sets its mode and metadata (UpdateChannel; moderators' call).",
    args: { input: t.arg({ type: UpdateChannelInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateChannel(ctx, input),
  }),
  deleteChannel: t.field({
    type: DeleteChannelPayload,
    nullable: true,
    description: "Deletes a channel with its memberships and messages (DeleteChannel; moderators' call).",
    args: { input: t.arg({ type: DeleteChannelInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteChannel(ctx, input),
  }),
  putChannelExpirationSettings: t.field({
    type: PutChannelExpirationSettingsPayload,
    description:
      'Sets after how many days, counted from creation or from the last message, the channel is deleted ' +
      'automatically, or removes that (PutChannelExpirationSettings).',
    args: { input: t.arg({ type: PutChannelExpirationSettingsInput, required: true }) },
    resolve: (_root, { input }, ctx) => putChannelExpirationSettings(ctx, input),
  }),
}));
