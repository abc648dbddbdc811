import {
  CreateChannelMembership,
  CreateChannelModerator,
  DeleteChannelMembership,
  DeleteChannelModerator,
} from '../chime/operations/channel-memberships.ts';
import type { RequestContext } from '../context.ts';
import { checkText, validateThenRun } from './input-rules.ts';
import { messagingBearer } from './messaging-bearer.ts';
import type { ChannelMembershipType } from './messaging-enums.ts';
import { ARN_RULE } from './messaging-rules.ts';
import type { MutationResult } from './user-errors.ts';

/**
 * What a membership or moderator mutation answers: the channel and the user it changed.
 * The payload's objects are read through the request's loaders, which the mutation has
 * cleared (or primed with null for a removal), so they show the state it left.
 */
export type ChannelRoleMutationResult = MutationResult<{ channelArn: string; userArn: string }>;

/** Input of `createChannelMembership`; `type` is DEFAULT unless said. */
export interface CreateChannelMembershipInput {
  channelArn: string;
  memberArn: string;
  type?: ChannelMembershipType | null;
}

const noRole = { channelArn: null, userArn: null };

/** Checks a channel ARN and a user ARN (field `userField`) against the reference's ARN rule. */
const checkArns = (channelArn: string, userArn: string, userField: string) => [
  ...checkText(channelArn, ['input', 'channelArn'], ARN_RULE),
  ...checkText(userArn, ['input', userField], ARN_RULE),
];

/** CreateChannelMembership. Changes: the membership (new). */
export function createChannelMembership(
  ctx: RequestContext,
  input: CreateChannelMembershipInput,
): Promise<ChannelRoleMutationResult> {
  const bearer = messagingBearer(ctx);
  return validateThenRun(checkArns(input.channelArn, input.memberArn, 'memberArn'), noRole, async () => {
    await ctx.client.send(CreateChannelMembership, {
      ChimeBearer: bearer,
      ChannelArn: input.channelArn,
      MemberArn: input.memberArn,
      Type: input.type ?? 'DEFAULT',
    });
    ctx.loaders.channelMembership.clear({ bearer, channelArn: input.channelArn, userArn: input.memberArn });
    return { channelArn: input.channelArn, userArn: input.memberArn };
  });
}

/** DeleteChannelMembership (a member leaving, or a moderator removing them). Changes: the membership (gone). */
export function deleteChannelMembership(
  ctx: RequestContext,
  input: { channelArn: string; memberArn: string },
): Promise<ChannelRoleMutationResult> {
  const bearer = messagingBearer(ctx);
  return validateThenRun(checkArns(input.channelArn, input.memberArn, 'memberArn'), noRole, async () => {
    await ctx.client.send(DeleteChannelMembership, {
      ChimeBearer: bearer,
      ChannelArn: input.channelArn,
      MemberArn: input.memberArn,
    });
    const key = { bearer, channelArn: input.channelArn, userArn: input.memberArn };
    ctx.loaders.channelMembership.clear(key).prime(key, null);
    return { channelArn: input.channelArn, userArn: input.memberArn };
  });
}

/** CreateChannelModerator. Changes: the moderator (new). */
export function createChannelModerator(
  ctx: RequestContext,
  input: { channelArn: string; channelModeratorArn: string },
): Promise<ChannelRoleMutationResult> {
  const bearer = messagingBearer(ctx);
  return validateThenRun(
    checkArns(input.channelArn, input.channelModeratorArn, 'channelModeratorArn'),
    noRole,
    async () => {
      await ctx.client.send(CreateChannelModerator, {
        ChimeBearer: bearer,
        ChannelArn: input.channelArn,
        ChannelModeratorArn: input.channelModeratorArn,
      });
      const key = { bearer, channelArn: input.channelArn, userArn: input.channelModeratorArn };
      ctx.loaders.channelModerator.clear(key);
      return { channelArn: input.channelArn, userArn: input.channelModeratorArn };
    },
  );
}

/** DeleteChannelModerator. Changes: the moderator (gone). */
export function deleteChannelModerator(
  ctx: RequestContext,
  input: { channelArn: string; channelModeratorArn: string },
): Promise<ChannelRoleMutationResult> {
  const bearer = messagingBearer(ctx);
  return validateThenRun(
    checkArns(input.channelArn, input.channelModeratorArn, 'channelModeratorArn'),
    noRole,
    async () => {
      await ctx.client.send(DeleteChannelModerator, {
        ChimeBearer: bearer,
        ChannelArn: input.channelArn,
        ChannelModeratorArn: input.channelModeratorArn,
      });
      const key = { bearer, channelArn: input.channelArn, userArn: input.channelModeratorArn };
      ctx.loaders.channelModerator.clear(key).prime(key, null);
      return { channelArn: input.channelArn, userArn: input.channelModeratorArn };
    },
  );
}
