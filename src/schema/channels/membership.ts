import {
  type ChannelMembershipModel,
  type ChannelModeratorModel,
  getChannelMembershipDetails,
  getChannelModeratorDetails,
} from '../../resolvers/channels/memberships.ts';
import { builder } from '../builder.ts';
import { ChannelMembershipTypeEnum } from './enums.ts';
import { IdentityRef } from './identity.ts';

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
