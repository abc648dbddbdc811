import { randomUUID } from 'node:crypto';
import {
  DeleteChannelMessage,
  RedactChannelMessage,
  SendChannelMessage,
  UpdateChannelMessage,
} from '../../chime/operations/channel-messages.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { RequestContext } from '../../context.ts';
import { checkText, validateThenRun } from '../shared/input-rules.ts';
import { messagingBearer } from '../shared/messaging-bearer.ts';
import { CLIENT_REQUEST_TOKEN_RULE, checkMessageBody, METADATA_RULE } from '../shared/messaging-rules.ts';
import type { MutationResult } from '../shared/user-errors.ts';
import { forgetChannel } from './commands.ts';
import type { ChannelMessagePersistence, ChannelMessageType } from './enums.ts';

/**
 * What a message mutation answers: the channel and the message it changed. The payload's
 * objects are read through the request's loaders, which the mutation has cleared (or
 * primed with null for a deletion), so they show the state it left.
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

/** Forgets what the request read of a message, so that later fields read it as it now is. */
function forgetMessage(ctx: RequestContext, bearer: string, input: ChannelMessageInput): void {
  ctx.loaders.channelMessage.clear({ bearer, ...input });
}

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
      forgetChannel(ctx, bearer, input.channelArn);
      forgetMessage(ctx, bearer, { channelArn: input.channelArn, messageId: MessageId });
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
      forgetMessage(ctx, bearer, input);
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
    forgetMessage(ctx, bearer, input);
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
    forgetMessage(ctx, bearer, input);
    ctx.loaders.channelMessage.prime({ bearer, ...input }, null);
    return { channelArn: input.channelArn, messageId: input.messageId };
  });
}
