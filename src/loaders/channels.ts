import type { ChimeCaller } from '../chime/client.ts';
import { DescribeChannel, ListChannels } from '../chime/operations/channels.ts';
import type { ChannelPrivacy, ChannelSummary } from '../chime/shapes/channel.ts';
import { type ForwardPage, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';
import { type ChannelKey, channelCacheKey } from './shared/messaging-keys.ts';

/** Filters of `ListChannels`. */
export interface ChannelFilters {
  privacy?: ChannelPrivacy | null;
}

/** Per-request loaders for channels. */
export function createChannelLoaders(client: ChimeCaller, cursors: Cursors) {
  /** DescribeChannel: every detail of a channel. */
  const channel = getLoader(
    ({ bearer, channelArn }: ChannelKey) =>
      client
        .send(DescribeChannel, { ChannelArn: channelArn, ChimeBearer: bearer })
        .then((out) => out.Channel),
    channelCacheKey,
  );
  /**
   * What ListChannels tells of a channel. A list primes it; otherwise it is read through
   * `channel`, so a channel fetched on its own costs one DescribeChannel whatever is asked.
   */
  const channelSummary = getLoader<ChannelKey, ChannelSummary | null>(
    (key) => channel.load(key),
    channelCacheKey,
  );
  return {
    channel,
    channelSummary,
    /** A page of an app instance's channels as the bearer sees them; each one read primes `channelSummary`. */
    listChannels: (bearer: string, appInstanceArn: string, page: ForwardPage, filters: ChannelFilters) =>
      readConnection<ChannelSummary>(page, {
        cursors,
        scope: ['channels', bearer, appInstanceArn, filters.privacy],
        maxResults: ListChannels.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(ListChannels, {
            AppInstanceArn: appInstanceArn,
            ChimeBearer: bearer,
            MaxResults: maxResults,
            NextToken: token ?? undefined,
            Privacy: filters.privacy ?? undefined,
          });
          for (const item of out.Channels)
            channelSummary.prime({ bearer, channelArn: item.ChannelArn }, item);
          return { items: out.Channels, nextToken: out.NextToken };
        },
      }),
  };
}
