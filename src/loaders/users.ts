import DataLoader from 'dataloader';
import { type CachingCaller, cachedAs } from '../cache/read-cache.ts';
import { GetUserSettings } from '../chime/operations/settings.ts';
import { GetUser, ListUsers } from '../chime/operations/users.ts';
import { LICENSES, type License } from '../chime/shapes/account.ts';
import type { UserSettings } from '../chime/shapes/settings.ts';
import {
  INVITE_STATUSES,
  type InviteStatus,
  REGISTRATION_STATUSES,
  type RegistrationStatus,
  USER_TYPES,
  type User,
  type UserType,
} from '../chime/shapes/user.ts';
import { type ForwardPage, readConnection, type UpstreamPage } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';
import { listOrGetBatch } from './shared/list-or-get.ts';
import { isoTimestamp, knownValue } from './shared/upstream-values.ts';

/** A user is addressed by its account and its own id. */
export interface UserKey {
  accountId: string;
  userId: string;
}

/** An Amazon Chime user, as the graph sees it. */
export interface UserModel {
  userId: string;
  accountId: string;
  primaryEmail: string | null;
  primaryProvisionedNumber: string | null;
  displayName: string | null;
  licenseType: License | null;
  userType: UserType | null;
  userRegistrationStatus: RegistrationStatus | null;
  userInvitationStatus: InviteStatus | null;
  registeredOn: string | null;
  invitedOn: string | null;
}

/** A user's telephony permissions. */
export interface UserSettingsModel {
  telephony: { inboundCalling: boolean; outboundCalling: boolean; sms: boolean };
}

/** Filters of `ListUsers`. */
export interface UserFilters {
  userEmail?: string | null;
  userType?: UserType | null;
}

/**
 * Maps an upstream user of `accountId`. Only some answers name the account (ListUsers'
 * items do not), so the account the user was read in fills it in.
 */
export function toUser(accountId: string, user: User): UserModel {
  return {
    userId: user.UserId,
    accountId: user.AccountId ?? accountId,
    primaryEmail: user.PrimaryEmail ?? null,
    // The upstream reports "no number" as an empty string as well as by leaving it out.
    primaryProvisionedNumber: user.PrimaryProvisionedNumber || null,
    displayName: user.DisplayName ?? null,
    licenseType: knownValue(LICENSES, user.LicenseType),
    userType: knownValue(USER_TYPES, user.UserType),
    userRegistrationStatus: knownValue(REGISTRATION_STATUSES, user.UserRegistrationStatus),
    userInvitationStatus: knownValue(INVITE_STATUSES, user.UserInvitationStatus),
    registeredOn: isoTimestamp(user.RegisteredOn),
    invitedOn: isoTimestamp(user.InvitedOn),
  };
}

/** Maps upstream user settings. */
export function toUserSettings(settings: UserSettings): UserSettingsModel {
  return {
    telephony: {
      inboundCalling: settings.Telephony.InboundCalling,
      outboundCalling: settings.Telephony.OutboundCalling,
      sms: settings.Telephony.SMS,
    },
  };
}

const userCacheKey = ({ accountId, userId }: UserKey) => `${accountId}/${userId}`;

/** Per-request loaders for users and their settings, and the cache changes user writes make. */
export function createUserLoaders(client: CachingCaller, cursors: Cursors) {
  /** The one reader of ListUsers: a page of an account's users, mapped. */
  const readUsers = async (
    accountId: string,
    filters: UserFilters,
    token: string | null | undefined,
    maxResults: number | undefined,
  ): Promise<UpstreamPage<UserModel>> => {
    const out = await client.send(
      ListUsers,
      {
        AccountId: accountId,
        MaxResults: maxResults,
        NextToken: token ?? undefined,
        UserEmail: filters.userEmail ?? undefined,
        UserType: filters.userType ?? undefined,
      },
      cachedAs('users'),
    );
    return { items: out.Users.map((item) => toUser(accountId, item)), nextToken: out.NextToken };
  };
  const primeListed = (items: UserModel[]) => {
    for (const item of items) user.prime({ accountId: item.accountId, userId: item.userId }, item);
  };
  // Many users of one account (a phone number inventory's owners) are one ListUsers page
  // of 200 rather than one GetUser each.
  const user: DataLoader<UserKey, UserModel | null, string> = new DataLoader(
    listOrGetBatch<UserKey, UserModel>({
      groupOf: (key) => key.accountId,
      idOf: userCacheKey,
      idOfItem: (item) => `${item.accountId}/${item.userId}`,
      readPage: (accountId, token) => readUsers(accountId, {}, token, ListUsers.maxResults),
      get: (key) =>
        client
          .send(
            GetUser,
            { AccountId: key.accountId, UserId: key.userId },
            cachedAs('users', userCacheKey(key)),
          )
          .then((out) => toUser(key.accountId, out.User)),
      prime: (item) => primeListed([item]),
    }).batch,
    { cacheKeyFn: userCacheKey },
  );
  const userSettings = getLoader(
    (key: UserKey) =>
      client
        .send(
          GetUserSettings,
          { AccountId: key.accountId, UserId: key.userId },
          cachedAs('users', userCacheKey(key)),
        )
        .then((out) => toUserSettings(out.UserSettings)),
    userCacheKey,
  );
  return {
    user,
    userSettings,
    /** A page of an account's users; each one read primes `user`. */
    listUsers: (accountId: string, page: ForwardPage, filters: UserFilters) =>
      readConnection<UserModel>(page, {
        cursors,
        scope: ['users', accountId, filters.userEmail, filters.userType],
        maxResults: ListUsers.maxResults!,
        read: async (token, maxResults) => {
          const users = await readUsers(accountId, filters, token, maxResults);
          primeListed(users.items);
          return users;
        },
      }),
    /** The user as the upstream just answered it replaces whatever the request had loaded. */
    replaceUser(key: UserKey, model: UserModel): void {
      user.clear(key).prime(key, model);
      client.changed('users', userCacheKey(key));
    },
    /** A user the upstream changed without answering it is read again when next asked for. */
    forgetUser(key: UserKey): void {
      user.clear(key);
      client.changed('users', userCacheKey(key));
    },
    /** The settings just written replace whatever the request had loaded. */
    replaceUserSettings(key: UserKey, model: UserSettingsModel): void {
      userSettings.clear(key).prime(key, model);
      client.changed('users', userCacheKey(key));
    },
    /**
     * Every loaded user (and, with `settings`, every user's settings) is read again: for
     * writes whose answer does not say which users they touched. The cache is keyed by
     * user, not by account, so it cannot drop one account's users alone.
     */
    forgetAllUsers({ settings }: { settings: boolean }): void {
      user.clearAll();
      if (settings) userSettings.clearAll();
      client.changedAll('users');
    },
  };
}
