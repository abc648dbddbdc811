import type { Account } from '../../chime/shapes/account.ts';
import type { RequestContext } from '../../context.ts';
import type { AccountFilters } from '../../loaders/accounts.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';
import { mapConnection } from '../shared/connection.ts';
import {
  ACCOUNT_STATUSES,
  ACCOUNT_TYPES,
  type AccountStatus,
  type AccountType,
  knownValue,
  knownValues,
  LICENSES,
  type License,
} from '../shared/enums.ts';
import { isoTimestamp } from '../shared/timestamps.ts';

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

/** GetAccount; null when there is no such account. */
export async function getAccount(ctx: RequestContext, accountId: string): Promise<AccountModel | null> {
  const account = await ctx.loaders.account.load(accountId);
  return account && toAccount(account);
}

/** ListAccounts, as a connection. */
export async function listAccounts(ctx: RequestContext, page: ForwardPage, filters: AccountFilters) {
  return mapConnection(await ctx.loaders.listAccounts(page, filters), toAccount);
}

/** GetAccountSettings; null when the account does not exist. */
export async function getAccountSettings(
  ctx: RequestContext,
  accountId: string,
): Promise<AccountSettingsModel | null> {
  const settings = await ctx.loaders.accountSettings.load(accountId);
  return (
    settings && {
      disableRemoteControl: settings.DisableRemoteControl ?? null,
      enableDialOut: settings.EnableDialOut ?? null,
    }
  );
}
