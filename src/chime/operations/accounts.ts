import { defineOperation } from '../operation.ts';
import type { Account, License, SigninDelegateGroup } from '../shapes/account.ts';

export interface CreateAccountInput {
  Name: string;
}

export interface CreateAccountOutput {
  Account: Account;
}

/** Creates an Amazon Chime account under the administrator's AWS account. `POST /accounts` */
export const CreateAccount = defineOperation<CreateAccountInput, CreateAccountOutput>({
  name: 'CreateAccount',
  group: 'admin',
  method: 'POST',
  path: '/accounts',
  successStatus: 201,
});

export interface GetAccountInput {
  AccountId: string;
}

export interface GetAccountOutput {
  Account: Account;
}

/** Retrieves details for the specified Amazon Chime account, such as account type and supported licenses. `GET /accounts/{AccountId}` */
export const GetAccount = defineOperation<GetAccountInput, GetAccountOutput>({
  name: 'GetAccount',
  group: 'admin',
  method: 'GET',
  path: '/accounts/{AccountId}',
  successStatus: 200,
});

export interface ListAccountsInput {
  MaxResults?: number;
  Name?: string;
  NextToken?: string;
  UserEmail?: string;
}

export interface ListAccountsOutput {
  Accounts: Account[];
  NextToken?: string;
}

/** Lists the Amazon Chime accounts under the administrator's AWS account. `GET /accounts` */
export const ListAccounts = defineOperation<ListAccountsInput, ListAccountsOutput>({
  name: 'ListAccounts',
  group: 'admin',
  method: 'GET',
  path: '/accounts',
  query: { MaxResults: 'max-results', Name: 'name', NextToken: 'next-token', UserEmail: 'user-email' },
  successStatus: 200,
  maxResults: 200,
});

export interface UpdateAccountInput {
  AccountId: string;
  DefaultLicense?: License;
  Name?: string;
}

export interface UpdateAccountOutput {
  Account: Account;
}

/** Updates account details for the specified Amazon Chime account. `POST /accounts/{AccountId}` */
export const UpdateAccount = defineOperation<UpdateAccountInput, UpdateAccountOutput>({
  name: 'UpdateAccount',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}',
  successStatus: 200,
});

export interface DeleteAccountInput {
  AccountId: string;
}

/** Deletes the specified Amazon Chime account. `DELETE /accounts/{AccountId}` */
export const DeleteAccount = defineOperation<DeleteAccountInput, Record<string, never>>({
  name: 'DeleteAccount',
  group: 'admin',
  method: 'DELETE',
  path: '/accounts/{AccountId}',
  successStatus: 204,
});

export interface AssociateSigninDelegateGroupsWithAccountInput {
  AccountId: string;
  SigninDelegateGroups: SigninDelegateGroup[];
}

/** Associates the specified sign-in delegate groups with the specified Amazon Chime account. `POST /accounts/{AccountId}?operation=associate-signin-delegate-groups` */
export const AssociateSigninDelegateGroupsWithAccount = defineOperation<
  AssociateSigninDelegateGroupsWithAccountInput,
  Record<string, never>
>({
  name: 'AssociateSigninDelegateGroupsWithAccount',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}',
  fixedQuery: { operation: 'associate-signin-delegate-groups' },
  successStatus: 200,
});

export interface DisassociateSigninDelegateGroupsFromAccountInput {
  AccountId: string;
  GroupNames: string[];
}

/** Disassociates the specified sign-in delegate groups from the specified Amazon Chime account. `POST /accounts/{AccountId}?operation=disassociate-signin-delegate-groups` */
export const DisassociateSigninDelegateGroupsFromAccount = defineOperation<
  DisassociateSigninDelegateGroupsFromAccountInput,
  Record<string, never>
>({
  name: 'DisassociateSigninDelegateGroupsFromAccount',
  group: 'admin',
  method: 'POST',
  path: '/accounts/{AccountId}',
  fixedQuery: { operation: 'disassociate-signin-delegate-groups' },
  successStatus: 200,
});
