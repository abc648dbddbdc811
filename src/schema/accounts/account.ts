import type { AccountModel, AccountSettingsModel } from '../../loaders/accounts.ts';
import { itemsAtMost } from '../../loaders/shared/connection.ts';
import { getAccount, getAccountSettings, listAccounts } from '../../resolvers/accounts/reads.ts';
import { getUser, listUsers } from '../../resolvers/users/reads.ts';
import { builder } from '../builder.ts';
import { forwardPageArgs } from '../shared/connection.ts';
import { AccountStatusEnum, AccountTypeEnum, LicenseEnum, UserTypeEnum } from '../shared/enums.ts';
import { fromParent, fromParentId, loadWithChildren } from '../shared/look-ahead.ts';
import { UserConnection, UserRef } from '../users/refs.ts';
import { AccountRef } from './refs.ts';

export const AccountSettingsRef = builder.objectRef<AccountSettingsModel>('AccountSettings');
AccountSettingsRef.implement({
  fields: (t) => ({
    disableRemoteControl: t.exposeBoolean('disableRemoteControl', { nullable: true }),
    enableDialOut: t.exposeBoolean('enableDialOut', { nullable: true }),
  }),
});

const SigninDelegateGroupRef = builder.objectRef<{ groupName: string | null }>('SigninDelegateGroup');
SigninDelegateGroupRef.implement({
  fields: (t) => ({ groupName: t.exposeString('groupName', { nullable: true }) }),
});

// Fields that need only the account's id start beside GetAccount under `account(accountId:)`.
const accountIdOf = (account: AccountModel) => account.accountId;

export const AccountConnection = builder.connectionObject({ type: AccountRef, name: 'AccountConnection' });

builder.node(AccountRef, {
  description: 'An Amazon Chime account: its users and the phone numbers assigned in it.',
  id: { resolve: (account) => account.accountId },
  loadMany: (accountIds, ctx) => Promise.all(accountIds.map((accountId) => getAccount(ctx, accountId))),
  fields: (t) => ({
    accountId: t.exposeString('accountId'),
    awsAccountId: t.exposeString('awsAccountId', { nullable: true }),
    name: t.exposeString('name'),
    accountType: t.expose('accountType', { type: AccountTypeEnum, nullable: true }),
    accountStatus: t.expose('accountStatus', { type: AccountStatusEnum, nullable: true }),
    createdTimestamp: t.expose('createdTimestamp', { type: 'DateTime', nullable: true }),
    defaultLicense: t.expose('defaultLicense', { type: LicenseEnum, nullable: true }),
    supportedLicenses: t.expose('supportedLicenses', { type: [LicenseEnum] }),
    signinDelegateGroups: t.expose('signinDelegateGroups', { type: [SigninDelegateGroupRef] }),
    settings: t.field({
      type: AccountSettingsRef,
      nullable: true,
      ...fromParentId(accountIdOf, (accountId, _args, ctx) => getAccountSettings(ctx, accountId)),
    }),
    users: t.field({
      type: UserConnection,
      nullable: true,
      args: { ...forwardPageArgs, userEmail: t.arg.string(), userType: t.arg({ type: UserTypeEnum }) },
      // Every user it serves is of this account: what their fields share (the account's number
      // list) starts with the list, and each page's users start their own reads as it arrives.
      ...fromParentId(accountIdOf, (accountId, { userEmail, userType, ...page }, ctx, ahead) => {
        ahead.group(accountId, itemsAtMost(page));
        return listUsers(ctx, accountId, { ...page, onItems: ahead.items }, { userEmail, userType });
      }),
    }),
    user: t.field({
      type: UserRef,
      nullable: true,
      args: { userId: t.arg.string({ required: true }) },
      resolve: (account, { userId }, ctx) => getUser(ctx, { accountId: account.accountId, userId }),
    }),
  }),
});

builder.queryFields((t) => ({
  accounts: t.field({
    type: AccountConnection,
    nullable: true,
    description:
      'The Amazon Chime accounts under the AWS account, optionally filtered by name or user email.',
    args: { ...forwardPageArgs, name: t.arg.string(), userEmail: t.arg.string() },
    ...fromParent((_root, { name, userEmail, ...page }, ctx, ahead) =>
      listAccounts(ctx, { ...page, onItems: ahead.items }, { name, userEmail }),
    ),
  }),
  account: t.field({
    type: AccountRef,
    nullable: true,
    args: { accountId: t.arg.string({ required: true }) },
    resolve: (_root, { accountId }, ctx, info) =>
      loadWithChildren(accountId, ctx, info, getAccount(ctx, accountId)),
  }),
}));
