import {
  type ChannelRoleMutationResult,
  createChannelMembership,
  createChannelModerator,
  deleteChannelMembership,
  deleteChannelModerator,
} from '../../resolvers/channels/membership-commands.ts';
import { getChannelMembership, getChannelModerator } from '../../resolvers/channels/memberships.ts';
import { builder } from '../builder.ts';
import { ChannelMembershipTypeEnum } from './enums.ts';
import { ChannelMembershipRef, ChannelModeratorRef } from './membership.ts';
import { channelPayload } from './payload.ts';

// Nullable payloads, as for every mutation beyond the contract's (see channel-mutations.ts).

const CreateChannelMembershipInput = builder.inputType('CreateChannelMembershipInput', {
  fields: (t) => ({
    channelArn: t.string({ required: true }),
    memberArn: t.string({ required: true, description: 'An app instance user of the same app instance.' }),
    type: t.field({
      type: ChannelMembershipTypeEnum,
      description: 'DEFAULT unless said; only moderators add HIDDEN members.',
    }),
  }),
});

const ChannelMemberInput = builder.inputType('DeleteChannelMembershipInput', {
  fields: (t) => ({ channelArn: t.string({ required: true }), memberArn: t.string({ required: true }) }),
});

const moderatorInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      channelArn: t.string({ required: true }),
      channelModeratorArn: t.string({ required: true }),
    }),
  });

/** A payload with the channel, the user it names (`userField`), and optionally the role as it now is. */
function rolePayload(
  name: string,
  userField: 'memberArn' | 'channelModeratorArn',
  role?: 'membership' | 'moderator',
) {
  const ref = channelPayload<ChannelRoleMutationResult>(name, `What ${name.replace(/Payload$/, '')} did.`);
  builder.objectFields(ref, (t) => ({
    [userField]: t.string({ nullable: true, resolve: (payload) => payload.userArn }),
    ...(role === 'membership' && {
      membership: t.field({
        type: ChannelMembershipRef,
        nullable: true,
        description: 'The membership as it now is.',
        resolve: (payload, _args, ctx) =>
          payload.channelArn && payload.userArn
            ? getChannelMembership(ctx, payload.channelArn, payload.userArn)
            : null,
      }),
    }),
    ...(role === 'moderator' && {
      moderator: t.field({
        type: ChannelModeratorRef,
        nullable: true,
        description: 'The moderator as it now is.',
        resolve: (payload, _args, ctx) =>
          payload.channelArn && payload.userArn
            ? getChannelModerator(ctx, payload.channelArn, payload.userArn)
            : null,
      }),
    }),
  }));
  return ref;
}

builder.mutationFields((t) => ({
  createChannelMembership: t.field({
    type: rolePayload('CreateChannelMembershipPayload', 'memberArn', 'membership'),
    nullable: true,
    description:
      'Adds a user to a channel (CreateChannelMembership): moderators add anyone; in an UNRESTRICTED ' +
      'channel members add others and users join a PUBLIC one themselves.',
    args: { input: t.arg({ type: CreateChannelMembershipInput, required: true }) },
    resolve: (_root, { input }, ctx) => createChannelMembership(ctx, input),
  }),
  deleteChannelMembership: t.field({
    type: rolePayload('DeleteChannelMembershipPayload', 'memberArn'),
    nullable: true,
    description: 'Removes a member from a channel: members leave, moderators remove others.',
    args: { input: t.arg({ type: ChannelMemberInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteChannelMembership(ctx, input),
  }),
  createChannelModerator: t.field({
    type: rolePayload('CreateChannelModeratorPayload', 'channelModeratorArn', 'moderator'),
    nullable: true,
    description: "Makes a user a moderator of a channel (CreateChannelModerator; moderators' call).",
    args: { input: t.arg({ type: moderatorInput('CreateChannelModeratorInput'), required: true }) },
    resolve: (_root, { input }, ctx) => createChannelModerator(ctx, input),
  }),
  deleteChannelModerator: t.field({
    type: rolePayload('DeleteChannelModeratorPayload', 'channelModeratorArn'),
    nullable: true,
    description: "Takes a user's moderator role away (DeleteChannelModerator; moderators' call).",
    args: { input: t.arg({ type: moderatorInput('DeleteChannelModeratorInput'), required: true }) },
    resolve: (_root, { input }, ctx) => deleteChannelModerator(ctx, input),
  }),
}));
