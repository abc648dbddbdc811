import type { RequestContext } from '../../context.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';
import type { UserFilters, UserKey, UserModel, UserSettingsModel } from '../../loaders/users.ts';

/** GetUser; null when there is no such user (or account). */
export function getUser(ctx: RequestContext, key: UserKey): Promise<UserModel | null> {
  return ctx.loaders.user.load(key);
}

/** ListUsers of one account, as a connection. */
export function listUsers(ctx: RequestContext, accountId: string, page: ForwardPage, filters: UserFilters) {
  return ctx.loaders.listUsers(accountId, page, filters);
}

/** GetUserSettings; null when the user does not exist. */
export function getUserSettings(ctx: RequestContext, key: UserKey): Promise<UserSettingsModel | null> {
  return ctx.loaders.userSettings.load(key);
}
