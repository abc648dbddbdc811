import type { RequestContext } from '../../context.ts';
import type { AccountFilters, AccountModel, AccountSettingsModel } from '../../loaders/accounts.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';

/** GetAccount; null when there is no such account. */
export function getAccount(ctx: RequestContext, accountId: string): Promise<AccountModel | null> {
  return ctx.loaders.account.load(accountId);
}

/** ListAccounts, as a connection. */
export function listAccounts(ctx: RequestContext, page: ForwardPage, filters: AccountFilters) {
  return ctx.loaders.listAccounts(page, filters);
}

/** GetAccountSettings; null when the account does not exist. */
export function getAccountSettings(
  ctx: RequestContext,
  accountId: string,
): Promise<AccountSettingsModel | null> {
  return ctx.loaders.accountSettings.load(accountId);
}
