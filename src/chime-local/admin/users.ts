import { conflict } from '../errors.ts';
import type { Route } from '../router.ts';
import type { Store } from '../store.ts';
import {
  optionalBoolean,
  optionalInt,
  optionalObject,
  optionalString,
  requiredArray,
  requiredBoolean,
  requiredObject,
  requiredString,
} from '../validate.ts';
import {
  addUser,
  DEFAULT_USER_SETTINGS,
  listedUserView,
  newPersonalPin,
  requireAccount,
  requireSupportedLicense,
  requireUser,
  unsupportedLicense,
  userByEmail,
  userNotFound,
  userOfAccount,
  usersOf,
  userView,
} from './records.ts';
import {
  accountIdLabel,
  CREATE_USER_EMAIL,
  NON_BLANK,
  optionalEmailFilter,
  optionalLicense,
  optionalUserType,
  sameEmail,
  userIdLabel,
} from './rules.ts';
import type { Account, AlexaForBusinessMetadata, License, User, UserError, UserType } from './state.ts';

/** The members UpdateUser and each BatchUpdateUser item may change. */
interface UserUpdate {
  LicenseType?: License;
  UserType?: UserType;
  AlexaForBusinessMetadata?: AlexaForBusinessMetadata;
}

/** Validates the shape of an UpdateUser body or BatchUpdateUser item; `prefix` locates it in messages. */
function parseUserUpdate(source: Record<string, unknown>, prefix: string): UserUpdate {
  const alexa = optionalObject(source.AlexaForBusinessMetadata, `${prefix}AlexaForBusinessMetadata`);
  const enabled = optionalBoolean(
    alexa?.IsAlexaForBusinessEnabled,
    `${prefix}AlexaForBusinessMetadata.IsAlexaForBusinessEnabled`,
  );
  const roomArn = optionalString(
    alexa?.AlexaForBusinessRoomArn,
    `${prefix}AlexaForBusinessMetadata.AlexaForBusinessRoomArn`,
  );
  return {
    LicenseType: optionalLicense(source.LicenseType, `${prefix}LicenseType`),
    UserType: optionalUserType(source.UserType, `${prefix}UserType`),
    AlexaForBusinessMetadata: alexa && {
      ...(enabled !== undefined && { IsAlexaForBusinessEnabled: enabled }),
      ...(roomArn !== undefined && { AlexaForBusinessRoomArn: roomArn }),
    },
  };
}

/** Applies a validated update; the license must be one the user's account supports. */
function applyUserUpdate(account: Account, user: User, update: UserUpdate): void {
  if (update.LicenseType !== undefined) {
    requireSupportedLicense(account, update.LicenseType, 'LicenseType');
    user.LicenseType = update.LicenseType;
  }
  if (update.UserType !== undefined) user.UserType = update.UserType;
  if (update.AlexaForBusinessMetadata !== undefined)
    user.AlexaForBusinessMetadata = update.AlexaForBusinessMetadata;
}

/** The `{AccountId}` and `{UserId}` labels resolved to the user, or 400/404. */
const userFromLabels = (store: Store, params: Record<string, string>): User =>
  requireUser(store, accountIdLabel(params), userIdLabel(params));

/** User operations: create, read, list, update, PIN, logout and per-user settings. */
export const userRoutes: Route[] = [
  {
    operation: 'CreateUser',
    method: 'POST',
    path: '/accounts/{AccountId}/users',
    query: { operation: 'create' },
    handle: ({ params, body, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      const email = optionalString(body.Email, 'Email', { pattern: CREATE_USER_EMAIL });
      const username = optionalString(body.Username, 'Username');
      const userType = optionalUserType(body.UserType);
      if (email !== undefined) {
        const owner = userByEmail(store, email);
        if (owner)
          throw conflict(
            `A user with email ${JSON.stringify(email)} already exists${owner.AccountId === account.AccountId ? '' : ' in another account'}`,
          );
      }
      const now = store.now();
      const user = addUser(store, account, {
        ...(email !== undefined && { PrimaryEmail: email }),
        ...(username !== undefined && { DisplayName: username }),
        ...(userType !== undefined && { UserType: userType }),
        UserRegistrationStatus: 'Registered',
        RegisteredOn: now,
      });
      return { status: 201, body: { User: userView(user) } };
    },
  },
  {
    operation: 'GetUser',
    method: 'GET',
    path: '/accounts/{AccountId}/users/{UserId}',
    handle: ({ params, store }) => ({ body: { User: userView(userFromLabels(store, params)) } }),
  },
  {
    operation: 'ListUsers',
    method: 'GET',
    path: '/accounts/{AccountId}/users',
    handle: ({ params, query, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      const email = optionalEmailFilter(query.get('user-email'));
      const userType = optionalUserType(query.get('user-type'));
      const maxResults = optionalInt(query.get('max-results'), 'MaxResults', { min: 1, max: 200 }) ?? 100;
      const users = usersOf(store, account.AccountId).filter(
        (user) =>
          (email === undefined || sameEmail(user.PrimaryEmail, email)) &&
          (userType === undefined || user.UserType === userType),
      );
      const page = store.paginator.page(
        users,
        maxResults,
        query.get('next-token'),
        `ListUsers:${account.AccountId}:${email?.toLowerCase() ?? ''}:${userType ?? ''}`,
      );
      return { body: { Users: page.items.map(listedUserView), NextToken: page.nextToken } };
    },
  },
  {
    operation: 'UpdateUser',
    method: 'POST',
    path: '/accounts/{AccountId}/users/{UserId}',
    handle: ({ params, body, store }) => {
      const user = userFromLabels(store, params);
      applyUserUpdate(requireAccount(store, user.AccountId), user, parseUserUpdate(body, ''));
      return { body: { User: userView(user) } };
    },
  },
  {
    operation: 'BatchUpdateUser',
    method: 'POST',
    path: '/accounts/{AccountId}/users',
    handle: ({ params, body, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      const prefix = (index: number) => `UpdateUserRequestItems[${index}].`;
      // The whole request is checked before any user changes; per-user problems are UserErrors.
      const items = requiredArray(body.UpdateUserRequestItems, 'UpdateUserRequestItems', { max: 20 }).map(
        (raw, index) => {
          const item = requiredObject(raw, `UpdateUserRequestItems[${index}]`);
          return {
            userId: requiredString(item.UserId, `${prefix(index)}UserId`, { pattern: NON_BLANK }),
            update: parseUserUpdate(item, prefix(index)),
          };
        },
      );
      const userErrors: UserError[] = [];
      for (const [index, { userId, update }] of items.entries()) {
        const user = userOfAccount(store, account.AccountId, userId);
        if (!user) {
          userErrors.push(userNotFound(userId, account.AccountId));
          continue;
        }
        const problem =
          update.LicenseType === undefined
            ? undefined
            : unsupportedLicense(account, update.LicenseType, `${prefix(index)}LicenseType`);
        if (problem) {
          userErrors.push({ UserId: userId, ErrorCode: 'BadRequest', ErrorMessage: problem });
          continue;
        }
        applyUserUpdate(account, user, update);
      }
      return { body: { UserErrors: userErrors } };
    },
  },
  {
    operation: 'ResetPersonalPIN',
    method: 'POST',
    path: '/accounts/{AccountId}/users/{UserId}',
    query: { operation: 'reset-personal-pin' },
    handle: ({ params, store }) => {
      const user = userFromLabels(store, params);
      user.PersonalPIN = newPersonalPin(user.PersonalPIN);
      return { body: { User: userView(user) } };
    },
  },
  {
    operation: 'LogoutUser',
    method: 'POST',
    path: '/accounts/{AccountId}/users/{UserId}',
    query: { operation: 'logout' },
    handle: ({ params, store }) => {
      // Nobody is signed in to chime-local: checking that the user exists is all there is to do.
      userFromLabels(store, params);
      return { status: 204 };
    },
  },
  {
    operation: 'GetUserSettings',
    method: 'GET',
    path: '/accounts/{AccountId}/users/{UserId}/settings',
    handle: ({ params, store }) => {
      const user = userFromLabels(store, params);
      const settings = store.admin.userSettings.get(user.UserId) ?? DEFAULT_USER_SETTINGS;
      return { body: { UserSettings: { Telephony: { ...settings.Telephony } } } };
    },
  },
  {
    operation: 'UpdateUserSettings',
    method: 'PUT',
    path: '/accounts/{AccountId}/users/{UserId}/settings',
    handle: ({ params, body, store }) => {
      const user = userFromLabels(store, params);
      const settings = requiredObject(body.UserSettings, 'UserSettings');
      const telephony = requiredObject(settings.Telephony, 'UserSettings.Telephony');
      const required = (name: 'InboundCalling' | 'OutboundCalling' | 'SMS') =>
        requiredBoolean(telephony[name], `UserSettings.Telephony.${name}`);
      store.admin.userSettings.set(user.UserId, {
        Telephony: {
          InboundCalling: required('InboundCalling'),
          OutboundCalling: required('OutboundCalling'),
          SMS: required('SMS'),
        },
      });
      return { status: 204 };
    },
  },
];
