import type { ChimeCaller } from '../chime/client.ts';
import { GetChannelMessage, ListChannelMessages } from '../chime/operations/channel-messages.ts';
import type { ChannelMessage, SortOrder } from '../chime/shapes/channel-message.ts';
import { type ForwardPage, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';
import { messagingCacheKey } from './shared/messaging-keys.ts';

/** A message of a channel, read as `bearer`. */
export interface ChannelMessageKey {
  bearer: string;
  channelArn: string;
  messageId: string;
}

/** Filters of `ListChannelMessages`: the order, and a window of creation times (ISO 8601). */
export interface ChannelMessageFilters {
  sortOrder?: SortOrder | null;
  notBefore?: string | null;
  notAfter?: string | null;
}

/** Per-request loaders for channel messages. */
export function createChannelMessageLoaders(client: ChimeCaller, cursors: Cursors) {
  const channelMessage = getLoader(
    ({ bearer, channelArn, messageId }: ChannelMessageKey) =>
      client
        .send(GetChannelMessage, { ChannelArn: channelArn, MessageId: messageId, ChimeBearer: bearer })
        .then((out) => out.ChannelMessage),
    ({ bearer, channelArn, messageId }) => messagingCacheKey(bearer, channelArn, messageId),
  );
  return {
    channelMessage,
    /** A page of a channel's messages; each one read primes `channelMessage`. */
    listChannelMessages: (
      bearer: string,
      channelArn: string,
      page: ForwardPage,
      filters: ChannelMessageFilters,
    ) =>
      readConnection<ChannelMessage>(page, {
        cursors,
        scope: [
          'channelMessages',
          bearer,
          channelArn,
          filters.sortOrder,
          filters.notBefore,
          filters.notAfter,
        ],
        maxResults: ListChannelMessages.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(ListChannelMessages, {
            ChannelArn: channelArn,
            ChimeBearer: bearer,
            MaxResults: maxResults,
            NextToken: token ?? undefined,
            SortOrder: filters.sortOrder ?? undefined,
            NotBefore: filters.notBefore ?? undefined,
            NotAfter: filters.notAfter ?? undefined,
          });
          const messages = out.ChannelMessages.map((summary) => ({ ChannelArn: channelArn, ...summary }));
          for (const message of messages)
            channelMessage.prime({ bearer, channelArn, messageId: message.MessageId }, message);
          return { items: messages, nextToken: out.NextToken };
        },
      }),
  };
}
