import { CreateUser, LogoutUser, ResetPersonalPIN, UpdateUser } from '../../chime/operations/users.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { User } from '../../chime/shapes/user.ts';
import type { RequestContext } from '../../context.ts';
import type { UserKey } from '../../loaders/users.ts';
import { CREATE_USER_EMAIL_RULE } from '../shared/admin-rules.ts';
import type { License, UserType } from '../shared/enums.ts';
import { checkText, validateThenRun } from '../shared/input-rules.ts';
import type { MutationResult, UserErrorModel } from '../shared/user-errors.ts';

/**
 * What a single-user mutation answers: which user it changed. The payload's `user` and
 * `settings` are read through the request's loaders, which the mutation has primed or
 * cleared, so they show the user as it now is.
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

/** Input of `updateUser`. */
export type UpdateUserInput = UserKeyInput & UserChangesInput;

/** The result of a single-user mutation refused before it reached the upstream. */
export const noUser = { userKey: null };

/** The rules on the `accountId` and `userId` that address one user. */
export const checkUserKey = (input: UserKeyInput): UserErrorModel[] => [
  ...checkText(input.accountId, ['input', 'accountId'], PARAMETERS.AccountId),
  ...checkText(input.userId, ['input', 'userId'], PARAMETERS.UserId),
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
      ...checkText(input.accountId, ['input', 'accountId'], PARAMETERS.AccountId),
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
