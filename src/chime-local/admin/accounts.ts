import { ServiceError } from '../errors.ts';
import type { Route } from '../router.ts';
import {
  optionalBoolean,
  optionalInt,
  optionalObject,
  optionalString,
  requiredArray,
  requiredObject,
  requiredString,
} from '../validate.ts';
import {
  addAccount,
  DEFAULT_ACCOUNT_SETTINGS,
  requireAccount,
  requireSupportedLicense,
  usersOf,
} from './records.ts';
import { deleteRoomsOf } from './rooms.ts';
import { ACCOUNT_NAME, accountIdLabel, optionalEmailFilter, optionalLicense, sameEmail } from './rules.ts';

/** 422: the request is well formed but the resource's state forbids it (DeleteAccount's rule). */
const unprocessable = (message: string) => new ServiceError(422, 'UnprocessableEntityException', message);

/** RetentionDays of a RetentionSettings member: 1 to 5475, or left out (that retention is off). */
function retentionDays(value: unknown, name: string): { RetentionDays?: number } | undefined {
  const member = optionalObject(value, name);
  if (!member) return undefined;
  const days = optionalInt(member.RetentionDays, `${name}.RetentionDays`, { min: 1, max: 5475 });
  return days === undefined ? {} : { RetentionDays: days };
}

/** A sign-in delegate group's GroupName: `.*\S.*`. */
const GROUP_NAME = { pattern: /.*\S.*/ };

/**
 * Account operations: CreateAccount, GetAccount, ListAccounts, UpdateAccount, DeleteAccount,
 * settings, retention settings and sign-in delegate groups.
 */
export const accountRoutes: Route[] = [
  {
    operation: 'CreateAccount',
    method: 'POST',
    path: '/accounts',
    handle: ({ body, store }) => {
      const name = requiredString(body.Name, 'Name', ACCOUNT_NAME);
      // Only Team accounts can be created through the API.
      return { status: 201, body: { Account: { ...addAccount(store, { Name: name }) } } };
    },
  },
  {
    operation: 'GetAccount',
    method: 'GET',
    path: '/accounts/{AccountId}',
    handle: ({ params, store }) => ({
      body: { Account: { ...requireAccount(store, accountIdLabel(params)) } },
    }),
  },
  {
    operation: 'ListAccounts',
    method: 'GET',
    path: '/accounts',
    handle: ({ query, store }) => {
      const name = optionalString(query.get('name'), 'Name', ACCOUNT_NAME);
      const email = optionalEmailFilter(query.get('user-email'));
      const maxResults = optionalInt(query.get('max-results'), 'MaxResults', { min: 1, max: 200 }) ?? 100;
      const accounts = [...store.admin.accounts.values()].filter(
        (account) =>
          (name === undefined || account.Name.startsWith(name)) &&
          (email === undefined ||
            usersOf(store, account.AccountId).some((user) => sameEmail(user.PrimaryEmail, email))),
      );
      const page = store.paginator.page(
        accounts,
        maxResults,
        query.get('next-token'),
        `ListAccounts:${name ?? ''}:${email?.toLowerCase() ?? ''}`,
      );
      return { body: { Accounts: page.items.map((account) => ({ ...account })), NextToken: page.nextToken } };
    },
  },
  {
    operation: 'UpdateAccount',
    method: 'POST',
    path: '/accounts/{AccountId}',
    handle: ({ params, body, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      const name = optionalString(body.Name, 'Name', ACCOUNT_NAME);
      const defaultLicense = optionalLicense(body.DefaultLicense, 'DefaultLicense');
      if (defaultLicense !== undefined) requireSupportedLicense(account, defaultLicense, 'DefaultLicense');
      if (name !== undefined) account.Name = name;
      if (defaultLicense !== undefined) account.DefaultLicense = defaultLicense;
      return { body: { Account: { ...account } } };
    },
  },
  {
    operation: 'AssociateSigninDelegateGroupsWithAccount',
    method: 'POST',
    path: '/accounts/{AccountId}',
    query: { operation: 'associate-signin-delegate-groups' },
    handle: ({ params, body, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      const names = requiredArray(body.SigninDelegateGroups, 'SigninDelegateGroups').map((group, index) =>
        requiredString(
          requiredObject(group, `SigninDelegateGroups[${index}]`).GroupName,
          `SigninDelegateGroups[${index}].GroupName`,
          GROUP_NAME,
        ),
      );
      // A group already associated stays once.
      const known = new Set(account.SigninDelegateGroups.map((group) => group.GroupName));
      for (const name of new Set(names))
        if (!known.has(name)) account.SigninDelegateGroups.push({ GroupName: name });
      return {};
    },
  },
  {
    operation: 'DisassociateSigninDelegateGroupsFromAccount',
    method: 'POST',
    path: '/accounts/{AccountId}',
    query: { operation: 'disassociate-signin-delegate-groups' },
    handle: ({ params, body, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      const names = new Set(
        requiredArray(body.GroupNames, 'GroupNames', { min: 1 }).map((name, index) =>
          requiredString(name, `GroupNames[${index}]`, GROUP_NAME),
        ),
      );
      // Names the account does not have are no error: they are already not associated.
      account.SigninDelegateGroups = account.SigninDelegateGroups.filter(
        (group) => group.GroupName === undefined || !names.has(group.GroupName),
      );
      return {};
    },
  },
  {
    operation: 'DeleteAccount',
    method: 'DELETE',
    path: '/accounts/{AccountId}',
    handle: ({ params, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      const users = usersOf(store, account.AccountId);
      // The reference: all users must be suspended first (for Enterprise accounts releasing
      // the domains does that); the error it lists for this case is 422.
      const active = users.filter((user) => user.UserRegistrationStatus !== 'Suspended');
      if (active.length > 0)
        throw unprocessable(
          `Account ${account.AccountId} still has ${active.length} users that are not suspended; suspend all users (BatchSuspendUser) before deleting the account`,
        );
      for (const user of users) {
        store.admin.users.delete(user.UserId);
        store.admin.userSettings.delete(user.UserId);
      }
      for (const [botId, record] of store.admin.bots)
        if (record.accountId === account.AccountId) store.admin.bots.delete(botId);
      store.admin.accounts.delete(account.AccountId);
      store.admin.accountSettings.delete(account.AccountId);
      store.admin.retentionSettings.delete(account.AccountId);
      deleteRoomsOf(store, account.AccountId);
      return { status: 204 };
    },
  },
  {
    operation: 'GetAccountSettings',
    method: 'GET',
    path: '/accounts/{AccountId}/settings',
    handle: ({ params, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      const settings = store.admin.accountSettings.get(account.AccountId);
      return { body: { AccountSettings: { ...DEFAULT_ACCOUNT_SETTINGS, ...settings } } };
    },
  },
  {
    operation: 'UpdateAccountSettings',
    method: 'PUT',
    path: '/accounts/{AccountId}/settings',
    handle: ({ params, body, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      const update = requiredObject(body.AccountSettings, 'AccountSettings');
      const disableRemoteControl = optionalBoolean(
        update.DisableRemoteControl,
        'AccountSettings.DisableRemoteControl',
      );
      const enableDialOut = optionalBoolean(update.EnableDialOut, 'AccountSettings.EnableDialOut');
      const settings = { ...store.admin.accountSettings.get(account.AccountId) };
      if (disableRemoteControl !== undefined) settings.DisableRemoteControl = disableRemoteControl;
      if (enableDialOut !== undefined) settings.EnableDialOut = enableDialOut;
      store.admin.accountSettings.set(account.AccountId, settings);
      return { status: 204 };
    },
  },
  {
    operation: 'GetRetentionSettings',
    method: 'GET',
    path: '/accounts/{AccountId}/retention-settings',
    handle: ({ params, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      const put = store.admin.retentionSettings.get(account.AccountId);
      return {
        body: put
          ? { RetentionSettings: put.settings, InitiateDeletionTimestamp: put.initiateDeletionTimestamp }
          : { RetentionSettings: {} },
      };
    },
  },
  {
    operation: 'PutRetentionSettings',
    method: 'PUT',
    path: '/accounts/{AccountId}/retention-settings',
    handle: ({ params, body, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      const settings = requiredObject(body.RetentionSettings, 'RetentionSettings');
      const room = retentionDays(settings.RoomRetentionSettings, 'RetentionSettings.RoomRetentionSettings');
      const conversation = retentionDays(
        settings.ConversationRetentionSettings,
        'RetentionSettings.ConversationRetentionSettings',
      );
      // The settings put replace the earlier ones whole: a member left out turns that retention off.
      store.admin.retentionSettings.set(account.AccountId, {
        settings: {
          ...(room ? { RoomRetentionSettings: room } : {}),
          ...(conversation ? { ConversationRetentionSettings: conversation } : {}),
        },
        initiateDeletionTimestamp: store.now(),
      });
      // The SDK binds 204, so the answer has no body; GetRetentionSettings tells what was put.
      return { status: 204 };
    },
  },
];
