import { BatchSuspendUser, BatchUnsuspendUser, BatchUpdateUser } from '../../chime/operations/users.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { UserError } from '../../chime/shapes/user.ts';
import type { RequestContext } from '../../context.ts';
import type { UserKey } from '../../loaders/users.ts';
import { MAX_BATCH_SUSPEND_USERS, MAX_BATCH_UPDATE_USERS } from '../shared/admin-rules.ts';
import { checkEach, checkListSize, checkText, validateThenRun } from '../shared/input-rules.ts';
import { type MutationResult, type UserErrorCode, userErrorCodeForItem } from '../shared/user-errors.ts';
import { type UserChangesInput, userChanges } from './commands.ts';

/** One user the upstream could not change in a batch, and why. */
export interface BatchUserErrorModel {
  userId: string | null;
  /** The input item the error is about, e.g. `['input', 'userIds', '3']`. */
  field: string[] | null;
  /** Null when the reason is not one the caller can fix (the upstream failed or throttled). */
  code: UserErrorCode | null;
  /** The upstream's own ErrorCode (`NotFound`, `BadRequest`, ...). */
  upstreamCode: string | null;
  message: string;
}

/** What a batch mutation answers: the users it changed, and per-user errors for the rest. */
export type BatchUserMutationResult = MutationResult<{
  userKeys: UserKey[];
  itemErrors: BatchUserErrorModel[];
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
 * Splits a batch's answer: the per-user errors (each pointing at the input item it is
 * about) and the keys of the users that were changed, in input order without repeats.
 */
function batchOutcome(
  accountId: string,
  userIds: string[],
  errors: UserError[] | undefined,
  itemField: (index: number) => string[],
): { userKeys: UserKey[]; itemErrors: BatchUserErrorModel[] } {
  const itemErrors = (errors ?? []).map((error) => {
    const index = error.UserId === undefined ? -1 : userIds.indexOf(error.UserId);
    return {
      userId: error.UserId ?? null,
      field: index < 0 ? null : itemField(index),
      code: userErrorCodeForItem(error.ErrorCode),
      upstreamCode: error.ErrorCode ?? null,
      message: error.ErrorMessage ?? `The upstream did not change user ${error.UserId ?? '(unnamed)'}`,
    };
  });
  const failed = new Set(itemErrors.map((error) => error.userId));
  const userKeys = [...new Set(userIds)]
    .filter((userId) => !failed.has(userId))
    .map((userId) => ({ accountId, userId }));
  return { userKeys, itemErrors };
}

/** Drops the loaded state of users a batch may have changed (its answer carries no users). */
function clearUsers(ctx: RequestContext, accountId: string, userIds: string[]): void {
  for (const userId of userIds) ctx.loaders.user.clear({ accountId, userId });
}

/**
 * BatchUpdateUser: up to 20 users at once; users it could not change come back as item
 * errors. Changes: every listed user (cleared: the upstream answers only the errors).
 */
export function batchUpdateUser(
  ctx: RequestContext,
  input: BatchUpdateUserInput,
): Promise<BatchUserMutationResult> {
  const { accountId, items } = input;
  const userIds = items.map((item) => item.userId);
  return validateThenRun(
    [
      ...checkText(accountId, ['input', 'accountId'], PARAMETERS.AccountId),
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
      clearUsers(ctx, accountId, userIds);
      return batchOutcome(accountId, userIds, UserErrors, (index) => ['input', 'items', String(index)]);
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
      ...checkListSize(userIds, ['input', 'userIds'], MAX_BATCH_SUSPEND_USERS),
      ...checkEach(userIds, ['input', 'userIds'], PARAMETERS.UserId),
    ],
    noUsers,
    async () => {
      const { UserErrors } = await ctx.client.send(operation, { AccountId: accountId, UserIdList: userIds });
      clearUsers(ctx, accountId, userIds);
      return batchOutcome(accountId, userIds, UserErrors, (index) => ['input', 'userIds', String(index)]);
    },
  );
}

/**
 * BatchSuspendUser: up to 50 users of a Team or EnterpriseLWA account. Changes: every
 * listed user's registration status (cleared; the upstream answers only the errors).
 */
export function batchSuspendUsers(
  ctx: RequestContext,
  input: UserIdsInput,
): Promise<BatchUserMutationResult> {
  return changeSuspension(ctx, BatchSuspendUser, input);
}

/**
 * BatchUnsuspendUser: up to 50 users of an EnterpriseLWA account (Team users come back
 * through `inviteUsers`). Changes: every listed user's registration status (cleared).
 */
export function batchUnsuspendUsers(
  ctx: RequestContext,
  input: UserIdsInput,
): Promise<BatchUserMutationResult> {
  return changeSuspension(ctx, BatchUnsuspendUser, input);
}
