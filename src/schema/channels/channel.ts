import type { RequestContext } from '../../context.ts';
import type {
  ChannelBanModel,
  ChannelDetailsModel,
  ChannelMembershipModel,
  ChannelMessageModel,
  ChannelModel,
  ChannelModeratorModel,
  ExpirationSettingsModel,
  IdentityModel,
  UserChannelMembershipModel,
} from '../../loaders/channels.ts';
import {
  getChannel,
  getChannelBan,
  getChannelBanDetails,
  getChannelDetails,
  getChannelMembership,
  getChannelMembershipDetails,
  getChannelMessage,
  getChannelModerator,
  getChannelModeratorDetails,
  getUserChannelMembership,
  listChannelBans,
  listChannelMemberships,
  listChannelMessages,
  listChannelModerators,
  listChannels,
} from '../../resolvers/channels/reads.ts';
import { builder } from '../builder.ts';
import { forwardPageArgs } from '../shared/connection.ts';
import { fromParentId, loadWithChildren } from '../shared/look-ahead.ts';
import {
  ChannelMembershipTypeEnum,
  ChannelMessagePersistenceEnum,
  ChannelMessageTypeEnum,
  ChannelModeEnum,
  ChannelPrivacyEnum,
  ExpirationCriterionEnum,
  SortOrderEnum,
} from './enums.ts';

export const IdentityRef = builder.objectRef<IdentityModel>('Identity');
IdentityRef.implement({
  description: 'An app instance user (or bot) as messaging records cite it.',
  fields: (t) => ({
    arn: t.exposeString('arn', { nullable: true }),
    name: t.exposeString('name', { nullable: true }),
  }),
});

export const ChannelMembershipRef = builder.objectRef<ChannelMembershipModel>('ChannelMembership');
ChannelMembershipRef.implement({
  description:
    "A user's membership of a channel. `member` comes with the list; the other fields with one " +
    'DescribeChannelMembership per member, made only when asked for.',
  fields: (t) => ({
    member: t.expose('member', { type: IdentityRef, nullable: true }),
    type: t.field({
      type: ChannelMembershipTypeEnum,
      nullable: true,
      resolve: async (membership, _args, ctx) =>
        membership.knownType ?? (await getChannelMembershipDetails(ctx, membership))?.type ?? null,
    }),
    invitedBy: t.field({
      type: IdentityRef,
      nullable: true,
      resolve: async (membership, _args, ctx) =>
        (await getChannelMembershipDetails(ctx, membership))?.invitedBy ?? null,
    }),
    createdTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: async (membership, _args, ctx) =>
        (await getChannelMembershipDetails(ctx, membership))?.createdTimestamp ?? null,
    }),
    lastUpdatedTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: async (membership, _args, ctx) =>
        (await getChannelMembershipDetails(ctx, membership))?.lastUpdatedTimestamp ?? null,
    }),
    readMarkerTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        "When the member last marked the channel read; null if never. Read from the member's side " +
        '(DescribeChannelMembershipForAppInstanceUser), which only the member or an AppInstanceAdmin may read.',
      resolve: async (membership, _args, ctx) =>
        membership.member?.arn
          ? ((await getUserChannelMembership(ctx, membership.member.arn, membership.channelArn))
              ?.readMarkerTimestamp ?? null)
          : null,
    }),
  }),
});

export const ChannelMembershipConnection = builder.connectionObject({
  type: ChannelMembershipRef,
  name: 'ChannelMembershipConnection',
});

export const ChannelModeratorRef = builder.objectRef<ChannelModeratorModel>('ChannelModerator');
ChannelModeratorRef.implement({
  description:
    "A user's moderator role in a channel. `moderator` comes with the list; the other fields with one " +
    'DescribeChannelModerator per moderator, made only when asked for.',
  fields: (t) => ({
    moderator: t.expose('moderator', { type: IdentityRef, nullable: true }),
    createdBy: t.field({
      type: IdentityRef,
      nullable: true,
      resolve: async (moderator, _args, ctx) =>
        (await getChannelModeratorDetails(ctx, moderator))?.createdBy ?? null,
    }),
    createdTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: async (moderator, _args, ctx) =>
        (await getChannelModeratorDetails(ctx, moderator))?.createdTimestamp ?? null,
    }),
  }),
});

export const ChannelModeratorConnection = builder.connectionObject({
  type: ChannelModeratorRef,
  name: 'ChannelModeratorConnection',
});

export const ChannelBanRef = builder.objectRef<ChannelBanModel>('ChannelBan');
ChannelBanRef.implement({
  description:
    'A user banned from a channel: no longer a member, and not to be added again until the ban is ' +
    'deleted. `member` comes with the list; the other fields with one DescribeChannelBan per ban, ' +
    'made only when asked for.',
  fields: (t) => ({
    member: t.expose('member', { type: IdentityRef, nullable: true }),
    createdBy: t.field({
      type: IdentityRef,
      nullable: true,
      resolve: async (ban, _args, ctx) => (await getChannelBanDetails(ctx, ban))?.createdBy ?? null,
    }),
    createdTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: async (ban, _args, ctx) => (await getChannelBanDetails(ctx, ban))?.createdTimestamp ?? null,
    }),
  }),
});

export const ChannelBanConnection = builder.connectionObject({
  type: ChannelBanRef,
  name: 'ChannelBanConnection',
});

export const ChannelMessageRef = builder.objectRef<ChannelMessageModel>('ChannelMessage');
ChannelMessageRef.implement({
  description: 'A message in a channel. A redacted message keeps its metadata and loses its content.',
  fields: (t) => ({
    messageId: t.exposeString('messageId'),
    content: t.exposeString('content', { nullable: true }),
    metadata: t.exposeString('metadata', { nullable: true }),
    type: t.expose('type', { type: ChannelMessageTypeEnum, nullable: true }),
    persistence: t.expose('persistence', {
      type: ChannelMessagePersistenceEnum,
      nullable: true,
      description:
        'Known for a message read on its own (Channel.message); lists carry persistent messages only.',
    }),
    sender: t.expose('sender', { type: IdentityRef, nullable: true }),
    redacted: t.exposeBoolean('redacted', { nullable: true }),
    createdTimestamp: t.expose('createdTimestamp', { type: 'DateTime', nullable: true }),
    lastEditedTimestamp: t.expose('lastEditedTimestamp', { type: 'DateTime', nullable: true }),
    lastUpdatedTimestamp: t.expose('lastUpdatedTimestamp', { type: 'DateTime', nullable: true }),
  }),
});

export const ChannelMessageConnection = builder.connectionObject({
  type: ChannelMessageRef,
  name: 'ChannelMessageConnection',
});

export const ChannelRef = builder.objectRef<ChannelModel>('Channel');

export const ExpirationSettingsRef = builder.objectRef<ExpirationSettingsModel>('ExpirationSettings');
ExpirationSettingsRef.implement({
  description: 'When a channel is deleted automatically: expirationDays after its expirationCriterion.',
  fields: (t) => ({
    expirationDays: t.exposeInt('expirationDays'),
    expirationCriterion: t.expose('expirationCriterion', { type: ExpirationCriterionEnum }),
  }),
});

export const ChannelConnection = builder.connectionObject({ type: ChannelRef, name: 'ChannelConnection' });

export const ChannelMembershipForAppInstanceUserRef = builder.objectRef<UserChannelMembershipModel>(
  'ChannelMembershipForAppInstanceUser',
);
ChannelMembershipForAppInstanceUserRef.implement({
  description:
    "A channel an app instance user is a member of, with that user's membership, as the user's " +
    'channel lists tell it (no call of its own).',
  fields: (t) => ({
    channel: t.expose('channel', { type: ChannelRef, nullable: true }),
    type: t.expose('type', { type: ChannelMembershipTypeEnum, nullable: true }),
    readMarkerTimestamp: t.expose('readMarkerTimestamp', {
      type: 'DateTime',
      nullable: true,
      description: 'When the user last marked the channel read (updateChannelReadMarker); null if never.',
    }),
  }),
});

export const ChannelMembershipForAppInstanceUserConnection = builder.connectionObject({
  type: ChannelMembershipForAppInstanceUserRef,
  name: 'ChannelMembershipForAppInstanceUserConnection',
});

// Fields that need only the channel's ARN start beside DescribeChannel under `channel(channelArn:)`.
const channelArnOf = (channel: ChannelModel) => channel.channelArn;

/** Resolves a field only DescribeChannel answers: one call per channel and request, and only when asked. */
const detail =
  <K extends keyof ChannelDetailsModel>(key: K) =>
  async (channel: ChannelModel, _args: object, ctx: RequestContext) =>
    (await getChannelDetails(ctx, channel.channelArn))?.[key] ?? null;

builder.node(ChannelRef, {
  description:
    'A channel of a Chime SDK messaging app instance, read as the configured app instance user ' +
    '(CHIME_BEARER_ARN). createdBy, createdTimestamp, lastUpdatedTimestamp and expirationSettings ' +
    'come from DescribeChannel, made only when one of them is asked for.',
  id: { resolve: (channel) => channel.channelArn },
  loadMany: (channelArns, ctx) => Promise.all(channelArns.map((channelArn) => getChannel(ctx, channelArn))),
  fields: (t) => ({
    channelArn: t.exposeString('channelArn'),
    name: t.exposeString('name', { nullable: true }),
    mode: t.expose('mode', { type: ChannelModeEnum, nullable: true }),
    privacy: t.expose('privacy', { type: ChannelPrivacyEnum, nullable: true }),
    metadata: t.exposeString('metadata', { nullable: true }),
    lastMessageTimestamp: t.expose('lastMessageTimestamp', { type: 'DateTime', nullable: true }),
    createdBy: t.field({ type: IdentityRef, nullable: true, resolve: detail('createdBy') }),
    createdTimestamp: t.field({ type: 'DateTime', nullable: true, resolve: detail('createdTimestamp') }),
    lastUpdatedTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: detail('lastUpdatedTimestamp'),
    }),
    expirationSettings: t.field({
      type: ExpirationSettingsRef,
      nullable: true,
      description: 'Null when the channel does not expire.',
      resolve: detail('expirationSettings'),
    }),
    memberships: t.field({
      type: ChannelMembershipConnection,
      nullable: true,
      description: 'The members; DEFAULT ones unless `type` asks for HIDDEN.',
      args: { ...forwardPageArgs, type: t.arg({ type: ChannelMembershipTypeEnum }) },
      ...fromParentId(channelArnOf, (channelArn, { type, ...page }, ctx) =>
        listChannelMemberships(ctx, channelArn, page, { type }),
      ),
    }),
    membership: t.field({
      type: ChannelMembershipRef,
      nullable: true,
      description: 'One member (DescribeChannelMembership); null when that user is not a member.',
      args: { memberArn: t.arg.string({ required: true }) },
      resolve: (channel, { memberArn }, ctx) => getChannelMembership(ctx, channel.channelArn, memberArn),
    }),
    messages: t.field({
      type: ChannelMessageConnection,
      nullable: true,
      description:
        'The persistent messages, newest first unless `sortOrder` says otherwise, optionally only those ' +
        'created within [notBefore, notAfter].',
      args: {
        ...forwardPageArgs,
        sortOrder: t.arg({ type: SortOrderEnum }),
        notBefore: t.arg({ type: 'DateTime' }),
        notAfter: t.arg({ type: 'DateTime' }),
      },
      ...fromParentId(channelArnOf, (channelArn, { sortOrder, notBefore, notAfter, ...page }, ctx) =>
        listChannelMessages(ctx, channelArn, page, { sortOrder, notBefore, notAfter }),
      ),
    }),
    message: t.field({
      type: ChannelMessageRef,
      nullable: true,
      description:
        'One message (GetChannelMessage, unless a list of this request brought it); null when unknown.',
      args: { messageId: t.arg.string({ required: true }) },
      resolve: (channel, { messageId }, ctx) => getChannelMessage(ctx, channel.channelArn, messageId),
    }),
    bans: t.field({
      type: ChannelBanConnection,
      nullable: true,
      description: "The users banned from the channel (ListChannelBans; moderators' read).",
      args: forwardPageArgs,
      ...fromParentId(channelArnOf, (channelArn, page, ctx) => listChannelBans(ctx, channelArn, page)),
    }),
    ban: t.field({
      type: ChannelBanRef,
      nullable: true,
      description: 'One ban (DescribeChannelBan); null when that user is not banned.',
      args: { memberArn: t.arg.string({ required: true }) },
      resolve: (channel, { memberArn }, ctx) => getChannelBan(ctx, channel.channelArn, memberArn),
    }),
    moderators: t.field({
      type: ChannelModeratorConnection,
      nullable: true,
      args: forwardPageArgs,
      ...fromParentId(channelArnOf, (channelArn, page, ctx) => listChannelModerators(ctx, channelArn, page)),
    }),
    moderator: t.field({
      type: ChannelModeratorRef,
      nullable: true,
      description: 'One moderator (DescribeChannelModerator); null when that user is not a moderator.',
      args: { moderatorArn: t.arg.string({ required: true }) },
      resolve: (channel, { moderatorArn }, ctx) => getChannelModerator(ctx, channel.channelArn, moderatorArn),
    }),
  }),
});

builder.queryFields((t) => ({
  channels: t.field({
    type: ChannelConnection,
    nullable: true,
    description:
      "An app instance's channels as the configured app instance user sees them: the public ones and " +
      'the private ones it takes part in; `privacy` narrows them (PRIVATE needs an AppInstanceAdmin).',
    args: {
      ...forwardPageArgs,
      appInstanceArn: t.arg.string({ required: true }),
      privacy: t.arg({ type: ChannelPrivacyEnum }),
    },
    resolve: (_root, { appInstanceArn, privacy, ...page }, ctx) =>
      listChannels(ctx, appInstanceArn, page, { privacy }),
  }),
  channel: t.field({
    type: ChannelRef,
    nullable: true,
    args: { channelArn: t.arg.string({ required: true }) },
    resolve: (_root, { channelArn }, ctx, info) =>
      loadWithChildren(channelArn, ctx, info, getChannel(ctx, channelArn)),
  }),
}));
