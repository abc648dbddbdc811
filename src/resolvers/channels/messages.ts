import type { ChannelMessage } from '../../chime/shapes/channel-message.ts';
import type { RequestContext } from '../../context.ts';
import type { ChannelMessageFilters } from '../../loaders/channel-messages.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';
import { mapConnection } from '../shared/connection.ts';
import { knownValue } from '../shared/enums.ts';
import { messagingBearer } from '../shared/messaging-bearer.ts';
import { epochTimestamp } from '../shared/timestamps.ts';
import {
  CHANNEL_MESSAGE_PERSISTENCES,
  CHANNEL_MESSAGE_TYPES,
  type ChannelMessagePersistence,
  type ChannelMessageType,
} from './enums.ts';
import { type IdentityModel, toIdentity } from './identities.ts';

/** A message in a channel. */
export interface ChannelMessageModel {
  channelArn: string;
  messageId: string;
  content: string | null;
  metadata: string | null;
  type: ChannelMessageType | null;
  /** Only GetChannelMessage tells it; ListChannelMessages lists persistent messages alone. */
  persistence: ChannelMessagePersistence | null;
  sender: IdentityModel | null;
  redacted: boolean | null;
  createdTimestamp: string | null;
  lastEditedTimestamp: string | null;
  lastUpdatedTimestamp: string | null;
}

/** Maps an upstream message (a list's summary carries its channel's ARN from the list). */
export function toChannelMessage(channelArn: string, message: ChannelMessage): ChannelMessageModel {
  return {
    channelArn,
    messageId: message.MessageId,
    content: message.Content ?? null,
    metadata: message.Metadata ?? null,
    type: knownValue(CHANNEL_MESSAGE_TYPES, message.Type),
    persistence: knownValue(CHANNEL_MESSAGE_PERSISTENCES, message.Persistence),
    sender: toIdentity(message.Sender),
    redacted: message.Redacted ?? null,
    createdTimestamp: epochTimestamp(message.CreatedTimestamp),
    lastEditedTimestamp: epochTimestamp(message.LastEditedTimestamp),
    lastUpdatedTimestamp: epochTimestamp(message.LastUpdatedTimestamp),
  };
}

/** ListChannelMessages of one channel, as a connection (the service's default order is newest first). */
export async function listChannelMessages(
  ctx: RequestContext,
  channelArn: string,
  page: ForwardPage,
  filters: ChannelMessageFilters,
) {
  const bearer = messagingBearer(ctx);
  return mapConnection(await ctx.loaders.listChannelMessages(bearer, channelArn, page, filters), (message) =>
    toChannelMessage(channelArn, message),
  );
}

/** GetChannelMessage, or the message a list of this request brought; null when there is none. */
export async function getChannelMessage(
  ctx: RequestContext,
  channelArn: string,
  messageId: string,
): Promise<ChannelMessageModel | null> {
  const key = { bearer: messagingBearer(ctx), channelArn, messageId };
  const message = await ctx.loaders.channelMessage.load(key);
  return message && toChannelMessage(channelArn, message);
}
