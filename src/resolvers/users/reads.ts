import type { RequestContext } from '../../context.ts';
import { emptyConnection, type ForwardPage } from '../../loaders/shared/connection.ts';
import type { UserFilters, UserKey, UserModel, UserSettingsModel } from '../../loaders/users.ts';
import { inScope } from '../shared/tenancy.ts';

/** GetUser; null when there is no such user (or account), or its account is out of the caller's scope. */
export async function getUser(ctx: RequestContext, key: UserKey): Promise<UserModel | null> {
  if (!inScope(ctx.identity, key.accountId)) return null;
  return ctx.loaders.user.load(key);
}

/** ListUsers of one account, as a connection; empty for an account out of the caller's scope. */
export async function listUsers(
  ctx: RequestContext,
  accountId: string,
  page: ForwardPage,
  filters: UserFilters,
) {
  if (!inScope(ctx.identity, accountId)) return emptyConnection<UserModel>();
  return ctx.loaders.listUsers(accountId, page, filters);
}

/** GetUserSettings; null when the user does not exist or its account is out of the caller's scope. */
export async function getUserSettings(ctx: RequestContext, key: UserKey): Promise<UserSettingsModel | null> {
  if (!inScope(ctx.identity, key.accountId)) return null;
  return ctx.loaders.userSettings.load(key);
}
