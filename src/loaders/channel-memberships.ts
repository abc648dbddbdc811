import type { ChimeCaller } from '../chime/client.ts';
import {
  DescribeChannelMembership,
  DescribeChannelModerator,
  ListChannelMemberships,
  ListChannelModerators,
} from '../chime/operations/channel-memberships.ts';
import type {
  ChannelMembershipSummary,
  ChannelMembershipType,
  ChannelModeratorSummary,
} from '../chime/shapes/channel-membership.ts';
import { type ForwardPage, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';
import { messagingCacheKey } from './shared/messaging-keys.ts';

/** A user's membership or moderator role in a channel, read as `bearer`. */
export interface ChannelRoleKey {
  bearer: string;
  channelArn: string;
  /** The member's or moderator's AppInstanceUser ARN. */
  userArn: string;
}

/** Filters of `ListChannelMemberships`. */
export interface ChannelMembershipFilters {
  type?: ChannelMembershipType | null;
}

const roleCacheKey = ({ bearer, channelArn, userArn }: ChannelRoleKey) =>
  messagingCacheKey(bearer, channelArn, userArn);

/**
 * Per-request loaders for channel memberships and moderators. Their lists answer only who
 * (the member or moderator); the rest of each comes from its Describe, when asked for.
 */
export function createChannelMembershipLoaders(client: ChimeCaller, cursors: Cursors) {
  return {
    /** DescribeChannelMembership. */
    channelMembership: getLoader(
      ({ bearer, channelArn, userArn }: ChannelRoleKey) =>
        client
          .send(DescribeChannelMembership, {
            ChannelArn: channelArn,
            MemberArn: userArn,
            ChimeBearer: bearer,
          })
          .then((out) => out.ChannelMembership),
      roleCacheKey,
    ),
    /** DescribeChannelModerator. */
    channelModerator: getLoader(
      ({ bearer, channelArn, userArn }: ChannelRoleKey) =>
        client
          .send(DescribeChannelModerator, {
            ChannelArn: channelArn,
            ChannelModeratorArn: userArn,
            ChimeBearer: bearer,
          })
          .then((out) => out.ChannelModerator),
      roleCacheKey,
    ),
    /** A page of a channel's members. */
    listChannelMemberships: (
      bearer: string,
      channelArn: string,
      page: ForwardPage,
      filters: ChannelMembershipFilters,
    ) =>
      readConnection<ChannelMembershipSummary>(page, {
        cursors,
        scope: ['channelMemberships', bearer, channelArn, filters.type],
        maxResults: ListChannelMemberships.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(ListChannelMemberships, {
            ChannelArn: channelArn,
            ChimeBearer: bearer,
            MaxResults: maxResults,
            NextToken: token ?? undefined,
            Type: filters.type ?? undefined,
          });
          return { items: out.ChannelMemberships, nextToken: out.NextToken };
        },
      }),
    /** A page of a channel's moderators. */
    listChannelModerators: (bearer: string, channelArn: string, page: ForwardPage) =>
      readConnection<ChannelModeratorSummary>(page, {
        cursors,
        scope: ['channelModerators', bearer, channelArn],
        maxResults: ListChannelModerators.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(ListChannelModerators, {
            ChannelArn: channelArn,
            ChimeBearer: bearer,
            MaxResults: maxResults,
            NextToken: token ?? undefined,
          });
          return { items: out.ChannelModerators, nextToken: out.NextToken };
        },
      }),
  };
}
