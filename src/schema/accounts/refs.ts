import type { AccountModel } from '../../loaders/accounts.ts';
import { builder } from '../builder.ts';

// The Account type's reference, apart from its fields: users point back at their account, and the
// account's fields list its users, so each side imports the other's reference from a leaf module.

/** The Account object type, implemented in account.ts. */
export const AccountRef = builder.objectRef<AccountModel>('Account');
