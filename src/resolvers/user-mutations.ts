import { UpdateUserSettings } from '../chime/operations/settings.ts';
import {
  CreateUser,
  InviteUsers,
  LogoutUser,
  ResetPersonalPIN,
  UpdateUser,
} from '../chime/operations/users.ts';
import type { Invite, User } from '../chime/shapes/user.ts';
import type { RequestContext } from '../context.ts';
import type { UserKey } from '../loaders/users.ts';
import { CREATE_USER_EMAIL_RULE, ID_RULE, INVITE_EMAIL_RULE, MAX_INVITE_EMAILS } from './admin-rules.ts';
import {
  EMAIL_STATUSES,
  type EmailStatus,
  INVITE_STATUSES,
  type InviteStatus,
  knownValue,
  type License,
  type UserType,
} from './enums.ts';
import { checkEach, checkListSize, checkText, validateThenRun } from './input-rules.ts';
import type { MutationResult, UserErrorModel } from './user-errors.ts';

/**
 * What a single-user mutation answers: which user it changed. The payload's `user` and
 * `settings` are read through the request's loaders, which the mutation has primed or
 * cleared, so they show the user as it now is.
 */
export type UserMutationResult = MutationResult<{ userKey: UserKey }>;

/** An invitation InviteUsers sent (or did not). */
export interface InviteModel {
  inviteId: string | null;
  emailAddress: string | null;
  status: InviteStatus | null;
  emailStatus: EmailStatus | null;
}

/** What `inviteUsers` answers: the invitations, and the account they are for. */
export type InviteUsersResult = MutationResult<{ invites: InviteModel[]; accountId: string }>;

/** Alexa for Business metadata as UpdateUser and BatchUpdateUser take it. */
export interface AlexaForBusinessMetadataInput {
  isAlexaForBusinessEnabled?: boolean | null;
  alexaForBusinessRoomArn?: string | null;
}

/** The members UpdateUser and each BatchUpdateUser item may change. */
export interface UserChangesInput {
  licenseType?: License | null;
  userType?: UserType | null;
  alexaForBusinessMetadata?: AlexaForBusinessMetadataInput | null;
}

/** A user addressed by its account and id, as every single-user mutation's input starts. */
export interface UserKeyInput {
  accountId: string;
  userId: string;
}

/** Input of `createUser`. */
export interface CreateUserInput {
  accountId: string;
  email?: string | null;
  username?: string | null;
  userType?: UserType | null;
}

/** Input of `inviteUsers`. */
export interface InviteUsersInput {
  accountId: string;
  userEmails: string[];
  userType?: UserType | null;
}

/** Input of `updateUser`. */
export type UpdateUserInput = UserKeyInput & UserChangesInput;

/** Input of `updateUserSettings`: every telephony permission is required, as the upstream says. */
export interface UpdateUserSettingsInput extends UserKeyInput {
  settings: { telephony: { inboundCalling: boolean; outboundCalling: boolean; sms: boolean } };
}

const noUser = { userKey: null };

/** The rules on the `accountId` and `userId` that address one user. */
const checkUserKey = (input: UserKeyInput): UserErrorModel[] => [
  ...checkText(input.accountId, ['input', 'accountId'], ID_RULE),
  ...checkText(input.userId, ['input', 'userId'], ID_RULE),
];

/** The user as the upstream just answered it replaces whatever the request had loaded. */
function primeUser(ctx: RequestContext, accountId: string, user: User): UserKey {
  const key = { accountId, userId: user.UserId };
  ctx.loaders.user.clear(key).prime(key, { ...user, AccountId: user.AccountId ?? accountId });
  return key;
}

/** UpdateUser's and BatchUpdateUser's wire members for the changes asked for. */
export function userChanges(changes: UserChangesInput) {
  const alexa = changes.alexaForBusinessMetadata;
  return {
    LicenseType: changes.licenseType ?? undefined,
    UserType: changes.userType ?? undefined,
    AlexaForBusinessMetadata: alexa
      ? {
          IsAlexaForBusinessEnabled: alexa.isAlexaForBusinessEnabled ?? undefined,
          AlexaForBusinessRoomArn: alexa.alexaForBusinessRoomArn ?? undefined,
        }
      : undefined,
  };
}

/** CreateUser. Changes: the new user (primed). */
export function createUser(ctx: RequestContext, input: CreateUserInput): Promise<UserMutationResult> {
  return validateThenRun(
    [
      ...checkText(input.accountId, ['input', 'accountId'], ID_RULE),
      ...checkText(input.email, ['input', 'email'], CREATE_USER_EMAIL_RULE),
    ],
    noUser,
    async () => {
      const { User } = await ctx.client.send(CreateUser, {
        AccountId: input.accountId,
        Email: input.email ?? undefined,
        Username: input.username ?? undefined,
        UserType: input.userType ?? undefined,
      });
      return { userKey: primeUser(ctx, input.accountId, User) };
    },
  );
}

const toInvite = (invite: Invite): InviteModel => ({
  inviteId: invite.InviteId ?? null,
  emailAddress: invite.EmailAddress ?? null,
  status: knownValue(INVITE_STATUSES, invite.Status),
  emailStatus: knownValue(EMAIL_STATUSES, invite.EmailStatus),
});

/**
 * InviteUsers (Team accounts only; the upstream refuses others). Changes: the invited
 * users, new or pending again. Its answer names addresses, not user ids, so every loaded
 * user is dropped rather than guessing which ones the invitations touched.
 */
export function inviteUsers(ctx: RequestContext, input: InviteUsersInput): Promise<InviteUsersResult> {
  return validateThenRun(
    [
      ...checkText(input.accountId, ['input', 'accountId'], ID_RULE),
      ...checkListSize(input.userEmails, ['input', 'userEmails'], MAX_INVITE_EMAILS),
      ...checkEach(input.userEmails, ['input', 'userEmails'], INVITE_EMAIL_RULE),
    ],
    { invites: null, accountId: null },
    async () => {
      const { Invites } = await ctx.client.send(InviteUsers, {
        AccountId: input.accountId,
        UserEmailList: input.userEmails,
        UserType: input.userType ?? undefined,
      });
      ctx.loaders.user.clearAll();
      return { invites: Invites.map(toInvite), accountId: input.accountId };
    },
  );
}

/** UpdateUser. Changes: the user (primed with the upstream's answer). */
export function updateUser(ctx: RequestContext, input: UpdateUserInput): Promise<UserMutationResult> {
  return validateThenRun(checkUserKey(input), noUser, async () => {
    const { User } = await ctx.client.send(UpdateUser, {
      AccountId: input.accountId,
      UserId: input.userId,
      ...userChanges(input),
    });
    return { userKey: primeUser(ctx, input.accountId, User) };
  });
}

/**
 * UpdateUserSettings. Changes: the user's settings (primed with what was written: the
 * upstream takes every telephony permission, so the request knows them all).
 */
export function updateUserSettings(
  ctx: RequestContext,
  input: UpdateUserSettingsInput,
): Promise<UserMutationResult> {
  return validateThenRun(checkUserKey(input), noUser, async () => {
    const { telephony } = input.settings;
    const settings = {
      Telephony: {
        InboundCalling: telephony.inboundCalling,
        OutboundCalling: telephony.outboundCalling,
        SMS: telephony.sms,
      },
    };
    await ctx.client.send(UpdateUserSettings, {
      AccountId: input.accountId,
      UserId: input.userId,
      UserSettings: settings,
    });
    const key = { accountId: input.accountId, userId: input.userId };
    ctx.loaders.userSettings.clear(key).prime(key, settings);
    return { userKey: key };
  });
}

/**
 * ResetPersonalPIN. Changes: the user's personal meeting PIN (primed with the upstream's
 * answer; the graph does not expose the PIN itself, it is the user's secret).
 */
export function resetPersonalPin(ctx: RequestContext, input: UserKeyInput): Promise<UserMutationResult> {
  return validateThenRun(checkUserKey(input), noUser, async () => {
    const { User } = await ctx.client.send(ResetPersonalPIN, {
      AccountId: input.accountId,
      UserId: input.userId,
    });
    return { userKey: primeUser(ctx, input.accountId, User) };
  });
}

/** LogoutUser: signs the user out of every device. Changes: nothing the graph shows. */
export function logoutUser(ctx: RequestContext, input: UserKeyInput): Promise<UserMutationResult> {
  return validateThenRun(checkUserKey(input), noUser, async () => {
    await ctx.client.send(LogoutUser, { AccountId: input.accountId, UserId: input.userId });
    return { userKey: { accountId: input.accountId, userId: input.userId } };
  });
}
