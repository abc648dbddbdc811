import type { RequestContext } from '../../context.ts';
import type {
  AccountFilters,
  AccountModel,
  AccountSettingsModel,
  RetentionSettingsModel,
} from '../../loaders/accounts.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';
import { inScope, reachesAllAccounts } from '../shared/tenancy.ts';

/** GetAccount; null when there is no such account, or it is out of the caller's scope (without a call). */
export async function getAccount(ctx: RequestContext, accountId: string): Promise<AccountModel | null> {
  if (!inScope(ctx.identity, accountId)) return null;
  return ctx.loaders.account.load(accountId);
}

/**
 * ListAccounts, as a connection; a caller scoped to some accounts gets those accounts only, read
 * one by one, since ListAccounts cannot be narrowed to them.
 */
export function listAccounts(ctx: RequestContext, page: ForwardPage, filters: AccountFilters) {
  if (reachesAllAccounts(ctx.identity)) return ctx.loaders.listAccounts(page, filters);
  return ctx.loaders.listAccountsIn(ctx.identity.accounts, page, filters);
}

/** GetAccountSettings; null when the account does not exist or is out of the caller's scope. */
export async function getAccountSettings(
  ctx: RequestContext,
  accountId: string,
): Promise<AccountSettingsModel | null> {
  if (!inScope(ctx.identity, accountId)) return null;
  return ctx.loaders.accountSettings.load(accountId);
}

/** GetRetentionSettings; null when the account does not exist or is out of the caller's scope. */
export async function getRetentionSettings(
  ctx: RequestContext,
  accountId: string,
): Promise<RetentionSettingsModel | null> {
  if (!inScope(ctx.identity, accountId)) return null;
  return ctx.loaders.retentionSettings.load(accountId);
}
