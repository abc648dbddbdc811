import {
  AssociateSigninDelegateGroupsWithAccount,
  CreateAccount,
  DeleteAccount,
  DisassociateSigninDelegateGroupsFromAccount,
  UpdateAccount,
} from '../../chime/operations/accounts.ts';
import { PutRetentionSettings, UpdateAccountSettings } from '../../chime/operations/settings.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { License } from '../../chime/shapes/account.ts';
import type { RequestContext } from '../../context.ts';
import { toAccount } from '../../loaders/accounts.ts';
import { ACCOUNT_NAME_RULE, GROUP_NAME_RULE } from '../shared/admin-rules.ts';
import { checkEach, checkItemCount, checkRange, checkText, validateThenRun } from '../shared/input-rules.ts';
import { RETENTION_DAYS } from '../shared/messaging-rules.ts';
import { checkAccountInScope } from '../shared/tenancy.ts';
import type { MutationResult } from '../shared/user-errors.ts';

/**
 * What an account mutation answers: the id of the account it changed. The payload's
 * `account` and `settings` are read through the request's loaders, which the mutation
 * has updated, so they show the account as it now is.
 */
export type AccountMutationResult = MutationResult<{ accountId: string }>;

/** Input of `createAccount`. */
export interface CreateAccountInput {
  name: string;
}

/** Input of `updateAccount`: the members the upstream lets change (name and default license). */
export interface UpdateAccountInput {
  accountId: string;
  name?: string | null;
  defaultLicense?: License | null;
}

/** Input of `deleteAccount`. */
export interface DeleteAccountInput {
  accountId: string;
}

/** Input of `updateAccountSettings`: absent settings keep their value. */
export interface UpdateAccountSettingsInput {
  accountId: string;
  settings: { disableRemoteControl?: boolean | null; enableDialOut?: boolean | null };
}

/** Input of `associateSigninDelegateGroupsWithAccount` and `disassociateSigninDelegateGroupsFromAccount`. */
export interface SigninDelegateGroupsInput {
  accountId: string;
  groupNames: string[];
}

const noAccount = { accountId: null };

/** CreateAccount. Changes: the new account (replaced with the upstream's answer). */
export function createAccount(
  ctx: RequestContext,
  input: CreateAccountInput,
): Promise<AccountMutationResult> {
  return validateThenRun(
    checkText(input.name, ['input', 'name'], ACCOUNT_NAME_RULE),
    noAccount,
    async () => {
      const { Account } = await ctx.client.send(CreateAccount, { Name: input.name });
      ctx.loaders.replaceAccount(toAccount(Account));
      return { accountId: Account.AccountId };
    },
    ['input', 'name'],
  );
}

/** UpdateAccount. Changes: the account (replaced with the upstream's answer). */
export function updateAccount(
  ctx: RequestContext,
  input: UpdateAccountInput,
): Promise<AccountMutationResult> {
  return validateThenRun(
    [
      ...checkText(input.accountId, ['input', 'accountId'], PARAMETERS.AccountId),
      ...checkAccountInScope(ctx.identity, input.accountId),
      ...checkText(input.name, ['input', 'name'], ACCOUNT_NAME_RULE),
    ],
    noAccount,
    async () => {
      const { Account } = await ctx.client.send(UpdateAccount, {
        AccountId: input.accountId,
        Name: input.name ?? undefined,
        DefaultLicense: input.defaultLicense ?? undefined,
      });
      ctx.loaders.replaceAccount(toAccount(Account));
      return { accountId: Account.AccountId };
    },
  );
}

/** What `deleteAccount` answers: the id of the account that is gone. */
export type DeleteAccountResult = MutationResult<{ deletedAccountId: string }>;

/**
 * DeleteAccount (the upstream refuses while any user is not suspended). Changes: the
 * account and its settings (now known not to exist), and every user of the account with
 * their settings (gone with it; the loaders cannot list which users they hold for one
 * account, so every user entry is dropped), and the account's rooms likewise.
 */
export function deleteAccount(ctx: RequestContext, input: DeleteAccountInput): Promise<DeleteAccountResult> {
  const { accountId } = input;
  return validateThenRun(
    [
      ...checkText(accountId, ['input', 'accountId'], PARAMETERS.AccountId),
      ...checkAccountInScope(ctx.identity, accountId),
    ],
    { deletedAccountId: null },
    async () => {
      await ctx.client.send(DeleteAccount, { AccountId: accountId });
      ctx.loaders.forgetDeletedAccount(accountId);
      ctx.loaders.forgetAllUsers({ settings: true });
      ctx.loaders.forgetAllRooms();
      return { deletedAccountId: accountId };
    },
  );
}

/**
 * UpdateAccountSettings. Changes: the account's settings (forgotten: the upstream answers 204,
 * and settings left out keep values this request may not know, so they are read again
 * when asked for).
 */
export function updateAccountSettings(
  ctx: RequestContext,
  input: UpdateAccountSettingsInput,
): Promise<AccountMutationResult> {
  const { accountId, settings } = input;
  return validateThenRun(
    [
      ...checkText(accountId, ['input', 'accountId'], PARAMETERS.AccountId),
      ...checkAccountInScope(ctx.identity, accountId),
    ],
    noAccount,
    async () => {
      await ctx.client.send(UpdateAccountSettings, {
        AccountId: accountId,
        AccountSettings: {
          DisableRemoteControl: settings.disableRemoteControl ?? undefined,
          EnableDialOut: settings.enableDialOut ?? undefined,
        },
      });
      ctx.loaders.forgetAccountSettings(accountId);
      return { accountId };
    },
  );
}

/**
 * The rules both sign-in delegate group mutations share: the account (in the caller's scope) and
 * each group name; `min` is the fewest names the operation takes.
 */
function checkGroupsInput(ctx: RequestContext, input: SigninDelegateGroupsInput, min?: number) {
  const field = ['input', 'groupNames'];
  return [
    ...checkText(input.accountId, ['input', 'accountId'], PARAMETERS.AccountId),
    ...checkAccountInScope(ctx.identity, input.accountId),
    ...checkItemCount(input.groupNames, field, { min }),
    ...checkEach(input.groupNames, field, GROUP_NAME_RULE),
  ];
}

/**
 * AssociateSigninDelegateGroupsWithAccount: the groups whose members may act as delegates.
 * Changes: the account (forgotten: the upstream answers with no body).
 */
export function associateSigninDelegateGroupsWithAccount(
  ctx: RequestContext,
  input: SigninDelegateGroupsInput,
): Promise<AccountMutationResult> {
  return validateThenRun(checkGroupsInput(ctx, input), noAccount, async () => {
    await ctx.client.send(AssociateSigninDelegateGroupsWithAccount, {
      AccountId: input.accountId,
      SigninDelegateGroups: input.groupNames.map((groupName) => ({ GroupName: groupName })),
    });
    ctx.loaders.forgetAccount(input.accountId);
    return { accountId: input.accountId };
  });
}

/**
 * DisassociateSigninDelegateGroupsFromAccount (at least one group name, per the reference).
 * Changes: the account (forgotten: the upstream answers with no body).
 */
export function disassociateSigninDelegateGroupsFromAccount(
  ctx: RequestContext,
  input: SigninDelegateGroupsInput,
): Promise<AccountMutationResult> {
  return validateThenRun(checkGroupsInput(ctx, input, 1), noAccount, async () => {
    await ctx.client.send(DisassociateSigninDelegateGroupsFromAccount, {
      AccountId: input.accountId,
      GroupNames: input.groupNames,
    });
    ctx.loaders.forgetAccount(input.accountId);
    return { accountId: input.accountId };
  });
}

/** Input of `putRetentionSettings`: days from 1 to 5475; null or left out turns that retention off. */
export interface PutRetentionSettingsInput {
  accountId: string;
  roomRetentionDays?: number | null;
  conversationRetentionDays?: number | null;
}

/**
 * PutRetentionSettings: the settings put replace the earlier ones whole. Changes: the account's
 * retention settings (forgotten: the upstream answers 204, so they are read again when asked for).
 */
export function putRetentionSettings(
  ctx: RequestContext,
  input: PutRetentionSettingsInput,
): Promise<AccountMutationResult> {
  const { accountId, roomRetentionDays, conversationRetentionDays } = input;
  const days = (value: number | null | undefined) => (value == null ? {} : { RetentionDays: value });
  return validateThenRun(
    [
      ...checkText(accountId, ['input', 'accountId'], PARAMETERS.AccountId),
      ...checkAccountInScope(ctx.identity, accountId),
      ...checkRange(roomRetentionDays, ['input', 'roomRetentionDays'], RETENTION_DAYS),
      ...checkRange(conversationRetentionDays, ['input', 'conversationRetentionDays'], RETENTION_DAYS),
    ],
    noAccount,
    async () => {
      await ctx.client.send(PutRetentionSettings, {
        AccountId: accountId,
        RetentionSettings: {
          RoomRetentionSettings: days(roomRetentionDays),
          ConversationRetentionSettings: days(conversationRetentionDays),
        },
      });
      ctx.loaders.forgetRetentionSettings(accountId);
      return { accountId };
    },
  );
}
