import { notFound } from '../errors.ts';
import type { LocalRequest, Route } from '../router.ts';
import { requiredString } from '../validate.ts';
import { authenticate, requireModerator, userOfInstance, visibleChannel } from './access.ts';
import { epochSeconds } from './clock.ts';
import { channelListBody, pageRequest } from './list-page.ts';
import { ARN_RULE } from './rules.ts';

/** ListChannelBans answers at most this many bans per page. */
const MAX_BANS = 50;

/** The channel of a ban request and its MemberArn path label, both checked; bans are moderators' business. */
function moderatedBan(request: LocalRequest) {
  const bearer = authenticate(request);
  const memberArn = requiredString(request.params.MemberArn, 'MemberArn', ARN_RULE);
  const channel = visibleChannel(request, bearer);
  requireModerator(channel, bearer, request.operation);
  return { channel, memberArn };
}

/** Channel bans: a banned user is no longer a member and cannot be added again until the ban is deleted. */
export const banRoutes: Route[] = [
  {
    operation: 'CreateChannelBan',
    method: 'POST',
    path: '/channels/{ChannelArn}/bans',
    handle(request) {
      const bearer = authenticate(request);
      const memberArn = requiredString(request.body.MemberArn, 'MemberArn', ARN_RULE);
      const channel = visibleChannel(request, bearer);
      requireModerator(channel, bearer, 'CreateChannelBan');
      const member = userOfInstance(request, bearer, memberArn, 'MemberArn');
      request.store.messaging.addBan(channel, member, bearer.identity, epochSeconds(request.store));
      return { status: 201, body: { ChannelArn: channel.channel.ChannelArn, Member: member } };
    },
  },
  {
    operation: 'DescribeChannelBan',
    method: 'GET',
    path: '/channels/{ChannelArn}/bans/{MemberArn}',
    handle(request) {
      const { channel, memberArn } = moderatedBan(request);
      const ban = channel.bans.get(memberArn);
      if (!ban) throw notFound(`${memberArn} is not banned from channel ${channel.channel.ChannelArn}`);
      return { body: { ChannelBan: ban } };
    },
  },
  {
    operation: 'ListChannelBans',
    method: 'GET',
    path: '/channels/{ChannelArn}/bans',
    handle(request) {
      const { query, store } = request;
      const bearer = authenticate(request);
      const paging = pageRequest(query, MAX_BANS);
      const channel = visibleChannel(request, bearer);
      requireModerator(channel, bearer, 'ListChannelBans');
      const bans = [...channel.bans.values()].map((ban) => ({ Member: ban.Member }));
      const scope = `ListChannelBans:${channel.channel.ChannelArn}`;
      return { body: channelListBody(store, channel, 'ChannelBans', bans, paging, scope) };
    },
  },
  {
    operation: 'DeleteChannelBan',
    method: 'DELETE',
    path: '/channels/{ChannelArn}/bans/{MemberArn}',
    handle(request) {
      const { channel, memberArn } = moderatedBan(request);
      // The reference lists no NotFound: lifting a ban that is not there succeeds.
      channel.bans.delete(memberArn);
      return { status: 204 };
    },
  },
];
