import {
  CreateChannelMembership,
  CreateChannelModerator,
  DeleteChannelMembership,
  DeleteChannelModerator,
} from '../../chime/operations/channel-memberships.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { RequestContext } from '../../context.ts';
import { checkText, validateThenRun } from '../shared/input-rules.ts';
import { messagingBearer } from '../shared/messaging-bearer.ts';
import type { MutationResult } from '../shared/user-errors.ts';
import type { ChannelMembershipType } from './enums.ts';

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

/** The two roles: the input field that names the role's user, and the loader that reads the role. */
const MEMBERSHIP = { userField: 'memberArn', parameter: 'MemberArn', loader: 'channelMembership' } as const;
const MODERATOR = {
  userField: 'channelModeratorArn',
  parameter: 'ChannelModeratorArn',
  loader: 'channelModerator',
} as const;

/**
 * Checks the channel and user ARNs against the reference's ARN rule, makes the upstream call,
 * and clears the role's loader entry (primed with null when the role `ends`) so the payload
 * reads the state the call left.
 */
function changeChannelRole(
  ctx: RequestContext,
  role: typeof MEMBERSHIP | typeof MODERATOR,
  { channelArn, userArn, ends }: { channelArn: string; userArn: string; ends: boolean },
  send: (bearer: string) => Promise<unknown>,
): Promise<ChannelRoleMutationResult> {
  const bearer = messagingBearer(ctx);
  const errors = [
    ...checkText(channelArn, ['input', 'channelArn'], PARAMETERS.ChannelArn),
    ...checkText(userArn, ['input', role.userField], PARAMETERS[role.parameter]),
  ];
  return validateThenRun(errors, { channelArn: null, userArn: null }, async () => {
    await send(bearer);
    const key = { bearer, channelArn, userArn };
    const loader = ctx.loaders[role.loader].clear(key);
    if (ends) loader.prime(key, null);
    return { channelArn, userArn };
  });
}

/** CreateChannelMembership. Changes: the membership (new). */
export const createChannelMembership = (ctx: RequestContext, input: CreateChannelMembershipInput) =>
  changeChannelRole(
    ctx,
    MEMBERSHIP,
    { channelArn: input.channelArn, userArn: input.memberArn, ends: false },
    (bearer) =>
      ctx.client.send(CreateChannelMembership, {
        ChimeBearer: bearer,
        ChannelArn: input.channelArn,
        MemberArn: input.memberArn,
        Type: input.type ?? 'DEFAULT',
      }),
  );

/** DeleteChannelMembership (a member leaving, or a moderator removing them). Changes: the membership (gone). */
export const deleteChannelMembership = (
  ctx: RequestContext,
  input: { channelArn: string; memberArn: string },
) =>
  changeChannelRole(
    ctx,
    MEMBERSHIP,
    { channelArn: input.channelArn, userArn: input.memberArn, ends: true },
    (bearer) =>
      ctx.client.send(DeleteChannelMembership, {
        ChimeBearer: bearer,
        ChannelArn: input.channelArn,
        MemberArn: input.memberArn,
      }),
  );

/** The input of the moderator mutations. */
type ChannelModeratorInput = { channelArn: string; channelModeratorArn: string };

/** CreateChannelModerator. Changes: the moderator (new). */
export const createChannelModerator = (ctx: RequestContext, input: ChannelModeratorInput) =>
  changeChannelRole(
    ctx,
    MODERATOR,
    { channelArn: input.channelArn, userArn: input.channelModeratorArn, ends: false },
    (bearer) =>
      ctx.client.send(CreateChannelModerator, {
        ChimeBearer: bearer,
        ChannelArn: input.channelArn,
        ChannelModeratorArn: input.channelModeratorArn,
      }),
  );

/** DeleteChannelModerator. Changes: the moderator (gone). */
export const deleteChannelModerator = (ctx: RequestContext, input: ChannelModeratorInput) =>
  changeChannelRole(
    ctx,
    MODERATOR,
    { channelArn: input.channelArn, userArn: input.channelModeratorArn, ends: true },
    (bearer) =>
      ctx.client.send(DeleteChannelModerator, {
        ChimeBearer: bearer,
        ChannelArn: input.channelArn,
        ChannelModeratorArn: input.channelModeratorArn,
      }),
  );
