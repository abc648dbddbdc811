import type { AccountModel, RetentionSettingsModel } from '../../loaders/accounts.ts';
import { type AccountMutationResult, putRetentionSettings } from '../../resolvers/accounts/commands.ts';
import { getAccount, getRetentionSettings } from '../../resolvers/accounts/reads.ts';
import { builder } from '../builder.ts';
import { writeInAccounts } from '../shared/access.ts';
import { fromParentId } from '../shared/look-ahead.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import { AccountRef } from './refs.ts';

export const RetentionSettingsRef = builder.objectRef<RetentionSettingsModel>('RetentionSettings');
RetentionSettingsRef.implement({
  description: 'How many days an account keeps chat messages; null days: kept for good.',
  fields: (t) => ({
    roomRetentionDays: t.exposeInt('roomRetentionDays', { nullable: true }),
    conversationRetentionDays: t.exposeInt('conversationRetentionDays', { nullable: true }),
    initiateDeletionTimestamp: t.expose('initiateDeletionTimestamp', {
      type: 'DateTime',
      nullable: true,
      description: 'When the messages past their retention are deleted for good.',
    }),
  }),
});

builder.objectFields(AccountRef, (t) => ({
  retentionSettings: t.field({
    type: RetentionSettingsRef,
    nullable: true, // it makes an upstream call: a failure nulls it, its siblings still answer
    ...fromParentId(
      (account: AccountModel) => account.accountId,
      (accountId, _args, ctx) => getRetentionSettings(ctx, accountId),
    ),
  }),
}));

const PutRetentionSettingsInput = builder.inputType('PutRetentionSettingsInput', {
  description: 'The settings put replace the earlier ones whole.',
  fields: (t) => ({
    accountId: t.string({ required: true }),
    roomRetentionDays: t.int({ description: 'From 1 to 5475; null or left out: chat rooms keep messages.' }),
    conversationRetentionDays: t.int({
      description: 'From 1 to 5475; null or left out: conversations keep messages.',
    }),
  }),
});

// Nullable on purpose, as every account payload: an upstream outage leaves later mutations running.
const PutRetentionSettingsPayload = builder.objectRef<AccountMutationResult>('PutRetentionSettingsPayload');
PutRetentionSettingsPayload.implement({
  description: 'The account and its retention settings as they now are.',
  fields: (t) => ({
    account: t.field({
      type: AccountRef,
      nullable: true,
      resolve: (payload, _args, ctx) =>
        payload.accountId === null ? null : getAccount(ctx, payload.accountId),
    }),
    retentionSettings: t.field({
      type: RetentionSettingsRef,
      nullable: true,
      description: 'Read back: the upstream answers the put without them.',
      resolve: (payload, _args, ctx) =>
        payload.accountId === null ? null : getRetentionSettings(ctx, payload.accountId),
    }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

builder.mutationFields((t) => ({
  putRetentionSettings: t.field({
    authScopes: writeInAccounts,
    type: PutRetentionSettingsPayload,
    nullable: true,
    description:
      'Sets how many days an account keeps chat room and conversation messages, or turns that off ' +
      '(PutRetentionSettings).',
    args: { input: t.arg({ type: PutRetentionSettingsInput, required: true }) },
    resolve: (_root, { input }, ctx) => putRetentionSettings(ctx, input),
  }),
}));
