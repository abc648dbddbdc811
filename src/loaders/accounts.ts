import type { ChimeCaller } from '../chime/client.ts';
import { GetAccount, ListAccounts } from '../chime/operations/accounts.ts';
import { GetAccountSettings } from '../chime/operations/settings.ts';
import type { Account } from '../chime/shapes/account.ts';
import { type ForwardPage, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';

/** Filters of `ListAccounts`. */
export interface AccountFilters {
  name?: string | null;
  userEmail?: string | null;
}

/** Per-request loaders for accounts and their settings. */
export function createAccountLoaders(client: ChimeCaller, cursors: Cursors) {
  const account = getLoader(
    (accountId: string) => client.send(GetAccount, { AccountId: accountId }).then((out) => out.Account),
    (accountId) => accountId,
  );
  return {
    account,
    accountSettings: getLoader(
      (accountId: string) =>
        client.send(GetAccountSettings, { AccountId: accountId }).then((out) => out.AccountSettings),
      (accountId) => accountId,
    ),
    /** A page of accounts; each one read primes `account`. */
    listAccounts: (page: ForwardPage, filters: AccountFilters) =>
      readConnection<Account>(page, {
        cursors,
        scope: ['accounts', filters.name, filters.userEmail],
        maxResults: ListAccounts.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(ListAccounts, {
            MaxResults: maxResults,
            NextToken: token ?? undefined,
            Name: filters.name ?? undefined,
            UserEmail: filters.userEmail ?? undefined,
          });
          for (const item of out.Accounts) account.prime(item.AccountId, item);
          return { items: out.Accounts, nextToken: out.NextToken };
        },
      }),
  };
}
