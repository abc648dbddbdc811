import { badRequest } from '../errors.ts';
import type { Route } from '../router.ts';
import type { Store } from '../store.ts';
import { requiredArray, requiredString } from '../validate.ts';
import { addUser, requireAccount, userByEmail, userNotFound, userOfAccount } from './records.ts';
import { accountIdLabel, EMAIL, NON_BLANK, optionalUserType } from './rules.ts';
import type { Account, User, UserError } from './state.ts';

/** 400 unless the account's type is one the operation supports. */
function requireAccountType(account: Account, operation: string, allowed: Account['AccountType'][]): void {
  if (!allowed.includes(account.AccountType))
    throw badRequest(
      `${operation} supports only ${allowed.join(' and ')} accounts; account ${account.AccountId} is ${account.AccountType}`,
    );
}

/** The UserIdList of BatchSuspendUser / BatchUnsuspendUser: at most 50 non-blank ids. */
const userIdList = (value: unknown): string[] =>
  requiredArray(value, 'UserIdList', { max: 50 }).map((id, index) =>
    requiredString(id, `UserIdList[${index}]`, { pattern: NON_BLANK }),
  );

/**
 * Runs `change` on each listed user of the account; ids that name no user of the account
 * become NotFound UserErrors instead of failing the whole batch.
 */
function forEachListedUser(
  store: Store,
  account: Account,
  ids: string[],
  change: (user: User) => void,
): { UserErrors: UserError[] } {
  const errors: UserError[] = [];
  for (const id of ids) {
    const user = userOfAccount(store, account.AccountId, id);
    if (user) change(user);
    else errors.push(userNotFound(id, account.AccountId));
  }
  return { UserErrors: errors };
}

/** Invitations and suspensions: InviteUsers, BatchSuspendUser, BatchUnsuspendUser. */
export const userLifecycleRoutes: Route[] = [
  {
    operation: 'InviteUsers',
    method: 'POST',
    path: '/accounts/{AccountId}/users',
    query: { operation: 'add' },
    handle: ({ params, body, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      requireAccountType(account, 'InviteUsers', ['Team']);
      const emails = requiredArray(body.UserEmailList, 'UserEmailList', { max: 50 }).map((email, index) =>
        requiredString(email, `UserEmailList[${index}]`, { pattern: EMAIL }),
      );
      const userType = optionalUserType(body.UserType);
      const now = store.now();
      const invites = emails.map((email) => {
        const invite = { InviteId: store.newId(), EmailAddress: email };
        const existing = userByEmail(store, email);
        // An address belongs to one account: inviting another account's user fails.
        if (existing && existing.AccountId !== account.AccountId)
          return { ...invite, Status: 'Failed', EmailStatus: 'NotSent' };
        // Already a member: nothing to accept, nothing to send.
        if (existing?.UserRegistrationStatus === 'Registered')
          return { ...invite, Status: 'Accepted', EmailStatus: 'NotSent' };
        if (existing) {
          // Pending again: a new invitation, which also lifts a Team account's suspension once accepted.
          existing.UserRegistrationStatus = 'Unregistered';
          existing.UserInvitationStatus = 'Pending';
          existing.InvitedOn = now;
          if (userType !== undefined) existing.UserType = userType;
        } else {
          addUser(store, account, {
            PrimaryEmail: email,
            ...(userType !== undefined && { UserType: userType }),
            UserRegistrationStatus: 'Unregistered',
            UserInvitationStatus: 'Pending',
            InvitedOn: now,
          });
        }
        return { ...invite, Status: 'Pending', EmailStatus: 'Sent' };
      });
      return { status: 201, body: { Invites: invites } };
    },
  },
  {
    operation: 'BatchSuspendUser',
    method: 'POST',
    path: '/accounts/{AccountId}/users',
    query: { operation: 'suspend' },
    handle: ({ params, body, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      requireAccountType(account, 'BatchSuspendUser', ['Team', 'EnterpriseLWA']);
      const ids = userIdList(body.UserIdList);
      return {
        body: forEachListedUser(store, account, ids, (user) => {
          user.UserRegistrationStatus = 'Suspended';
        }),
      };
    },
  },
  {
    operation: 'BatchUnsuspendUser',
    method: 'POST',
    path: '/accounts/{AccountId}/users',
    query: { operation: 'unsuspend' },
    handle: ({ params, body, store }) => {
      const account = requireAccount(store, accountIdLabel(params));
      // Team users come back by being invited again (InviteUsers), not through this operation.
      requireAccountType(account, 'BatchUnsuspendUser', ['EnterpriseLWA']);
      const ids = userIdList(body.UserIdList);
      const now = store.now();
      return {
        body: forEachListedUser(store, account, ids, (user) => {
          // Users that are not suspended are ignored, as the reference says.
          if (user.UserRegistrationStatus !== 'Suspended') return;
          user.UserRegistrationStatus = 'Registered';
          user.RegisteredOn ??= now;
        }),
      };
    },
  },
];
