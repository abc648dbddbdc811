import { ALL_ACCOUNTS, type Identity } from '../../identity.ts';
import type { UserErrorModel } from './user-errors.ts';

// Out of scope looks like absent: a caller learns nothing of another account, not even that
// it exists, so every refusal here reads exactly as the upstream's "no such resource" would.

/** Whether `identity` reaches every account and the resources outside them (`chime_accounts: ["*"]`). */
export function reachesAllAccounts(identity: Identity): boolean {
  return identity.accounts.includes(ALL_ACCOUNTS);
}

/** Whether account `accountId` is in the scope of `identity` (its `chime_accounts` names it, or is `["*"]`). */
export function inScope(identity: Identity, accountId: string | null | undefined): boolean {
  if (reachesAllAccounts(identity)) return true;
  return accountId != null && identity.accounts.includes(accountId);
}

/**
 * The NOT_FOUND user error a mutation on account `accountId` answers when the account is out of
 * the caller's scope, pointing at `field`; none when it is in scope.
 */
export function checkAccountInScope(
  identity: Identity,
  accountId: string,
  field: string[] = ['input', 'accountId'],
): UserErrorModel[] {
  return inScope(identity, accountId)
    ? []
    : [{ field, message: `Account ${JSON.stringify(accountId)} does not exist`, code: 'NOT_FOUND' }];
}
