import type { Channel, ChannelSummary } from '../../chime/shapes/channel.ts';
import type { RequestContext } from '../../context.ts';
import type { ChannelFilters } from '../../loaders/channels.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';
import { mapConnection } from '../shared/connection.ts';
import { knownValue } from '../shared/enums.ts';
import { messagingBearer } from '../shared/messaging-bearer.ts';
import { epochTimestamp } from '../shared/timestamps.ts';
import {
  CHANNEL_MODES,
  CHANNEL_PRIVACIES,
  type ChannelMode,
  type ChannelPrivacy,
  EXPIRATION_CRITERIA,
  type ExpirationCriterion,
} from './enums.ts';
import { type IdentityModel, toIdentity } from './identities.ts';

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

/** Maps an upstream channel summary (or a whole channel: it has every summary member). */
export function toChannel(channel: ChannelSummary): ChannelModel {
  return {
    channelArn: channel.ChannelArn,
    name: channel.Name ?? null,
    mode: knownValue(CHANNEL_MODES, channel.Mode),
    privacy: knownValue(CHANNEL_PRIVACIES, channel.Privacy),
    metadata: channel.Metadata ?? null,
    lastMessageTimestamp: epochTimestamp(channel.LastMessageTimestamp),
  };
}

/** Maps upstream expiration settings; null when absent or of a criterion this gateway does not know. */
export function toExpirationSettings(
  settings: Channel['ExpirationSettings'] | null | undefined,
): ExpirationSettingsModel | null {
  const criterion = knownValue(EXPIRATION_CRITERIA, settings?.ExpirationCriterion);
  return settings && criterion
    ? { expirationDays: settings.ExpirationDays, expirationCriterion: criterion }
    : null;
}

/** Maps what DescribeChannel adds to a summary. */
export function toChannelDetails(channel: Channel): ChannelDetailsModel {
  return {
    createdBy: toIdentity(channel.CreatedBy),
    createdTimestamp: epochTimestamp(channel.CreatedTimestamp),
    lastUpdatedTimestamp: epochTimestamp(channel.LastUpdatedTimestamp),
    expirationSettings: toExpirationSettings(channel.ExpirationSettings),
  };
}

/** A channel: from a list of this request if one brought it, else DescribeChannel; null when unknown. */
export async function getChannel(ctx: RequestContext, channelArn: string): Promise<ChannelModel | null> {
  const channel = await ctx.loaders.channelSummary.load({ bearer: messagingBearer(ctx), channelArn });
  return channel && toChannel(channel);
}

/** DescribeChannel's details of a channel (at most one call per channel and request); null when unknown. */
export async function getChannelDetails(
  ctx: RequestContext,
  channelArn: string,
): Promise<ChannelDetailsModel | null> {
  const channel = await ctx.loaders.channel.load({ bearer: messagingBearer(ctx), channelArn });
  return channel && toChannelDetails(channel);
}

/** ListChannels of one app instance, as the bearer sees them, as a connection. */
export async function listChannels(
  ctx: RequestContext,
  appInstanceArn: string,
  page: ForwardPage,
  filters: ChannelFilters,
) {
  const bearer = messagingBearer(ctx);
  return mapConnection(await ctx.loaders.listChannels(bearer, appInstanceArn, page, filters), toChannel);
}

/** The app instance a channel belongs to, read from its ARN (`<app instance ARN>/channel/<id>`). */
export function appInstanceArnOfChannel(channelArn: string): string | null {
  const index = channelArn.lastIndexOf('/channel/');
  return index > 0 ? channelArn.slice(0, index) : null;
}
