import type { Identity } from '../../chime/shapes/channel.ts';
import type { ChannelMembership, ChannelModerator } from '../../chime/shapes/channel-membership.ts';
import type { RequestContext } from '../../context.ts';
import type { ChannelMembershipFilters } from '../../loaders/channel-memberships.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';
import { mapConnection } from '../shared/connection.ts';
import { knownValue } from '../shared/enums.ts';
import { messagingBearer } from '../shared/messaging-bearer.ts';
import { epochTimestamp } from '../shared/timestamps.ts';
import { CHANNEL_MEMBERSHIP_TYPES, type ChannelMembershipType } from './enums.ts';
import { type IdentityModel, toIdentity } from './identities.ts';

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

/** Maps a membership's member (from a list or a Describe). */
export function toChannelMembership(
  channelArn: string,
  membership: { Member?: Identity; Type?: string },
  knownType: ChannelMembershipType | null = knownValue(CHANNEL_MEMBERSHIP_TYPES, membership.Type),
): ChannelMembershipModel {
  return { channelArn, member: toIdentity(membership.Member), knownType };
}

/** Maps a moderator (from a list or a Describe). */
export function toChannelModerator(
  channelArn: string,
  moderator: { Moderator?: Identity },
): ChannelModeratorModel {
  return { channelArn, moderator: toIdentity(moderator.Moderator) };
}

function toMembershipDetails(membership: ChannelMembership): ChannelMembershipDetailsModel {
  return {
    type: knownValue(CHANNEL_MEMBERSHIP_TYPES, membership.Type),
    invitedBy: toIdentity(membership.InvitedBy),
    createdTimestamp: epochTimestamp(membership.CreatedTimestamp),
    lastUpdatedTimestamp: epochTimestamp(membership.LastUpdatedTimestamp),
  };
}

function toModeratorDetails(moderator: ChannelModerator): ChannelModeratorDetailsModel {
  return {
    createdBy: toIdentity(moderator.CreatedBy),
    createdTimestamp: epochTimestamp(moderator.CreatedTimestamp),
  };
}

/**
 * ListChannelMemberships of one channel, as a connection. Without a type filter, or with
 * DEFAULT, the service lists DEFAULT members only (HIDDEN ones only when the filter asks
 * for HIDDEN), so their type is known without a Describe.
 */
export async function listChannelMemberships(
  ctx: RequestContext,
  channelArn: string,
  page: ForwardPage,
  filters: ChannelMembershipFilters,
) {
  const bearer = messagingBearer(ctx);
  const knownType: ChannelMembershipType | null = filters.type === 'HIDDEN' ? null : 'DEFAULT';
  return mapConnection(
    await ctx.loaders.listChannelMemberships(bearer, channelArn, page, filters),
    (membership) => toChannelMembership(channelArn, membership, knownType),
  );
}

/** DescribeChannelMembership of one member; null when they are not a member. */
export async function getChannelMembership(
  ctx: RequestContext,
  channelArn: string,
  memberArn: string,
): Promise<ChannelMembershipModel | null> {
  const key = { bearer: messagingBearer(ctx), channelArn, userArn: memberArn };
  const membership = await ctx.loaders.channelMembership.load(key);
  return membership && toChannelMembership(channelArn, membership);
}

/** What DescribeChannelMembership adds to a listed membership (one call per member and request). */
export async function getChannelMembershipDetails(
  ctx: RequestContext,
  membership: ChannelMembershipModel,
): Promise<ChannelMembershipDetailsModel | null> {
  const memberArn = membership.member?.arn;
  if (!memberArn) return null;
  const key = { bearer: messagingBearer(ctx), channelArn: membership.channelArn, userArn: memberArn };
  const details = await ctx.loaders.channelMembership.load(key);
  return details && toMembershipDetails(details);
}

/** ListChannelModerators of one channel, as a connection. */
export async function listChannelModerators(ctx: RequestContext, channelArn: string, page: ForwardPage) {
  const bearer = messagingBearer(ctx);
  return mapConnection(await ctx.loaders.listChannelModerators(bearer, channelArn, page), (moderator) =>
    toChannelModerator(channelArn, moderator),
  );
}

/** DescribeChannelModerator of one moderator; null when they are not a moderator. */
export async function getChannelModerator(
  ctx: RequestContext,
  channelArn: string,
  moderatorArn: string,
): Promise<ChannelModeratorModel | null> {
  const key = { bearer: messagingBearer(ctx), channelArn, userArn: moderatorArn };
  const moderator = await ctx.loaders.channelModerator.load(key);
  return moderator && toChannelModerator(channelArn, moderator);
}

/** What DescribeChannelModerator adds to a listed moderator (one call per moderator and request). */
export async function getChannelModeratorDetails(
  ctx: RequestContext,
  moderator: ChannelModeratorModel,
): Promise<ChannelModeratorDetailsModel | null> {
  const moderatorArn = moderator.moderator?.arn;
  if (!moderatorArn) return null;
  const key = { bearer: messagingBearer(ctx), channelArn: moderator.channelArn, userArn: moderatorArn };
  const details = await ctx.loaders.channelModerator.load(key);
  return details && toModeratorDetails(details);
}
