/**
 * Keys of the messaging group's loaders. Every messaging read is made as a bearer (an app
 * instance user), and what one user may see another may not, so the bearer is part of
 * every key and of every cache key.
 */

/** A channel, read as `bearer`. */
export interface ChannelKey {
  bearer: string;
  channelArn: string;
}

/** The cache key of a messaging read: the bearer, then the ids that name the resource. */
export function messagingCacheKey(bearer: string, ...ids: string[]): string {
  return [bearer, ...ids].join('\n');
}

/** The cache key of a channel read as a bearer. */
export const channelCacheKey = ({ bearer, channelArn }: ChannelKey) => messagingCacheKey(bearer, channelArn);
