import {
  type ChannelMessageMutationResult,
  deleteChannelMessage,
  redactChannelMessage,
  sendChannelMessage,
  updateChannelMessage,
} from '../../resolvers/channels/message-commands.ts';
import { getChannelMessage } from '../../resolvers/channels/messages.ts';
import { builder } from '../builder.ts';
import { ChannelMessagePersistenceEnum, ChannelMessageTypeEnum } from './enums.ts';
import { ChannelMessageRef } from './message.ts';
import { channelPayload } from './payload.ts';

// Nullable payloads, as for every mutation beyond the contract's (see channel-mutations.ts).

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
    type: messagePayload('SendChannelMessagePayload'),
    nullable: true,
    description: 'Sends a message to a channel the configured user takes part in (SendChannelMessage).',
    args: { input: t.arg({ type: SendChannelMessageInput, required: true }) },
    resolve: (_root, { input }, ctx) => sendChannelMessage(ctx, input),
  }),
  updateChannelMessage: t.field({
    type: messagePayload('UpdateChannelMessagePayload'),
    nullable: true,
    description: "Edits a message's content or metadata (UpdateChannelMessage; its sender's call).",
    args: { input: t.arg({ type: UpdateChannelMessageInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateChannelMessage(ctx, input),
  }),
  redactChannelMessage: t.field({
    type: messagePayload('RedactChannelMessagePayload'),
    nullable: true,
    description:
      "Redacts a message: its content is gone for good, its metadata stays (RedactChannelMessage; its sender's or a moderator's call).",
    args: { input: t.arg({ type: messageInput('RedactChannelMessageInput'), required: true }) },
    resolve: (_root, { input }, ctx) => redactChannelMessage(ctx, input),
  }),
  deleteChannelMessage: t.field({
    type: messagePayload('DeleteChannelMessagePayload', false),
    nullable: true,
    description: "Deletes a message (DeleteChannelMessage; an AppInstanceAdmin's call).",
    args: { input: t.arg({ type: messageInput('DeleteChannelMessageInput'), required: true }) },
    resolve: (_root, { input }, ctx) => deleteChannelMessage(ctx, input),
  }),
}));
