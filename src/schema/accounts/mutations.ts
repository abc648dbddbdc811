import {
  type AccountMutationResult,
  associateSigninDelegateGroupsWithAccount,
  createAccount,
  type DeleteAccountResult,
  deleteAccount,
  disassociateSigninDelegateGroupsFromAccount,
  updateAccount,
  updateAccountSettings,
} from '../../resolvers/accounts/commands.ts';
import { getAccount, getAccountSettings } from '../../resolvers/accounts/reads.ts';
import { builder } from '../builder.ts';
import { writeAccounts, writeInAccounts, writeOutsideAccounts } from '../shared/access.ts';
import { LicenseEnum } from '../shared/enums.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import { AccountSettingsRef } from './account.ts';
import { AccountRef } from './refs.ts';

// Payloads are nullable on purpose: GraphQL runs a document's mutations one after the
// other and stops at the first failed non-null field, so a payload that can be null lets
// an upstream outage in one mutation leave the next ones running.

/** A payload whose `account` is read through the request's loaders (updated by the mutation). */
const accountPayload = (name: string, description: string, withSettings = false) => {
  const ref = builder.objectRef<AccountMutationResult>(name);
  ref.implement({
    description,
    fields: (t) => ({
      account: t.field({
        type: AccountRef,
        nullable: true,
        resolve: (payload, _args, ctx) =>
          payload.accountId === null ? null : getAccount(ctx, payload.accountId),
      }),
      ...(withSettings && {
        settings: t.field({
          type: AccountSettingsRef,
          nullable: true,
          description: 'The account settings as they now are.',
          resolve: (payload, _args, ctx) =>
            payload.accountId === null ? null : getAccountSettings(ctx, payload.accountId),
        }),
      }),
      userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    }),
  });
  return ref;
};

const CreateAccountInput = builder.inputType('CreateAccountInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: '1-100 characters, not only white space.' }),
  }),
});

const UpdateAccountInput = builder.inputType('UpdateAccountInput', {
  description: 'Only the name and the default license of an account can change.',
  fields: (t) => ({
    accountId: t.string({ required: true }),
    name: t.string({ description: '1-100 characters, not only white space.' }),
    defaultLicense: t.field({
      type: LicenseEnum,
      description: "Given to users added from now on; one of the account's supportedLicenses.",
    }),
  }),
});

const DeleteAccountInput = builder.inputType('DeleteAccountInput', {
  fields: (t) => ({ accountId: t.string({ required: true }) }),
});

const AccountSettingsInput = builder.inputType('AccountSettingsInput', {
  description: 'Settings left out keep their value.',
  fields: (t) => ({
    disableRemoteControl: t.boolean({ description: 'Whether remote control of shared screens is off.' }),
    enableDialOut: t.boolean({ description: 'Whether meetings may dial out.' }),
  }),
});

const UpdateAccountSettingsInput = builder.inputType('UpdateAccountSettingsInput', {
  fields: (t) => ({
    accountId: t.string({ required: true }),
    settings: t.field({ type: AccountSettingsInput, required: true }),
  }),
});

const SigninDelegateGroupsInput = (name: string, description: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      accountId: t.string({ required: true }),
      groupNames: t.stringList({ required: true, description }),
    }),
  });

const DeleteAccountPayload = builder.objectRef<DeleteAccountResult>('DeleteAccountPayload');
DeleteAccountPayload.implement({
  fields: (t) => ({
    deletedAccountId: t.exposeString('deletedAccountId', { nullable: true }),
    deletedId: t.globalID({
      nullable: true,
      description: 'The global id of the deleted account, for clients to drop it from their caches.',
      resolve: (payload) =>
        payload.deletedAccountId === null ? null : { type: 'Account', id: payload.deletedAccountId },
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

builder.mutationFields((t) => ({
  createAccount: t.field({
    authScopes: writeOutsideAccounts,
    type: accountPayload('CreateAccountPayload', 'The account created.'),
    nullable: true,
    description: 'Creates a Team account (CreateAccount; only Team accounts can be created).',
    args: { input: t.arg({ type: CreateAccountInput, required: true }) },
    resolve: (_root, { input }, ctx) => createAccount(ctx, input),
  }),
  updateAccount: t.field({
    authScopes: writeAccounts,
    type: accountPayload('UpdateAccountPayload', 'The account as it now is.'),
    nullable: true,
    description: 'Renames an account or changes its default license (UpdateAccount).',
    args: { input: t.arg({ type: UpdateAccountInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateAccount(ctx, input),
  }),
  deleteAccount: t.field({
    authScopes: writeAccounts,
    type: DeleteAccountPayload,
    nullable: true,
    description:
      'Deletes an account (DeleteAccount); every user must be suspended first (batchSuspendUsers).',
    args: { input: t.arg({ type: DeleteAccountInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteAccount(ctx, input),
  }),
  associateSigninDelegateGroupsWithAccount: t.field({
    authScopes: writeAccounts,
    type: accountPayload(
      'AssociateSigninDelegateGroupsWithAccountPayload',
      'The account with its sign-in delegate groups as they now are.',
    ),
    nullable: true,
    description:
      'Lets the members of Active Directory groups act as delegates of an account (AssociateSigninDelegateGroupsWithAccount); groups already associated stay.',
    args: {
      input: t.arg({
        type: SigninDelegateGroupsInput(
          'AssociateSigninDelegateGroupsWithAccountInput',
          'Active Directory group names, each not only white space.',
        ),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => associateSigninDelegateGroupsWithAccount(ctx, input),
  }),
  disassociateSigninDelegateGroupsFromAccount: t.field({
    authScopes: writeAccounts,
    type: accountPayload(
      'DisassociateSigninDelegateGroupsFromAccountPayload',
      'The account with its sign-in delegate groups as they now are.',
    ),
    nullable: true,
    description:
      'Stops the members of Active Directory groups acting as delegates of an account (DisassociateSigninDelegateGroupsFromAccount).',
    args: {
      input: t.arg({
        type: SigninDelegateGroupsInput(
          'DisassociateSigninDelegateGroupsFromAccountInput',
          'At least one group name, each not only white space.',
        ),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => disassociateSigninDelegateGroupsFromAccount(ctx, input),
  }),
  updateAccountSettings: t.field({
    authScopes: writeInAccounts,
    type: accountPayload(
      'UpdateAccountSettingsPayload',
      'The account and its settings as they now are.',
      true,
    ),
    nullable: true,
    description: 'Changes remote control and dial-out settings of an account (UpdateAccountSettings).',
    args: { input: t.arg({ type: UpdateAccountSettingsInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateAccountSettings(ctx, input),
  }),
}));
