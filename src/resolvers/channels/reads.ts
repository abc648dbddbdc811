import type { RequestContext } from '../../context.ts';
import type {
  ChannelBanDetailsModel,
  ChannelBanModel,
  ChannelDetailsModel,
  ChannelFilters,
  ChannelMembershipDetailsModel,
  ChannelMembershipFilters,
  ChannelMembershipModel,
  ChannelMessageFilters,
  ChannelMessageModel,
  ChannelModel,
  ChannelModeratorDetailsModel,
  ChannelModeratorModel,
  MessagingSessionEndpointModel,
  UserChannelMembershipModel,
} from '../../loaders/channels.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';
import { messagingBearer } from '../shared/messaging-bearer.ts';

/** A channel: from a list of this request if one brought it, else DescribeChannel; null when unknown. */
export async function getChannel(ctx: RequestContext, channelArn: string): Promise<ChannelModel | null> {
  return ctx.loaders.channelSummary.load({ bearer: messagingBearer(ctx), channelArn });
}

/** DescribeChannel's details of a channel (at most one call per channel and request); null when unknown. */
export async function getChannelDetails(
  ctx: RequestContext,
  channelArn: string,
): Promise<ChannelDetailsModel | null> {
  return ctx.loaders.channel.load({ bearer: messagingBearer(ctx), channelArn });
}

/** ListChannels of one app instance, as the bearer sees them, as a connection. */
export async function listChannels(
  ctx: RequestContext,
  appInstanceArn: string,
  page: ForwardPage,
  filters: ChannelFilters,
) {
  return ctx.loaders.listChannels(messagingBearer(ctx), appInstanceArn, page, filters);
}

/** The app instance a channel belongs to, read from its ARN (`<app instance ARN>/channel/<id>`). */
export function appInstanceArnOfChannel(channelArn: string): string | null {
  const index = channelArn.lastIndexOf('/channel/');
  return index > 0 ? channelArn.slice(0, index) : null;
}

/** ListChannelMemberships of one channel, as a connection. */
export async function listChannelMemberships(
  ctx: RequestContext,
  channelArn: string,
  page: ForwardPage,
  filters: ChannelMembershipFilters,
) {
  return ctx.loaders.listChannelMemberships(messagingBearer(ctx), channelArn, page, filters);
}

/** DescribeChannelMembership of one member; null when they are not a member. */
export async function getChannelMembership(
  ctx: RequestContext,
  channelArn: string,
  memberArn: string,
): Promise<ChannelMembershipModel | null> {
  return ctx.loaders.channelMembership.load({ bearer: messagingBearer(ctx), channelArn, userArn: memberArn });
}

/** What DescribeChannelMembership adds to a listed membership (one call per member and request). */
export async function getChannelMembershipDetails(
  ctx: RequestContext,
  membership: ChannelMembershipModel,
): Promise<ChannelMembershipDetailsModel | null> {
  const memberArn = membership.member?.arn;
  if (!memberArn) return null;
  const key = { bearer: messagingBearer(ctx), channelArn: membership.channelArn, userArn: memberArn };
  return ctx.loaders.channelMembership.load(key);
}

/** ListChannelModerators of one channel, as a connection. */
export async function listChannelModerators(ctx: RequestContext, channelArn: string, page: ForwardPage) {
  return ctx.loaders.listChannelModerators(messagingBearer(ctx), channelArn, page);
}

/** DescribeChannelModerator of one moderator; null when they are not a moderator. */
export async function getChannelModerator(
  ctx: RequestContext,
  channelArn: string,
  moderatorArn: string,
): Promise<ChannelModeratorModel | null> {
  return ctx.loaders.channelModerator.load({
    bearer: messagingBearer(ctx),
    channelArn,
    userArn: moderatorArn,
  });
}

/** What DescribeChannelModerator adds to a listed moderator (one call per moderator and request). */
export async function getChannelModeratorDetails(
  ctx: RequestContext,
  moderator: ChannelModeratorModel,
): Promise<ChannelModeratorDetailsModel | null> {
  const moderatorArn = moderator.moderator?.arn;
  if (!moderatorArn) return null;
  const key = { bearer: messagingBearer(ctx), channelArn: moderator.channelArn, userArn: moderatorArn };
  return ctx.loaders.channelModerator.load(key);
}

/** ListChannelMessages of one channel, as a connection (the service's default order is newest first). */
export async function listChannelMessages(
  ctx: RequestContext,
  channelArn: string,
  page: ForwardPage,
  filters: ChannelMessageFilters,
) {
  return ctx.loaders.listChannelMessages(messagingBearer(ctx), channelArn, page, filters);
}

/** GetChannelMessage, or the message a list of this request brought; null when there is none. */
export async function getChannelMessage(
  ctx: RequestContext,
  channelArn: string,
  messageId: string,
): Promise<ChannelMessageModel | null> {
  return ctx.loaders.channelMessage.load({ bearer: messagingBearer(ctx), channelArn, messageId });
}

/** ListChannelBans of one channel, as a connection (moderators' business). */
export async function listChannelBans(ctx: RequestContext, channelArn: string, page: ForwardPage) {
  return ctx.loaders.listChannelBans(messagingBearer(ctx), channelArn, page);
}

/** DescribeChannelBan of one user; null when they are not banned. */
export async function getChannelBan(
  ctx: RequestContext,
  channelArn: string,
  memberArn: string,
): Promise<ChannelBanModel | null> {
  return ctx.loaders.channelBan.load({ bearer: messagingBearer(ctx), channelArn, userArn: memberArn });
}

/** What DescribeChannelBan adds to a listed ban (one call per ban and request). */
export async function getChannelBanDetails(
  ctx: RequestContext,
  ban: ChannelBanModel,
): Promise<ChannelBanDetailsModel | null> {
  const memberArn = ban.member?.arn;
  if (!memberArn) return null;
  return ctx.loaders.channelBan.load({
    bearer: messagingBearer(ctx),
    channelArn: ban.channelArn,
    userArn: memberArn,
  });
}

/** ListChannelMembershipsForAppInstanceUser: the channels a user is a member of, as a connection. */
export async function listUserChannelMemberships(ctx: RequestContext, userArn: string, page: ForwardPage) {
  return ctx.loaders.listUserChannelMemberships(messagingBearer(ctx), userArn, page);
}

/** DescribeChannelMembershipForAppInstanceUser, or what a list of the user's brought; null when not a member. */
export async function getUserChannelMembership(
  ctx: RequestContext,
  userArn: string,
  channelArn: string,
): Promise<UserChannelMembershipModel | null> {
  return ctx.loaders.userChannelMembership.load({ bearer: messagingBearer(ctx), channelArn, userArn });
}

/** ListChannelsModeratedByAppInstanceUser: the channels a user moderates, as a connection. */
export async function listModeratedChannels(ctx: RequestContext, userArn: string, page: ForwardPage) {
  return ctx.loaders.listModeratedChannels(messagingBearer(ctx), userArn, page);
}

/** DescribeChannelModeratedByAppInstanceUser, or what a list of the user's brought; null when not a moderator. */
export async function getModeratedChannel(
  ctx: RequestContext,
  userArn: string,
  channelArn: string,
): Promise<ChannelModel | null> {
  return ctx.loaders.moderatedChannel.load({ bearer: messagingBearer(ctx), channelArn, userArn });
}

/**
 * GetMessagingSessionEndpoint. The call itself takes no bearer, but only a caller with one can open
 * a session there, so the field asks for it as every messaging field does.
 */
export async function getMessagingSessionEndpoint(
  ctx: RequestContext,
): Promise<MessagingSessionEndpointModel | null> {
  messagingBearer(ctx);
  return ctx.loaders.messagingSessionEndpoint.load('endpoint');
}
