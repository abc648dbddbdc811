import { UpdateUserSettings } from '../../chime/operations/settings.ts';
import {
  BatchSuspendUser,
  BatchUnsuspendUser,
  BatchUpdateUser,
  CreateUser,
  InviteUsers,
  LogoutUser,
  ResetPersonalPIN,
  UpdateUser,
} from '../../chime/operations/users.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { License } from '../../chime/shapes/account.ts';
import {
  EMAIL_STATUSES,
  type EmailStatus,
  INVITE_STATUSES,
  type Invite,
  type InviteStatus,
  type UserType,
} from '../../chime/shapes/user.ts';
import type { RequestContext } from '../../context.ts';
import { knownValue } from '../../loaders/shared/upstream-values.ts';
import { toUser, type UserKey, type UserSettingsModel } from '../../loaders/users.ts';
import {
  CREATE_USER_EMAIL_RULE,
  INVITE_EMAIL_RULE,
  MAX_BATCH_SUSPEND_USERS,
  MAX_BATCH_UPDATE_USERS,
  MAX_INVITE_EMAILS,
} from '../shared/admin-rules.ts';
import { type BatchItemErrorModel, toUserErrors } from '../shared/batch-item-errors.ts';
import { checkEach, checkListSize, checkText, validateThenRun } from '../shared/input-rules.ts';
import { checkAccountInScope } from '../shared/tenancy.ts';
import type { MutationResult, UserErrorModel } from '../shared/user-errors.ts';

/**
 * What a single-user mutation answers: which user it changed. The payload's `user` and
 * `settings` are read through the request's loaders, which the mutation has updated, so
 * they show the user as it now is.
 */
export type UserMutationResult = MutationResult<{ userKey: UserKey }>;

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

/** Input of `createUser`. */
export interface CreateUserInput {
  accountId: string;
  email?: string | null;
  username?: string | null;
  userType?: UserType | null;
}

/** Input of `updateUser`. */
export type UpdateUserInput = UserKey & UserChangesInput;

/** Input of `updateUserSettings`: every telephony permission is required, as the upstream says. */
export interface UpdateUserSettingsInput extends UserKey {
  settings: UserSettingsModel;
}

const noUser = { userKey: null };

/**
 * The rules on the `accountId` and `userId` that address one user in a mutation's input; a
 * user of an account out of the caller's scope does not exist for it.
 */
export function checkUserKey(ctx: RequestContext, input: UserKey): UserErrorModel[] {
  return [
    ...checkText(input.accountId, ['input', 'accountId'], PARAMETERS.AccountId),
    ...checkText(input.userId, ['input', 'userId'], PARAMETERS.UserId),
    ...checkAccountInScope(ctx.identity, input.accountId),
  ];
}

const keyOf = (input: UserKey): UserKey => ({ accountId: input.accountId, userId: input.userId });

/** UpdateUser's and BatchUpdateUser's wire members for the changes asked for. */
function userChanges(changes: UserChangesInput) {
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

/** CreateUser. Changes: the new user (replaced with the upstream's answer). */
export function createUser(ctx: RequestContext, input: CreateUserInput): Promise<UserMutationResult> {
  return validateThenRun(
    [
      ...checkText(input.accountId, ['input', 'accountId'], PARAMETERS.AccountId),
      ...checkAccountInScope(ctx.identity, input.accountId),
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
      const userKey = { accountId: input.accountId, userId: User.UserId };
      ctx.loaders.replaceUser(userKey, toUser(input.accountId, User));
      return { userKey };
    },
  );
}

/** UpdateUser. Changes: the user (replaced with the upstream's answer). */
export function updateUser(ctx: RequestContext, input: UpdateUserInput): Promise<UserMutationResult> {
  return validateThenRun(checkUserKey(ctx, input), noUser, async () => {
    const { User } = await ctx.client.send(UpdateUser, {
      AccountId: input.accountId,
      UserId: input.userId,
      ...userChanges(input),
    });
    const userKey = keyOf(input);
    ctx.loaders.replaceUser(userKey, toUser(input.accountId, User));
    return { userKey };
  });
}

/**
 * ResetPersonalPIN. Changes: the user's personal meeting PIN (the user is replaced with
 * the upstream's answer; the graph does not expose the PIN itself, it is the user's secret).
 */
export function resetPersonalPin(ctx: RequestContext, input: UserKey): Promise<UserMutationResult> {
  return validateThenRun(checkUserKey(ctx, input), noUser, async () => {
    const { User } = await ctx.client.send(ResetPersonalPIN, {
      AccountId: input.accountId,
      UserId: input.userId,
    });
    const userKey = keyOf(input);
    ctx.loaders.replaceUser(userKey, toUser(input.accountId, User));
    return { userKey };
  });
}

/** LogoutUser: signs the user out of every device. Changes: nothing the graph shows. */
export function logoutUser(ctx: RequestContext, input: UserKey): Promise<UserMutationResult> {
  return validateThenRun(checkUserKey(ctx, input), noUser, async () => {
    await ctx.client.send(LogoutUser, { AccountId: input.accountId, UserId: input.userId });
    return { userKey: keyOf(input) };
  });
}

/**
 * UpdateUserSettings. Changes: the user's settings (replaced with what was written: the
 * upstream takes every telephony permission, so the request knows them all).
 */
export function updateUserSettings(
  ctx: RequestContext,
  input: UpdateUserSettingsInput,
): Promise<UserMutationResult> {
  return validateThenRun(checkUserKey(ctx, input), noUser, async () => {
    const { telephony } = input.settings;
    await ctx.client.send(UpdateUserSettings, {
      AccountId: input.accountId,
      UserId: input.userId,
      UserSettings: {
        Telephony: {
          InboundCalling: telephony.inboundCalling,
          OutboundCalling: telephony.outboundCalling,
          SMS: telephony.sms,
        },
      },
    });
    const userKey = keyOf(input);
    ctx.loaders.replaceUserSettings(userKey, { telephony: { ...telephony } });
    return { userKey };
  });
}

/** An invitation InviteUsers sent (or did not). */
export interface InviteModel {
  inviteId: string | null;
  emailAddress: string | null;
  status: InviteStatus | null;
  emailStatus: EmailStatus | null;
}

/** What `inviteUsers` answers: the invitations, and the account they are for. */
export type InviteUsersResult = MutationResult<{ invites: InviteModel[]; accountId: string }>;

/** Input of `inviteUsers`. */
export interface InviteUsersInput {
  accountId: string;
  userEmails: string[];
  userType?: UserType | null;
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
 * user is forgotten rather than guessing which ones the invitations touched.
 */
export function inviteUsers(ctx: RequestContext, input: InviteUsersInput): Promise<InviteUsersResult> {
  return validateThenRun(
    [
      ...checkText(input.accountId, ['input', 'accountId'], PARAMETERS.AccountId),
      ...checkAccountInScope(ctx.identity, input.accountId),
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
      ctx.loaders.forgetAllUsers({ settings: false });
      return { invites: Invites.map(toInvite), accountId: input.accountId };
    },
  );
}

/** What a batch mutation answers: the users it changed, and per-user errors for the rest. */
export type BatchUserMutationResult = MutationResult<{
  userKeys: UserKey[];
  itemErrors: BatchItemErrorModel[];
}>;

/** Input of `batchUpdateUser`. */
export interface BatchUpdateUserInput {
  accountId: string;
  items: (UserChangesInput & { userId: string })[];
}

/** Input of `batchSuspendUsers` and `batchUnsuspendUsers`. */
export interface UserIdsInput {
  accountId: string;
  userIds: string[];
}

const noUsers = { userKeys: null, itemErrors: null };

/**
 * Ends a batch: forgets every listed user (its answer carries only the errors), and
 * splits that answer into the per-user errors (each pointing at the input item it is
 * about, under `field`) and the keys of the users that were changed, in input order
 * without repeats.
 */
function batchOutcome(
  ctx: RequestContext,
  accountId: string,
  userIds: string[],
  errors: Parameters<typeof toUserErrors>[0],
  field: string[],
): { userKeys: UserKey[]; itemErrors: BatchItemErrorModel[] } {
  for (const userId of userIds) ctx.loaders.forgetUser({ accountId, userId });
  const itemErrors = toUserErrors(errors, userIds, field);
  const failed = new Set(itemErrors.map((error) => error.id));
  const userKeys = [...new Set(userIds)]
    .filter((userId) => !failed.has(userId))
    .map((userId) => ({ accountId, userId }));
  return { userKeys, itemErrors };
}

/**
 * BatchUpdateUser: up to 20 users at once; users it could not change come back as item
 * errors. Changes: every listed user (forgotten: the upstream answers only the errors).
 */
export function batchUpdateUser(
  ctx: RequestContext,
  input: BatchUpdateUserInput,
): Promise<BatchUserMutationResult> {
  const { accountId, items } = input;
  return validateThenRun(
    [
      ...checkText(accountId, ['input', 'accountId'], PARAMETERS.AccountId),
      ...checkAccountInScope(ctx.identity, accountId),
      ...checkListSize(items, ['input', 'items'], MAX_BATCH_UPDATE_USERS),
      ...items.flatMap((item, index) =>
        checkText(item.userId, ['input', 'items', String(index), 'userId'], PARAMETERS.UserId),
      ),
    ],
    noUsers,
    async () => {
      const { UserErrors } = await ctx.client.send(BatchUpdateUser, {
        AccountId: accountId,
        UpdateUserRequestItems: items.map((item) => ({ UserId: item.userId, ...userChanges(item) })),
      });
      const userIds = items.map((item) => item.userId);
      return batchOutcome(ctx, accountId, userIds, UserErrors, ['input', 'items']);
    },
  );
}

/** BatchSuspendUser or BatchUnsuspendUser over the listed users; both answer per-user errors. */
function changeSuspension(
  ctx: RequestContext,
  operation: typeof BatchSuspendUser | typeof BatchUnsuspendUser,
  input: UserIdsInput,
): Promise<BatchUserMutationResult> {
  const { accountId, userIds } = input;
  return validateThenRun(
    [
      ...checkText(accountId, ['input', 'accountId'], PARAMETERS.AccountId),
      ...checkAccountInScope(ctx.identity, accountId),
      ...checkListSize(userIds, ['input', 'userIds'], MAX_BATCH_SUSPEND_USERS),
      ...checkEach(userIds, ['input', 'userIds'], PARAMETERS.UserId),
    ],
    noUsers,
    async () => {
      const { UserErrors } = await ctx.client.send(operation, { AccountId: accountId, UserIdList: userIds });
      return batchOutcome(ctx, accountId, userIds, UserErrors, ['input', 'userIds']);
    },
  );
}

/**
 * BatchSuspendUser: up to 50 users of a Team or EnterpriseLWA account. Changes: every
 * listed user's registration status (forgotten; the upstream answers only the errors).
 */
export function batchSuspendUsers(
  ctx: RequestContext,
  input: UserIdsInput,
): Promise<BatchUserMutationResult> {
  return changeSuspension(ctx, BatchSuspendUser, input);
}

/**
 * BatchUnsuspendUser: up to 50 users of an EnterpriseLWA account (Team users come back
 * through `inviteUsers`). Changes: every listed user's registration status (forgotten).
 */
export function batchUnsuspendUsers(
  ctx: RequestContext,
  input: UserIdsInput,
): Promise<BatchUserMutationResult> {
  return changeSuspension(ctx, BatchUnsuspendUser, input);
}
