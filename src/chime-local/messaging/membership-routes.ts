import { forbidden, notFound, ServiceError } from '../errors.ts';
import type { LocalRequest, Route } from '../router.ts';
import { optionalEnum, requiredArray, requiredEnum, requiredString } from '../validate.ts';
import {
  authenticate,
  type Bearer,
  canModerate,
  isParticipant,
  requireModerator,
  userOfInstance,
  visibleChannel,
} from './access.ts';
import { epochSeconds } from './clock.ts';
import { channelListBody, pageRequest } from './list-page.ts';
import { ARN_RULE } from './rules.ts';
import type { ChannelRecord } from './state.ts';
import { type Identity, MEMBERSHIP_TYPES, type MembershipType } from './wire.ts';

/** ListChannelMemberships and ListChannelModerators answer at most this many per page. */
const MAX_RESULTS = 50;

/** BatchCreateChannelMembership adds 1 to this many members at once. */
const MAX_BATCH_MEMBERS = 100;

/**
 * Throws 403 unless the bearer may add `memberArn` to `channel` as `type`: moderators
 * add anyone; HIDDEN memberships and RESTRICTED channels are theirs alone; in an
 * UNRESTRICTED channel participants add anyone, and any user may join a PUBLIC one.
 */
function requireMayAddMember(
  channel: ChannelRecord,
  bearer: Bearer,
  memberArn: string,
  type: MembershipType,
) {
  if (canModerate(channel, bearer)) return;
  const refuse = (why: string) =>
    forbidden(`${bearer.identity.Arn} cannot add members to channel ${channel.channel.ChannelArn}: ${why}`);
  if (type === 'HIDDEN') throw refuse('only moderators can add HIDDEN members');
  if (channel.channel.Mode === 'RESTRICTED') throw refuse('the channel is RESTRICTED to moderators');
  if (isParticipant(channel, bearer) || memberArn === bearer.identity.Arn) return;
  throw refuse('only members and moderators add other users');
}

/** The ChannelModeratorArn in the path of a request about one moderator, checked. */
const moderatorArnParam = (request: LocalRequest) =>
  requiredString(request.params.ChannelModeratorArn, 'ChannelModeratorArn', ARN_RULE);

const notMember = (channel: ChannelRecord, arn: string) =>
  notFound(`${arn} is not a member of channel ${channel.channel.ChannelArn}`);

const notModerator = (channel: ChannelRecord, arn: string) =>
  notFound(`${arn} is not a moderator of channel ${channel.channel.ChannelArn}`);

/** Channel memberships (one or a batch), read markers and moderators. */
export const membershipRoutes: Route[] = [
  {
    operation: 'CreateChannelMembership',
    method: 'POST',
    path: '/channels/{ChannelArn}/memberships',
    handle(request) {
      const bearer = authenticate(request);
      const memberArn = requiredString(request.body.MemberArn, 'MemberArn', ARN_RULE);
      const type = requiredEnum(request.body.Type, 'Type', MEMBERSHIP_TYPES);
      const channel = visibleChannel(request, bearer);
      const member = userOfInstance(request, bearer, memberArn, 'MemberArn');
      requireMayAddMember(channel, bearer, memberArn, type);
      request.store.messaging.addMembership(
        channel,
        member,
        bearer.identity,
        type,
        epochSeconds(request.store),
      );
      return { status: 201, body: { ChannelArn: channel.channel.ChannelArn, Member: member } };
    },
  },
  {
    operation: 'BatchCreateChannelMembership',
    method: 'POST',
    path: '/channels/{ChannelArn}/memberships',
    query: { operation: 'batch-create' },
    handle(request) {
      const bearer = authenticate(request);
      const memberArns = requiredArray(request.body.MemberArns, 'MemberArns', {
        min: 1,
        max: MAX_BATCH_MEMBERS,
      }).map((arn, index) => requiredString(arn, `MemberArns[${index}]`, ARN_RULE));
      const type = optionalEnum(request.body.Type, 'Type', MEMBERSHIP_TYPES) ?? 'DEFAULT';
      const channel = visibleChannel(request, bearer);
      const timestamp = epochSeconds(request.store);
      const members: Identity[] = [];
      const errors: { MemberArn: string; ErrorCode: string; ErrorMessage: string }[] = [];
      // Each member is added or refused on its own, for the reasons CreateChannelMembership
      // would refuse it; the refusals come back as errors beside the members added.
      for (const memberArn of memberArns) {
        try {
          const member = userOfInstance(request, bearer, memberArn, 'MemberArn');
          requireMayAddMember(channel, bearer, memberArn, type);
          request.store.messaging.addMembership(channel, member, bearer.identity, type, timestamp);
          members.push(member);
        } catch (error) {
          if (!(error instanceof ServiceError)) throw error;
          errors.push({
            MemberArn: memberArn,
            ErrorCode: error.code.replace(/Exception$/, ''),
            ErrorMessage: error.message,
          });
        }
      }
      return {
        body: {
          BatchChannelMemberships: {
            ChannelArn: channel.channel.ChannelArn,
            InvitedBy: bearer.identity,
            Members: members,
            Type: type,
          },
          Errors: errors,
        },
      };
    },
  },
  {
    operation: 'DescribeChannelMembership',
    method: 'GET',
    path: '/channels/{ChannelArn}/memberships/{MemberArn}',
    handle(request) {
      const bearer = authenticate(request);
      const memberArn = requiredString(request.params.MemberArn, 'MemberArn', ARN_RULE);
      const channel = visibleChannel(request, bearer);
      const membership = channel.memberships.get(memberArn);
      if (!membership) throw notMember(channel, memberArn);
      return { body: { ChannelMembership: membership } };
    },
  },
  {
    operation: 'ListChannelMemberships',
    method: 'GET',
    path: '/channels/{ChannelArn}/memberships',
    handle(request) {
      const { query, store } = request;
      const bearer = authenticate(request);
      const type = optionalEnum(query.get('type') ?? undefined, 'Type', MEMBERSHIP_TYPES);
      const paging = pageRequest(query, MAX_RESULTS);
      const channel = visibleChannel(request, bearer);
      // DEFAULT members are always listed; HIDDEN ones only when the filter asks for HIDDEN.
      const memberships = [...channel.memberships.values()]
        .filter((membership) => type === 'HIDDEN' || membership.Type === 'DEFAULT')
        .map((membership) => ({ Member: membership.Member }));
      const scope = `ListChannelMemberships:${channel.channel.ChannelArn}:${type ?? ''}`;
      return { body: channelListBody(store, channel, 'ChannelMemberships', memberships, paging, scope) };
    },
  },
  {
    operation: 'DeleteChannelMembership',
    method: 'DELETE',
    path: '/channels/{ChannelArn}/memberships/{MemberArn}',
    handle(request) {
      const bearer = authenticate(request);
      const memberArn = requiredString(request.params.MemberArn, 'MemberArn', ARN_RULE);
      const channel = visibleChannel(request, bearer);
      // Members may leave; removing someone else is a moderator's call.
      if (memberArn !== bearer.identity.Arn) requireModerator(channel, bearer, 'Removing another member');
      if (!channel.memberships.delete(memberArn)) throw notMember(channel, memberArn);
      channel.readMarkers.delete(memberArn);
      return { status: 204 };
    },
  },
  {
    operation: 'UpdateChannelReadMarker',
    method: 'PUT',
    path: '/channels/{ChannelArn}/readMarker',
    handle(request) {
      const bearer = authenticate(request);
      const channel = visibleChannel(request, bearer);
      // The marker is part of a membership (see ListChannelMembershipsForAppInstanceUser).
      if (!channel.memberships.has(bearer.identity.Arn))
        throw forbidden(
          `${bearer.identity.Arn} is not a member of channel ${channel.channel.ChannelArn}: only members mark it read`,
        );
      channel.readMarkers.set(bearer.identity.Arn, epochSeconds(request.store));
      return { body: { ChannelArn: channel.channel.ChannelArn } };
    },
  },
  {
    operation: 'CreateChannelModerator',
    method: 'POST',
    path: '/channels/{ChannelArn}/moderators',
    handle(request) {
      const bearer = authenticate(request);
      const moderatorArn = requiredString(request.body.ChannelModeratorArn, 'ChannelModeratorArn', ARN_RULE);
      const channel = visibleChannel(request, bearer);
      requireModerator(channel, bearer, 'CreateChannelModerator');
      const moderator = userOfInstance(request, bearer, moderatorArn, 'ChannelModeratorArn');
      request.store.messaging.addModerator(channel, moderator, bearer.identity, epochSeconds(request.store));
      return { status: 201, body: { ChannelArn: channel.channel.ChannelArn, ChannelModerator: moderator } };
    },
  },
  {
    operation: 'DescribeChannelModerator',
    method: 'GET',
    path: '/channels/{ChannelArn}/moderators/{ChannelModeratorArn}',
    handle(request) {
      const bearer = authenticate(request);
      const moderatorArn = moderatorArnParam(request);
      const channel = visibleChannel(request, bearer);
      const moderator = channel.moderators.get(moderatorArn);
      if (!moderator) throw notModerator(channel, moderatorArn);
      return { body: { ChannelModerator: moderator } };
    },
  },
  {
    operation: 'ListChannelModerators',
    method: 'GET',
    path: '/channels/{ChannelArn}/moderators',
    handle(request) {
      const { query, store } = request;
      const bearer = authenticate(request);
      const paging = pageRequest(query, MAX_RESULTS);
      const channel = visibleChannel(request, bearer);
      const moderators = [...channel.moderators.values()].map((moderator) => ({
        Moderator: moderator.Moderator,
      }));
      const scope = `ListChannelModerators:${channel.channel.ChannelArn}`;
      return { body: channelListBody(store, channel, 'ChannelModerators', moderators, paging, scope) };
    },
  },
  {
    operation: 'DeleteChannelModerator',
    method: 'DELETE',
    path: '/channels/{ChannelArn}/moderators/{ChannelModeratorArn}',
    handle(request) {
      const bearer = authenticate(request);
      const moderatorArn = moderatorArnParam(request);
      const channel = visibleChannel(request, bearer);
      requireModerator(channel, bearer, 'DeleteChannelModerator');
      if (!channel.moderators.delete(moderatorArn)) throw notModerator(channel, moderatorArn);
      return { status: 204 };
    },
  },
];
