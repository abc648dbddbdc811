import DataLoader from 'dataloader';
import type { ChimeCaller } from '../chime/client.ts';
import { GetUserSettings } from '../chime/operations/settings.ts';
import { GetUser, ListUsers } from '../chime/operations/users.ts';
import type { User, UserType } from '../chime/shapes/user.ts';
import { type ForwardPage, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';
import { listOrGetBatch } from './shared/list-or-get.ts';

/** A user is addressed by its account and its own id. */
export interface UserKey {
  accountId: string;
  userId: string;
}

/** Filters of `ListUsers`. */
export interface UserFilters {
  userEmail?: string | null;
  userType?: UserType | null;
}

const userCacheKey = ({ accountId, userId }: UserKey) => `${accountId}/${userId}`;

/** Per-request loaders for users and their settings. */
export function createUserLoaders(client: ChimeCaller, cursors: Cursors) {
  const withAccount = (accountId: string, item: User): User => ({ AccountId: accountId, ...item });
  // Many users of one account (a phone number inventory's owners) are one ListUsers page
  // of 200 rather than one GetUser each.
  const user: DataLoader<UserKey, User | null, string> = new DataLoader(
    listOrGetBatch<UserKey, User>({
      groupOf: (key) => key.accountId,
      idOf: userCacheKey,
      idOfItem: (item) => `${item.AccountId}/${item.UserId}`,
      readPage: async (accountId, token) => {
        const out = await client.send(ListUsers, {
          AccountId: accountId,
          MaxResults: ListUsers.maxResults,
          NextToken: token,
        });
        return { items: out.Users.map((item) => withAccount(accountId, item)), nextToken: out.NextToken };
      },
      get: ({ accountId, userId }) =>
        client.send(GetUser, { AccountId: accountId, UserId: userId }).then((out) => out.User),
      prime: (item) => user.prime({ accountId: item.AccountId!, userId: item.UserId }, item),
    }),
    { cacheKeyFn: userCacheKey },
  );
  return {
    user,
    userSettings: getLoader(
      ({ accountId, userId }: UserKey) =>
        client
          .send(GetUserSettings, { AccountId: accountId, UserId: userId })
          .then((out) => out.UserSettings),
      userCacheKey,
    ),
    /** A page of an account's users; each one read primes `user`. */
    listUsers: (accountId: string, page: ForwardPage, filters: UserFilters) =>
      readConnection<User>(page, {
        cursors,
        scope: ['users', accountId, filters.userEmail, filters.userType],
        maxResults: ListUsers.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(ListUsers, {
            AccountId: accountId,
            MaxResults: maxResults,
            NextToken: token ?? undefined,
            UserEmail: filters.userEmail ?? undefined,
            UserType: filters.userType ?? undefined,
          });
          for (const item of out.Users)
            user.prime({ accountId, userId: item.UserId }, { AccountId: accountId, ...item });
          return {
            items: out.Users.map((item) => ({ AccountId: accountId, ...item })),
            nextToken: out.NextToken,
          };
        },
      }),
  };
}
