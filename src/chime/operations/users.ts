import { defineOperation } from '../operation.ts';
import type { License } from '../shapes/account.ts';
import type {
  AlexaForBusinessMetadata,
  Invite,
  UpdateUserRequestItem,
  User,
  UserError,
  UserType,
} from '../shapes/user.ts';

export interface CreateUserInput {
  AccountId: string;
  Email?: string;
  Username?: string;
  UserType?: UserType;
}

export interface CreateUserOutput {
  User: User;
}

/** Creates a user under the specified Amazon Chime account. `POST /accounts/{AccountId}/users?operation=create` */
export const CreateUser = defineOperation<CreateUserInput, CreateUserOutput>({
  name: 'CreateUser',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/users',
  fixedQuery: { operation: 'create' },
  successStatus: 201,
});

export interface GetUserInput {
  AccountId: string;
  UserId: string;
}

export interface GetUserOutput {
  User: User;
}

/** Retrieves details for the specified user ID, such as primary email address, license type, and personal meeting PIN. `GET /accounts/{AccountId}/users/{UserId}` */
export const GetUser = defineOperation<GetUserInput, GetUserOutput>({
  name: 'GetUser',
  group: 'admin',
  method: 'GET',
  path: '/accounts/{AccountId}/users/{UserId}',
  successStatus: 200,
});

export interface ListUsersInput {
  AccountId: string;
  MaxResults?: number;
  NextToken?: string;
  UserEmail?: string;
  UserType?: UserType;
}

export interface ListUsersOutput {
  NextToken?: string;
  Users: User[];
}

/** Lists the users that belong to the specified Amazon Chime account. `GET /accounts/{AccountId}/users` */
export const ListUsers = defineOperation<ListUsersInput, ListUsersOutput>({
  name: 'ListUsers',
  group: 'admin',
  method: 'GET',
  path: '/accounts/{AccountId}/users',
  query: {
    MaxResults: 'max-results',
    NextToken: 'next-token',
    UserEmail: 'user-email',
    UserType: 'user-type',
  },
  successStatus: 200,
  maxResults: 200,
});

export interface UpdateUserInput {
  AccountId: string;
  UserId: string;
  AlexaForBusinessMetadata?: AlexaForBusinessMetadata;
  LicenseType?: License;
  UserType?: UserType;
}

export interface UpdateUserOutput {
  User: User;
}

/** Updates user details for a specified user ID. `POST /accounts/{AccountId}/users/{UserId}` */
export const UpdateUser = defineOperation<UpdateUserInput, UpdateUserOutput>({
  name: 'UpdateUser',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/users/{UserId}',
  successStatus: 200,
});

export interface BatchUpdateUserInput {
  AccountId: string;
  UpdateUserRequestItems: UpdateUserRequestItem[];
}

export interface BatchUpdateUserOutput {
  UserErrors?: UserError[];
}

/** Updates user details within the UpdateUserRequestItem object for up to 20 users for the specified Amazon Chime account. `POST /accounts/{AccountId}/users` */
export const BatchUpdateUser = defineOperation<BatchUpdateUserInput, BatchUpdateUserOutput>({
  name: 'BatchUpdateUser',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/users',
  successStatus: 200,
});

export interface InviteUsersInput {
  AccountId: string;
  UserEmailList: string[];
  UserType?: UserType;
}

export interface InviteUsersOutput {
  Invites: Invite[];
}

/** Sends email to a maximum of 50 users, inviting them to the specified Amazon Chime Team account. `POST /accounts/{AccountId}/users?operation=add` */
export const InviteUsers = defineOperation<InviteUsersInput, InviteUsersOutput>({
  name: 'InviteUsers',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/users',
  fixedQuery: { operation: 'add' },
  successStatus: 201,
});

export interface BatchSuspendUserInput {
  AccountId: string;
  UserIdList: string[];
}

export interface BatchSuspendUserOutput {
  UserErrors?: UserError[];
}

/** Suspends up to 50 users from a Team or EnterpriseLWA Amazon Chime account. `POST /accounts/{AccountId}/users?operation=suspend` */
export const BatchSuspendUser = defineOperation<BatchSuspendUserInput, BatchSuspendUserOutput>({
  name: 'BatchSuspendUser',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/users',
  fixedQuery: { operation: 'suspend' },
  successStatus: 200,
});

export interface BatchUnsuspendUserInput {
  AccountId: string;
  UserIdList: string[];
}

export interface BatchUnsuspendUserOutput {
  UserErrors?: UserError[];
}

/** Removes the suspension from up to 50 previously suspended users for the specified Amazon Chime EnterpriseLWA account. `POST /accounts/{AccountId}/users?operation=unsuspend` */
export const BatchUnsuspendUser = defineOperation<BatchUnsuspendUserInput, BatchUnsuspendUserOutput>({
  name: 'BatchUnsuspendUser',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/users',
  fixedQuery: { operation: 'unsuspend' },
  successStatus: 200,
});

export interface ResetPersonalPINInput {
  AccountId: string;
  UserId: string;
}

export interface ResetPersonalPINOutput {
  User: User;
}

/** Resets the personal meeting PIN for the specified user on an Amazon Chime account. `POST /accounts/{AccountId}/users/{UserId}?operation=reset-personal-pin` */
export const ResetPersonalPIN = defineOperation<ResetPersonalPINInput, ResetPersonalPINOutput>({
  name: 'ResetPersonalPIN',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/users/{UserId}',
  fixedQuery: { operation: 'reset-personal-pin' },
  successStatus: 200,
});

export interface LogoutUserInput {
  AccountId: string;
  UserId: string;
}

/** Logs out the specified user from all of the devices they are currently logged into. `POST /accounts/{AccountId}/users/{UserId}?operation=logout` */
export const LogoutUser = defineOperation<LogoutUserInput, Record<string, never>>({
  name: 'LogoutUser',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/users/{UserId}',
  fixedQuery: { operation: 'logout' },
  successStatus: 204,
});

export interface AssociatePhoneNumberWithUserInput {
  AccountId: string;
  UserId: string;
  E164PhoneNumber: string;
}

/** Associates a phone number with the specified Amazon Chime user. `POST /accounts/{AccountId}/users/{UserId}?operation=associate-phone-number` */
export const AssociatePhoneNumberWithUser = defineOperation<
  AssociatePhoneNumberWithUserInput,
  Record<string, never>
>({
  name: 'AssociatePhoneNumberWithUser',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/users/{UserId}',
  fixedQuery: { operation: 'associate-phone-number' },
  successStatus: 200,
});

export interface DisassociatePhoneNumberFromUserInput {
  AccountId: string;
  UserId: string;
}

/** Disassociates the primary provisioned phone number from the specified Amazon Chime user. `POST /accounts/{AccountId}/users/{UserId}?operation=disassociate-phone-number` */
export const DisassociatePhoneNumberFromUser = defineOperation<
  DisassociatePhoneNumberFromUserInput,
  Record<string, never>
>({
  name: 'DisassociatePhoneNumberFromUser',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}/users/{UserId}',
  fixedQuery: { operation: 'disassociate-phone-number' },
  successStatus: 200,
});
