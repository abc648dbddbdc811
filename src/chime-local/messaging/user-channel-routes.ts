import { forbidden, notFound } from '../errors.ts';
import type { LocalRequest, Route } from '../router.ts';
import { requiredString } from '../validate.ts';
import { authenticate, type Bearer, userOfInstance, visibleChannel } from './access.ts';
import { channelSummary } from './channel-routes.ts';
import { pageRequest } from './list-page.ts';
import { ARN_RULE } from './rules.ts';
import type { ChannelRecord } from './state.ts';

/** The lists of one user's channels answer at most this many per page. */
const MAX_CHANNELS = 50;

/**
 * The bearer and the user named by `app-instance-user-arn` (the bearer when absent in a list):
 * a user of the bearer's AppInstance (404 otherwise), asked about by themselves or by an
 * AppInstanceAdmin (403 otherwise).
 */
function userAskedAbout(request: LocalRequest, required: boolean): { bearer: Bearer; userArn: string } {
  const bearer = authenticate(request);
  const given = request.query.get('app-instance-user-arn') ?? undefined;
  const userArn =
    given === undefined && !required
      ? bearer.identity.Arn
      : requiredString(given, 'AppInstanceUserArn', ARN_RULE);
  userOfInstance(request, bearer, userArn, 'AppInstanceUserArn');
  if (userArn !== bearer.identity.Arn && !bearer.isAdmin)
    throw forbidden(
      `${bearer.identity.Arn} cannot read the channels of ${userArn}: only that user or an AppInstanceAdmin can`,
    );
  return { bearer, userArn };
}

/** A channel with `userArn`'s membership of it, as the user's channel lists tell it. */
function membershipSummary(channel: ChannelRecord, userArn: string) {
  const membership = channel.memberships.get(userArn);
  const readMarker = channel.readMarkers.get(userArn);
  return {
    ChannelSummary: channelSummary(channel.channel),
    AppInstanceUserMembershipSummary: {
      Type: membership?.Type,
      ...(readMarker === undefined ? {} : { ReadMarkerTimestamp: readMarker }),
    },
  };
}

/** One page of the bearer's AppInstance's channels that `keep` selects, under `listName`. */
function userChannelPage(
  request: LocalRequest,
  bearer: Bearer,
  scope: string,
  listName: string,
  keep: (channel: ChannelRecord) => boolean,
  summarize: (channel: ChannelRecord) => unknown,
) {
  const paging = pageRequest(request.query, MAX_CHANNELS);
  const appInstanceArn = bearer.appInstance.appInstance.AppInstanceArn;
  const channels = [...request.store.messaging.channels.values()]
    .filter((channel) => channel.appInstanceArn === appInstanceArn && keep(channel))
    .map(summarize);
  const page = request.store.paginator.page(channels, paging.maxResults, paging.nextToken, scope);
  return { [listName]: page.items, NextToken: page.nextToken };
}

/** The channels one AppInstanceUser is a member of, or moderates. */
export const userChannelRoutes: Route[] = [
  {
    operation: 'DescribeChannelMembershipForAppInstanceUser',
    method: 'GET',
    path: '/channels/{ChannelArn}',
    query: { scope: 'app-instance-user-membership' },
    handle(request) {
      const { bearer, userArn } = userAskedAbout(request, true);
      const channel = visibleChannel(request, bearer);
      if (!channel.memberships.has(userArn))
        throw notFound(`${userArn} is not a member of channel ${channel.channel.ChannelArn}`);
      return { body: { ChannelMembership: membershipSummary(channel, userArn) } };
    },
  },
  {
    operation: 'ListChannelMembershipsForAppInstanceUser',
    method: 'GET',
    path: '/channels',
    query: { scope: 'app-instance-user-memberships' },
    handle(request) {
      const { bearer, userArn } = userAskedAbout(request, false);
      const body = userChannelPage(
        request,
        bearer,
        `ListChannelMembershipsForAppInstanceUser:${userArn}`,
        'ChannelMemberships',
        (channel) => channel.memberships.has(userArn),
        (channel) => membershipSummary(channel, userArn),
      );
      return { body };
    },
  },
  {
    operation: 'DescribeChannelModeratedByAppInstanceUser',
    method: 'GET',
    path: '/channels/{ChannelArn}',
    query: { scope: 'app-instance-user-moderated-channel' },
    handle(request) {
      const { bearer, userArn } = userAskedAbout(request, true);
      const channel = visibleChannel(request, bearer);
      if (!channel.moderators.has(userArn))
        throw notFound(`${userArn} is not a moderator of channel ${channel.channel.ChannelArn}`);
      return { body: { Channel: { ChannelSummary: channelSummary(channel.channel) } } };
    },
  },
  {
    operation: 'ListChannelsModeratedByAppInstanceUser',
    method: 'GET',
    path: '/channels',
    query: { scope: 'app-instance-user-moderated-channels' },
    handle(request) {
      const { bearer, userArn } = userAskedAbout(request, false);
      const body = userChannelPage(
        request,
        bearer,
        `ListChannelsModeratedByAppInstanceUser:${userArn}`,
        'Channels',
        (channel) => channel.moderators.has(userArn),
        (channel) => ({ ChannelSummary: channelSummary(channel.channel) }),
      );
      return { body };
    },
  },
];
