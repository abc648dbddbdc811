import { type CachingCaller, cachedAs } from '../cache/read-cache.ts';
import { GetAccount, ListAccounts } from '../chime/operations/accounts.ts';
import {
  GetAccountSettings,
  GetRetentionSettings,
  type GetRetentionSettingsOutput,
} from '../chime/operations/settings.ts';
import { ListUsers } from '../chime/operations/users.ts';
import {
  ACCOUNT_STATUSES,
  ACCOUNT_TYPES,
  type Account,
  type AccountStatus,
  type AccountType,
  LICENSES,
  type License,
} from '../chime/shapes/account.ts';
import type { AccountSettings } from '../chime/shapes/settings.ts';
import { type ForwardPage, listPages, readConnection, readIdListConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';
import { isoTimestamp, knownValue, knownValues } from './shared/upstream-values.ts';

/** An Amazon Chime account, as the graph sees it. */
export interface AccountModel {
  accountId: string;
  awsAccountId: string | null;
  name: string;
  accountType: AccountType | null;
  accountStatus: AccountStatus | null;
  createdTimestamp: string | null;
  defaultLicense: License | null;
  supportedLicenses: License[];
  signinDelegateGroups: { groupName: string | null }[];
}

/** Account-wide settings. */
export interface AccountSettingsModel {
  disableRemoteControl: boolean | null;
  enableDialOut: boolean | null;
}

/** How many days an account keeps chat messages; null days: kept for good. */
export interface RetentionSettingsModel {
  roomRetentionDays: number | null;
  conversationRetentionDays: number | null;
  /** When the messages past their retention are deleted for good. */
  initiateDeletionTimestamp: string | null;
}

/** Filters of `ListAccounts`. */
export interface AccountFilters {
  name?: string | null;
  userEmail?: string | null;
}

/** Maps an upstream account. */
export function toAccount(account: Account): AccountModel {
  return {
    accountId: account.AccountId,
    awsAccountId: account.AwsAccountId ?? null,
    name: account.Name,
    accountType: knownValue(ACCOUNT_TYPES, account.AccountType),
    accountStatus: knownValue(ACCOUNT_STATUSES, account.AccountStatus),
    createdTimestamp: isoTimestamp(account.CreatedTimestamp),
    defaultLicense: knownValue(LICENSES, account.DefaultLicense),
    supportedLicenses: knownValues(LICENSES, account.SupportedLicenses),
    signinDelegateGroups: (account.SigninDelegateGroups ?? []).map((group) => ({
      groupName: group.GroupName ?? null,
    })),
  };
}

const toAccountSettings = (settings: AccountSettings): AccountSettingsModel => ({
  disableRemoteControl: settings.DisableRemoteControl ?? null,
  enableDialOut: settings.EnableDialOut ?? null,
});

const toRetentionSettings = (out: GetRetentionSettingsOutput): RetentionSettingsModel => ({
  roomRetentionDays: out.RetentionSettings?.RoomRetentionSettings?.RetentionDays ?? null,
  conversationRetentionDays: out.RetentionSettings?.ConversationRetentionSettings?.RetentionDays ?? null,
  initiateDeletionTimestamp: isoTimestamp(out.InitiateDeletionTimestamp),
});

/** Per-request loaders for accounts and their settings, and the cache changes account writes make. */
export function createAccountLoaders(client: CachingCaller, cursors: Cursors) {
  const account = getLoader(
    (accountId: string) =>
      client
        .send(GetAccount, { AccountId: accountId }, cachedAs('accounts', accountId))
        .then((out) => toAccount(out.Account)),
    (accountId) => accountId,
  );
  const accountSettings = getLoader(
    (accountId: string) =>
      client
        .send(GetAccountSettings, { AccountId: accountId }, cachedAs('accounts', accountId))
        .then((out) => toAccountSettings(out.AccountSettings)),
    (accountId) => accountId,
  );
  const retentionSettings = getLoader(
    (accountId: string) =>
      client
        .send(GetRetentionSettings, { AccountId: accountId }, cachedAs('accounts', accountId))
        .then(toRetentionSettings),
    (accountId) => accountId,
  );
  return {
    account,
    accountSettings,
    retentionSettings,
    /** A page of accounts; each one read primes `account`. */
    listAccounts: (page: ForwardPage, filters: AccountFilters) =>
      readConnection<AccountModel>(page, {
        cursors,
        scope: ['accounts', filters.name, filters.userEmail],
        maxResults: ListAccounts.maxResults!,
        read: listPages(
          client,
          ListAccounts,
          { Name: filters.name ?? undefined, UserEmail: filters.userEmail ?? undefined },
          (out) => {
            const items = out.Accounts.map(toAccount);
            for (const item of items) account.prime(item.accountId, item);
            return items;
          },
          cachedAs('accounts'),
        ),
      }),
    /**
     * A page of the accounts `accountIds` names, for a caller who may see only those: ListAccounts
     * would answer every account, so each is read with GetAccount, and the filters are applied as
     * ListAccounts applies them (a name prefix; an account holding a user with that email, asked
     * of ListUsers).
     */
    listAccountsIn: (accountIds: readonly string[], page: ForwardPage, filters: AccountFilters) =>
      readIdListConnection<AccountModel>(page, {
        cursors,
        ids: accountIds,
        scope: ['accountsIn', ...accountIds, filters.name, filters.userEmail],
        load: (accountId) => account.load(accountId),
        keep: async (model) => {
          if (filters.name != null && !model.name.startsWith(filters.name)) return false;
          if (filters.userEmail == null) return true;
          const out = await client.send(
            ListUsers,
            { AccountId: model.accountId, UserEmail: filters.userEmail, MaxResults: 1 },
            cachedAs('users'),
          );
          return out.Users.length > 0;
        },
      }),
    /** The account as the upstream just answered it replaces whatever the request had loaded. */
    replaceAccount(model: AccountModel): void {
      account.clear(model.accountId).prime(model.accountId, model);
      client.changed('accounts', model.accountId);
    },
    /** An account the upstream changed without answering it is read again when next asked for. */
    forgetAccount(accountId: string): void {
      account.clear(accountId);
      client.changed('accounts', accountId);
    },
    /** An account the upstream deleted: it and its settings now load as null without a call. */
    forgetDeletedAccount(accountId: string): void {
      account.clear(accountId).prime(accountId, null);
      accountSettings.clear(accountId).prime(accountId, null);
      retentionSettings.clear(accountId).prime(accountId, null);
      client.changed('accounts', accountId);
    },
    /** Settings the upstream changed without answering them are read again when next asked for. */
    forgetAccountSettings(accountId: string): void {
      accountSettings.clear(accountId);
      client.changed('accounts', accountId);
    },
    /** Retention settings the upstream put (answering no body) are read again when next asked for. */
    forgetRetentionSettings(accountId: string): void {
      retentionSettings.clear(accountId);
      client.changed('accounts', accountId);
    },
  };
}
