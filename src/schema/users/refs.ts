import type { UserModel } from '../../loaders/users.ts';
import { builder } from '../builder.ts';

// The User type's references, apart from its fields: an account lists its users, and a user points
// back at its account, so each side imports the other's reference from a leaf module.

/** The User object type, implemented in user.ts. */
export const UserRef = builder.objectRef<UserModel>('User');

/** A page of users. */
export const UserConnection = builder.connectionObject({ type: UserRef, name: 'UserConnection' });
