import type DataLoader from 'dataloader';
import { type CachingCaller, cachedAs } from '../cache/read-cache.ts';
import { DescribeChannelBan, ListChannelBans } from '../chime/operations/channel-bans.ts';
import {
  DescribeChannelMembership,
  DescribeChannelMembershipForAppInstanceUser,
  DescribeChannelModeratedByAppInstanceUser,
  DescribeChannelModerator,
  ListChannelMemberships,
  ListChannelMembershipsForAppInstanceUser,
  ListChannelModerators,
  ListChannelsModeratedByAppInstanceUser,
} from '../chime/operations/channel-memberships.ts';
import { GetChannelMessage, ListChannelMessages } from '../chime/operations/channel-messages.ts';
import { DescribeChannel, ListChannels } from '../chime/operations/channels.ts';
import { GetMessagingSessionEndpoint } from '../chime/operations/messaging-sessions.ts';
import {
  CHANNEL_MODES,
  CHANNEL_PRIVACIES,
  type Channel,
  type ChannelMode,
  type ChannelPrivacy,
  type ChannelSummary,
  EXPIRATION_CRITERIA,
  type ExpirationCriterion,
  type Identity,
} from '../chime/shapes/channel.ts';
import type { ChannelBan } from '../chime/shapes/channel-ban.ts';
import {
  CHANNEL_MEMBERSHIP_TYPES,
  type ChannelMembership,
  type ChannelMembershipForAppInstanceUserSummary,
  type ChannelMembershipType,
  type ChannelModerator,
} from '../chime/shapes/channel-membership.ts';
import {
  CHANNEL_MESSAGE_PERSISTENCES,
  CHANNEL_MESSAGE_TYPES,
  type ChannelMessage,
  type ChannelMessagePersistence,
  type ChannelMessageSummary,
  type ChannelMessageType,
  type SortOrder,
} from '../chime/shapes/channel-message.ts';
import { type ForwardPage, listPages, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';
import { epochTimestamp, knownValue } from './shared/upstream-values.ts';

/** Who did something in a channel: an app instance user (or bot), by ARN and name. */
export interface IdentityModel {
  arn: string | null;
  name: string | null;
}

/** A channel as ListChannels tells of it: what every channel in a list has without another call. */
export interface ChannelModel {
  channelArn: string;
  name: string | null;
  mode: ChannelMode | null;
  privacy: ChannelPrivacy | null;
  metadata: string | null;
  lastMessageTimestamp: string | null;
}

/** When a channel is deleted automatically. */
export interface ExpirationSettingsModel {
  expirationDays: number;
  expirationCriterion: ExpirationCriterion;
}

/** What only DescribeChannel tells of a channel. */
export interface ChannelDetailsModel {
  createdBy: IdentityModel | null;
  createdTimestamp: string | null;
  lastUpdatedTimestamp: string | null;
  expirationSettings: ExpirationSettingsModel | null;
}

/** A member of a channel, as ListChannelMemberships tells of it. */
export interface ChannelMembershipModel {
  channelArn: string;
  member: IdentityModel | null;
  /** The membership type when the list made it certain; otherwise DescribeChannelMembership tells. */
  knownType: ChannelMembershipType | null;
}

/** What only DescribeChannelMembership tells of a membership. */
export interface ChannelMembershipDetailsModel {
  type: ChannelMembershipType | null;
  invitedBy: IdentityModel | null;
  createdTimestamp: string | null;
  lastUpdatedTimestamp: string | null;
}

/** A moderator of a channel, as ListChannelModerators tells of it. */
export interface ChannelModeratorModel {
  channelArn: string;
  moderator: IdentityModel | null;
}

/** What only DescribeChannelModerator tells of a moderator. */
export interface ChannelModeratorDetailsModel {
  createdBy: IdentityModel | null;
  createdTimestamp: string | null;
}

/** A user banned from a channel, as ListChannelBans tells of it. */
export interface ChannelBanModel {
  channelArn: string;
  member: IdentityModel | null;
}

/** What only DescribeChannelBan tells of a ban. */
export interface ChannelBanDetailsModel {
  createdBy: IdentityModel | null;
  createdTimestamp: string | null;
}

/** A channel an app instance user is a member of, with that user's membership. */
export interface UserChannelMembershipModel {
  appInstanceUserArn: string;
  channel: ChannelModel | null;
  type: ChannelMembershipType | null;
  /** When the user last marked the channel read; null when they never did. */
  readMarkerTimestamp: string | null;
}

/** Where clients open their messaging sessions. */
export interface MessagingSessionEndpointModel {
  url: string | null;
}

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

// Every messaging read is made as a bearer (an app instance user), and what one user may
// see another may not, so the bearer is part of every key and of every cache key.

/** A channel, read as `bearer`. */
export interface ChannelKey {
  bearer: string;
  channelArn: string;
}

/**
 * A user's membership, moderator role or ban in a channel, read as `bearer`. The loaders that read
 * one role from the channel's side and from the user's share these keys, so a write forgets both.
 */
export interface ChannelRoleKey {
  bearer: string;
  channelArn: string;
  /** The member's, moderator's or banned user's AppInstanceUser ARN. */
  userArn: string;
}

/** A message of a channel, read as `bearer`. */
export interface ChannelMessageKey {
  bearer: string;
  channelArn: string;
  messageId: string;
}

/** Filters of `ListChannels`. */
export interface ChannelFilters {
  privacy?: ChannelPrivacy | null;
}

/** Filters of `ListChannelMemberships`. */
export interface ChannelMembershipFilters {
  type?: ChannelMembershipType | null;
}

/** Filters of `ListChannelMessages`: the order, and a window of creation times (ISO 8601). */
export interface ChannelMessageFilters {
  sortOrder?: SortOrder | null;
  notBefore?: string | null;
  notAfter?: string | null;
}

/** Maps a cited user; null when the upstream cites none. */
export const toIdentity = (identity: Identity | undefined): IdentityModel | null =>
  identity ? { arn: identity.Arn ?? null, name: identity.Name ?? null } : null;

const toChannel = (channel: ChannelSummary): ChannelModel => ({
  channelArn: channel.ChannelArn,
  name: channel.Name ?? null,
  mode: knownValue(CHANNEL_MODES, channel.Mode),
  privacy: knownValue(CHANNEL_PRIVACIES, channel.Privacy),
  metadata: channel.Metadata ?? null,
  lastMessageTimestamp: epochTimestamp(channel.LastMessageTimestamp),
});

/** Maps upstream expiration settings; null when absent or of a criterion this gateway does not know. */
export function toExpirationSettings(
  settings: Channel['ExpirationSettings'] | null | undefined,
): ExpirationSettingsModel | null {
  const criterion = knownValue(EXPIRATION_CRITERIA, settings?.ExpirationCriterion);
  return settings && criterion
    ? { expirationDays: settings.ExpirationDays, expirationCriterion: criterion }
    : null;
}

const toDescribedChannel = (channel: Channel): ChannelModel & ChannelDetailsModel => ({
  ...toChannel(channel),
  createdBy: toIdentity(channel.CreatedBy),
  createdTimestamp: epochTimestamp(channel.CreatedTimestamp),
  lastUpdatedTimestamp: epochTimestamp(channel.LastUpdatedTimestamp),
  expirationSettings: toExpirationSettings(channel.ExpirationSettings),
});

const toDescribedMembership = (
  channelArn: string,
  membership: ChannelMembership,
): ChannelMembershipModel & ChannelMembershipDetailsModel => {
  const type = knownValue(CHANNEL_MEMBERSHIP_TYPES, membership.Type);
  return {
    channelArn,
    member: toIdentity(membership.Member),
    knownType: type,
    type,
    invitedBy: toIdentity(membership.InvitedBy),
    createdTimestamp: epochTimestamp(membership.CreatedTimestamp),
    lastUpdatedTimestamp: epochTimestamp(membership.LastUpdatedTimestamp),
  };
};

const toDescribedModerator = (
  channelArn: string,
  moderator: ChannelModerator,
): ChannelModeratorModel & ChannelModeratorDetailsModel => ({
  channelArn,
  moderator: toIdentity(moderator.Moderator),
  createdBy: toIdentity(moderator.CreatedBy),
  createdTimestamp: epochTimestamp(moderator.CreatedTimestamp),
});

const toDescribedBan = (channelArn: string, ban: ChannelBan): ChannelBanModel & ChannelBanDetailsModel => ({
  channelArn,
  member: toIdentity(ban.Member),
  createdBy: toIdentity(ban.CreatedBy),
  createdTimestamp: epochTimestamp(ban.CreatedTimestamp),
});

const toUserChannelMembership = (
  appInstanceUserArn: string,
  summary: ChannelMembershipForAppInstanceUserSummary,
): UserChannelMembershipModel => ({
  appInstanceUserArn,
  channel: summary.ChannelSummary ? toChannel(summary.ChannelSummary) : null,
  type: knownValue(CHANNEL_MEMBERSHIP_TYPES, summary.AppInstanceUserMembershipSummary?.Type),
  readMarkerTimestamp: epochTimestamp(summary.AppInstanceUserMembershipSummary?.ReadMarkerTimestamp),
});

// A list's summary carries no channel ARN: it comes from the list.
const toChannelMessage = (
  channelArn: string,
  message: ChannelMessage | ChannelMessageSummary,
): ChannelMessageModel => ({
  channelArn,
  messageId: message.MessageId,
  content: message.Content ?? null,
  metadata: message.Metadata ?? null,
  type: knownValue(CHANNEL_MESSAGE_TYPES, message.Type),
  persistence:
    'Persistence' in message ? knownValue(CHANNEL_MESSAGE_PERSISTENCES, message.Persistence) : null,
  sender: toIdentity(message.Sender),
  redacted: message.Redacted ?? null,
  createdTimestamp: epochTimestamp(message.CreatedTimestamp),
  lastEditedTimestamp: epochTimestamp(message.LastEditedTimestamp),
  lastUpdatedTimestamp: epochTimestamp(message.LastUpdatedTimestamp),
});

const channelCacheKey = ({ bearer, channelArn }: ChannelKey) => [bearer, channelArn].join('\n');
const roleCacheKey = ({ bearer, channelArn, userArn }: ChannelRoleKey) =>
  [bearer, channelArn, userArn].join('\n');
const messageCacheKey = ({ bearer, channelArn, messageId }: ChannelMessageKey) =>
  [bearer, channelArn, messageId].join('\n');

// In the shared cache, everything a channel holds is filed under the channel: a change to the
// channel or to anything in it makes all of it stale, whoever the bearer.

/** Forgets `key` in every loader, so that the next read of it asks the upstream again. */
const forget =
  <K extends { channelArn: string }>(client: CachingCaller, ...loaders: DataLoader<K, unknown, string>[]) =>
  (key: K): void => {
    for (const loader of loaders) loader.clear(key);
    client.changed('channels', key.channelArn);
  };

/** Records `key` as gone in every loader: later reads of the request answer null without a call. */
const remove =
  <K extends { channelArn: string }>(client: CachingCaller, ...loaders: DataLoader<K, unknown, string>[]) =>
  (key: K): void => {
    for (const loader of loaders) loader.clear(key).prime(key, null);
    client.changed('channels', key.channelArn);
  };

/**
 * Per-request loaders of channels and what they hold: memberships, moderators, messages.
 * Each is read as a bearer, part of every key. No request keeps a list, only the entities
 * they bring, so a write forgets its entities and nothing else in the request; in the shared
 * cache, where each bearer's reads are filed apart, it makes the channel stale for every
 * bearer, and every list of channels and of what they hold.
 */
export function createChannelLoaders(client: CachingCaller, cursors: Cursors) {
  /** DescribeChannel: every detail of a channel. */
  const channel = getLoader(
    ({ bearer, channelArn }: ChannelKey) =>
      client
        .send(
          DescribeChannel,
          { ChannelArn: channelArn, ChimeBearer: bearer },
          cachedAs('channels', channelArn),
        )
        .then((out) => toDescribedChannel(out.Channel)),
    channelCacheKey,
  );
  /**
   * What ListChannels tells of a channel. A list primes it; otherwise it is read through
   * `channel`, so a channel fetched on its own costs one DescribeChannel whatever is asked.
   */
  const channelSummary = getLoader<ChannelKey, ChannelModel | null>(
    (key) => channel.load(key),
    channelCacheKey,
  );
  /** DescribeChannelMembership. */
  const channelMembership = getLoader(
    ({ bearer, channelArn, userArn }: ChannelRoleKey) =>
      client
        .send(
          DescribeChannelMembership,
          { ChannelArn: channelArn, MemberArn: userArn, ChimeBearer: bearer },
          cachedAs('channels', channelArn),
        )
        .then((out) => toDescribedMembership(channelArn, out.ChannelMembership)),
    roleCacheKey,
  );
  /** DescribeChannelModerator. */
  const channelModerator = getLoader(
    ({ bearer, channelArn, userArn }: ChannelRoleKey) =>
      client
        .send(
          DescribeChannelModerator,
          {
            ChannelArn: channelArn,
            ChannelModeratorArn: userArn,
            ChimeBearer: bearer,
          },
          cachedAs('channels', channelArn),
        )
        .then((out) => toDescribedModerator(channelArn, out.ChannelModerator)),
    roleCacheKey,
  );
  /** DescribeChannelBan. */
  const channelBan = getLoader(
    ({ bearer, channelArn, userArn }: ChannelRoleKey) =>
      client
        .send(
          DescribeChannelBan,
          { ChannelArn: channelArn, MemberArn: userArn, ChimeBearer: bearer },
          cachedAs('channels', channelArn),
        )
        .then((out) => toDescribedBan(channelArn, out.ChannelBan)),
    roleCacheKey,
  );
  /** The channel a user (`userArn`) is a member of, with the membership; a list of the user's primes it. */
  const userChannelMembership = getLoader(
    ({ bearer, channelArn, userArn }: ChannelRoleKey) =>
      client
        .send(
          DescribeChannelMembershipForAppInstanceUser,
          { ChannelArn: channelArn, AppInstanceUserArn: userArn, ChimeBearer: bearer },
          cachedAs('channels', channelArn),
        )
        .then((out) => primedUserMembership(bearer, toUserChannelMembership(userArn, out.ChannelMembership))),
    roleCacheKey,
  );
  /** A channel a user (`userArn`) moderates; a list of the user's primes it. */
  const moderatedChannel = getLoader(
    ({ bearer, channelArn, userArn }: ChannelRoleKey) =>
      client
        .send(
          DescribeChannelModeratedByAppInstanceUser,
          { ChannelArn: channelArn, AppInstanceUserArn: userArn, ChimeBearer: bearer },
          cachedAs('channels', channelArn),
        )
        .then((out) => primedChannel(bearer, out.Channel.ChannelSummary)),
    roleCacheKey,
  );
  /** GetMessagingSessionEndpoint: one answer for every caller (no bearer), read at most once a request. */
  const messagingSessionEndpoint = getLoader(
    (_key: 'endpoint') =>
      client
        .send(GetMessagingSessionEndpoint, {})
        .then((out): MessagingSessionEndpointModel => ({ url: out.Endpoint?.Url ?? null })),
    (key) => key,
  );
  /** Maps a summary a user's channel list or describe brought and primes `channelSummary` with it. */
  function primedChannel(bearer: string, summary: ChannelSummary | undefined): ChannelModel | null {
    if (!summary) return null;
    const model = toChannel(summary);
    channelSummary.prime({ bearer, channelArn: model.channelArn }, model);
    return model;
  }
  /** Primes `channelSummary` with the channel a user membership brought. */
  function primedUserMembership(bearer: string, membership: UserChannelMembershipModel) {
    if (membership.channel)
      channelSummary.prime({ bearer, channelArn: membership.channel.channelArn }, membership.channel);
    return membership;
  }
  /** GetChannelMessage; a list of the request primes it too. */
  const channelMessage = getLoader(
    ({ bearer, channelArn, messageId }: ChannelMessageKey) =>
      client
        .send(
          GetChannelMessage,
          { ChannelArn: channelArn, MessageId: messageId, ChimeBearer: bearer },
          cachedAs('channels', channelArn),
        )
        .then((out) => toChannelMessage(channelArn, out.ChannelMessage)),
    messageCacheKey,
  );

  return {
    channel,
    channelSummary,
    channelMembership,
    channelModerator,
    channelMessage,
    channelBan,
    userChannelMembership,
    moderatedChannel,
    messagingSessionEndpoint,
    /** After a channel changed: its next read asks DescribeChannel again. */
    forgetChannel: forget(client, channel, channelSummary),
    /** After a channel was deleted: later reads of it answer null. */
    removeChannel: remove(client, channel, channelSummary),
    /** After a membership began or its read marker moved: its next read, from either side, asks again. */
    forgetChannelMembership: forget(client, channelMembership, userChannelMembership),
    /** After a membership ended: later reads of it, from either side, answer null. */
    removeChannelMembership: remove(client, channelMembership, userChannelMembership),
    /** After a moderator role began: its next read, from either side, asks again. */
    forgetChannelModerator: forget(client, channelModerator, moderatedChannel),
    /** After a moderator role ended: later reads of it, from either side, answer null. */
    removeChannelModerator: remove(client, channelModerator, moderatedChannel),
    /** After a ban was made: its next read asks DescribeChannelBan. */
    forgetChannelBan: forget(client, channelBan),
    /** After a ban was lifted: later reads of it answer null. */
    removeChannelBan: remove(client, channelBan),
    /** After a message was sent or changed: its next read asks GetChannelMessage. */
    forgetChannelMessage: forget(client, channelMessage),
    /** After a message was deleted: later reads of it answer null. */
    removeChannelMessage: remove(client, channelMessage),

    /** A page of an app instance's channels as the bearer sees them; each one read primes `channelSummary`. */
    listChannels: (bearer: string, appInstanceArn: string, page: ForwardPage, filters: ChannelFilters) =>
      readConnection<ChannelModel>(page, {
        cursors,
        scope: ['channels', bearer, appInstanceArn, filters.privacy],
        maxResults: ListChannels.maxResults!,
        read: listPages(
          client,
          ListChannels,
          { AppInstanceArn: appInstanceArn, ChimeBearer: bearer, Privacy: filters.privacy ?? undefined },
          (out) => {
            const channels = out.Channels.map(toChannel);
            for (const item of channels) channelSummary.prime({ bearer, channelArn: item.channelArn }, item);
            return channels;
          },
          cachedAs('channels'),
        ),
      }),

    /**
     * A page of a channel's members. The list answers only who; without a type filter, or
     * with DEFAULT, the service lists DEFAULT members only (HIDDEN ones only when the filter
     * asks for HIDDEN), so their type is known without a Describe.
     */
    listChannelMemberships: (
      bearer: string,
      channelArn: string,
      page: ForwardPage,
      filters: ChannelMembershipFilters,
    ) => {
      const knownType: ChannelMembershipType | null = filters.type === 'HIDDEN' ? null : 'DEFAULT';
      return readConnection<ChannelMembershipModel>(page, {
        cursors,
        scope: ['channelMemberships', bearer, channelArn, filters.type],
        maxResults: ListChannelMemberships.maxResults!,
        read: listPages(
          client,
          ListChannelMemberships,
          { ChannelArn: channelArn, ChimeBearer: bearer, Type: filters.type ?? undefined },
          (out) =>
            out.ChannelMemberships.map((membership) => ({
              channelArn,
              member: toIdentity(membership.Member),
              knownType,
            })),
          cachedAs('channels'),
        ),
      });
    },

    /** A page of a channel's moderators; the list answers only who. */
    listChannelModerators: (bearer: string, channelArn: string, page: ForwardPage) =>
      readConnection<ChannelModeratorModel>(page, {
        cursors,
        scope: ['channelModerators', bearer, channelArn],
        maxResults: ListChannelModerators.maxResults!,
        read: listPages(
          client,
          ListChannelModerators,
          { ChannelArn: channelArn, ChimeBearer: bearer },
          (out) =>
            out.ChannelModerators.map((moderator) => ({
              channelArn,
              moderator: toIdentity(moderator.Moderator),
            })),
          cachedAs('channels'),
        ),
      }),

    /** A page of a channel's bans; the list answers only who. */
    listChannelBans: (bearer: string, channelArn: string, page: ForwardPage) =>
      readConnection<ChannelBanModel>(page, {
        cursors,
        scope: ['channelBans', bearer, channelArn],
        maxResults: ListChannelBans.maxResults!,
        read: listPages(
          client,
          ListChannelBans,
          { ChannelArn: channelArn, ChimeBearer: bearer },
          (out) => out.ChannelBans.map((ban) => ({ channelArn, member: toIdentity(ban.Member) })),
          cachedAs('channels'),
        ),
      }),

    /** A page of the channels a user is a member of; each one primes `userChannelMembership` and `channelSummary`. */
    listUserChannelMemberships: (bearer: string, userArn: string, page: ForwardPage) =>
      readConnection<UserChannelMembershipModel>(page, {
        cursors,
        scope: ['userChannelMemberships', bearer, userArn],
        maxResults: ListChannelMembershipsForAppInstanceUser.maxResults!,
        read: listPages(
          client,
          ListChannelMembershipsForAppInstanceUser,
          { AppInstanceUserArn: userArn, ChimeBearer: bearer },
          (out) => {
            const memberships = out.ChannelMemberships.map((summary) =>
              primedUserMembership(bearer, toUserChannelMembership(userArn, summary)),
            );
            for (const membership of memberships)
              if (membership.channel)
                userChannelMembership.prime(
                  { bearer, channelArn: membership.channel.channelArn, userArn },
                  membership,
                );
            return memberships;
          },
          cachedAs('channels'),
        ),
      }),

    /** A page of the channels a user moderates; each one primes `moderatedChannel` and `channelSummary`. */
    listModeratedChannels: (bearer: string, userArn: string, page: ForwardPage) =>
      readConnection<ChannelModel>(page, {
        cursors,
        scope: ['moderatedChannels', bearer, userArn],
        maxResults: ListChannelsModeratedByAppInstanceUser.maxResults!,
        read: listPages(
          client,
          ListChannelsModeratedByAppInstanceUser,
          { AppInstanceUserArn: userArn, ChimeBearer: bearer },
          (out) => {
            const channels = out.Channels.flatMap((summary) => {
              const channel = primedChannel(bearer, summary.ChannelSummary);
              return channel ? [channel] : [];
            });
            for (const channel of channels)
              moderatedChannel.prime({ bearer, channelArn: channel.channelArn, userArn }, channel);
            return channels;
          },
          cachedAs('channels'),
        ),
      }),

    /** A page of a channel's messages; each one read primes `channelMessage`. */
    listChannelMessages: (
      bearer: string,
      channelArn: string,
      page: ForwardPage,
      filters: ChannelMessageFilters,
    ) =>
      readConnection<ChannelMessageModel>(page, {
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
        read: listPages(
          client,
          ListChannelMessages,
          {
            ChannelArn: channelArn,
            ChimeBearer: bearer,
            SortOrder: filters.sortOrder ?? undefined,
            NotBefore: filters.notBefore ?? undefined,
            NotAfter: filters.notAfter ?? undefined,
          },
          (out) => {
            const messages = out.ChannelMessages.map((summary) => toChannelMessage(channelArn, summary));
            for (const message of messages)
              channelMessage.prime({ bearer, channelArn, messageId: message.messageId }, message);
            return messages;
          },
          cachedAs('channels'),
        ),
      }),
  };
}
