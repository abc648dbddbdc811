import type {
  AppInstanceAdminModel,
  AppInstanceRetentionSettingsModel,
  AppInstanceStreamingConfigurationModel,
} from '../../loaders/app-instances.ts';
import {
  createAppInstance,
  createAppInstanceAdmin,
  createAppInstanceUser,
  deleteAppInstance,
  deleteAppInstanceAdmin,
  deleteAppInstanceStreamingConfigurations,
  deleteAppInstanceUser,
  putAppInstanceRetentionSettings,
  putAppInstanceStreamingConfigurations,
  updateAppInstance,
  updateAppInstanceUser,
} from '../../resolvers/app-instances/commands.ts';
import { getAppInstance, getAppInstanceUser } from '../../resolvers/app-instances/reads.ts';
import type { UserErrorModel } from '../../resolvers/shared/user-errors.ts';
import { builder } from '../builder.ts';
import { writeOutsideAccounts } from '../shared/access.ts';
import { StreamingDataTypeEnum } from '../shared/enums.ts';
import { TagInput } from '../shared/tag-input.ts';
import { UserErrorRef } from '../shared/user-error.ts';
import {
  AppInstanceAdminRef,
  AppInstanceRef,
  AppInstanceRetentionSettingsRef,
  AppInstanceStreamingConfigurationRef,
  AppInstanceUserRef,
} from './app-instance.ts';

// Payloads are nullable on purpose: GraphQL runs a document's mutations one after the other and
// stops at the first failed non-null field, so a payload that can be null lets an upstream outage
// in one mutation leave the next ones running. App instances live outside any account.

/** A payload whose `appInstance` is read through the request's loaders, where the mutation forgot it. */
function appInstancePayload<T extends { appInstanceArn: string | null; userErrors: UserErrorModel[] }>(
  name: string,
  description: string,
) {
  const ref = builder.objectRef<T>(name);
  ref.implement({
    description,
    fields: (t) => ({
      appInstance: t.field({
        type: AppInstanceRef,
        nullable: true,
        description: 'The app instance as it now is.',
        resolve: (payload, _args, ctx) =>
          payload.appInstanceArn === null ? null : getAppInstance(ctx, payload.appInstanceArn),
      }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.userErrors }),
    }),
  });
  return ref;
}

const CreateAppInstanceInput = builder.inputType('CreateAppInstanceInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: '1-256 characters, no control characters.' }),
    metadata: t.string({ description: 'At most 1024 characters.' }),
    clientRequestToken: t.string({
      description: 'Idempotency token (2-64 of [-_a-zA-Z0-9]); the gateway makes one up when absent.',
    }),
    tags: t.field({ type: [TagInput], description: '1-50 tags.' }),
  }),
});

const CreateAppInstanceUserInput = builder.inputType('CreateAppInstanceUserInput', {
  fields: (t) => ({
    appInstanceArn: t.string({ required: true }),
    appInstanceUserId: t.string({
      required: true,
      description:
        "1-64 characters ([A-Za-z0-9:-_.@], a letter or digit at each end); it ends the user's ARN.",
    }),
    name: t.string({ required: true, description: '1-100 characters, not only white space.' }),
    metadata: t.string({ description: 'At most 1024 characters.' }),
    clientRequestToken: t.string({
      description: 'Idempotency token (2-64 of [-_a-zA-Z0-9]); the gateway makes one up when absent.',
    }),
    tags: t.field({ type: [TagInput], description: '1-50 tags.' }),
  }),
});

const CreateAppInstancePayload = appInstancePayload('CreateAppInstancePayload', 'The app instance created.');

/** A payload whose `appInstanceUser` is read through the request's loaders, where the mutation forgot it. */
function appInstanceUserPayload(name: string, description: string) {
  const ref = builder.objectRef<{ appInstanceUserArn: string | null; userErrors: UserErrorModel[] }>(name);
  ref.implement({
    description,
    fields: (t) => ({
      appInstanceUser: t.field({
        type: AppInstanceUserRef,
        nullable: true,
        description: 'The user as it now is.',
        resolve: (payload, _args, ctx) =>
          payload.appInstanceUserArn === null ? null : getAppInstanceUser(ctx, payload.appInstanceUserArn),
      }),
      userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    }),
  });
  return ref;
}

const CreateAppInstanceUserPayload = appInstanceUserPayload(
  'CreateAppInstanceUserPayload',
  'The app instance user created.',
);

builder.mutationFields((t) => ({
  createAppInstance: t.field({
    authScopes: writeOutsideAccounts,
    type: CreateAppInstancePayload,
    nullable: true,
    description: 'Creates a Chime SDK messaging app instance (CreateAppInstance).',
    args: { input: t.arg({ type: CreateAppInstanceInput, required: true }) },
    resolve: (_root, { input }, ctx) => createAppInstance(ctx, input),
  }),
  createAppInstanceUser: t.field({
    authScopes: writeOutsideAccounts,
    type: CreateAppInstanceUserPayload,
    nullable: true,
    description:
      'Creates a user of an app instance, whom messaging calls can act as (CreateAppInstanceUser).',
    args: { input: t.arg({ type: CreateAppInstanceUserInput, required: true }) },
    resolve: (_root, { input }, ctx) => createAppInstanceUser(ctx, input),
  }),
}));

const AppInstanceAdminInput = builder.inputType('AppInstanceAdminInput', {
  fields: (t) => ({
    appInstanceArn: t.string({ required: true }),
    appInstanceAdminArn: t.string({ required: true, description: 'A user of that app instance.' }),
  }),
});

const CreateAppInstanceAdminPayload = appInstancePayload<{
  appInstanceArn: string | null;
  admin: AppInstanceAdminModel | null;
  userErrors: UserErrorModel[];
}>('CreateAppInstanceAdminPayload', 'The app instance and its new administrator.');
builder.objectFields(CreateAppInstanceAdminPayload, (t) => ({
  admin: t.expose('admin', { type: AppInstanceAdminRef, nullable: true }),
}));

const DeleteAppInstanceAdminPayload = appInstancePayload<{
  appInstanceArn: string | null;
  appInstanceAdminArn: string | null;
  userErrors: UserErrorModel[];
}>('DeleteAppInstanceAdminPayload', 'The app instance, and who is no longer its administrator.');
builder.objectFields(DeleteAppInstanceAdminPayload, (t) => ({
  appInstanceAdminArn: t.exposeString('appInstanceAdminArn', {
    nullable: true,
    description: 'The user demoted (still a user of the app instance).',
  }),
}));

builder.mutationFields((t) => ({
  createAppInstanceAdmin: t.field({
    authScopes: writeOutsideAccounts,
    type: CreateAppInstanceAdminPayload,
    nullable: true,
    description:
      'Promotes a user of an app instance to administrator: a moderator of every channel of the ' +
      'instance (CreateAppInstanceAdmin).',
    args: { input: t.arg({ type: AppInstanceAdminInput, required: true }) },
    resolve: (_root, { input }, ctx) => createAppInstanceAdmin(ctx, input),
  }),
  deleteAppInstanceAdmin: t.field({
    authScopes: writeOutsideAccounts,
    type: DeleteAppInstanceAdminPayload,
    nullable: true,
    description: 'Demotes an administrator of an app instance to a plain user (DeleteAppInstanceAdmin).',
    args: { input: t.arg({ type: AppInstanceAdminInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteAppInstanceAdmin(ctx, input),
  }),
}));

const PutAppInstanceRetentionSettingsInput = builder.inputType('PutAppInstanceRetentionSettingsInput', {
  fields: (t) => ({
    appInstanceArn: t.string({ required: true }),
    channelRetentionDays: t.int({ description: 'From 1 to 5475; null or left out: channels keep messages.' }),
  }),
});

const PutAppInstanceRetentionSettingsPayload = appInstancePayload<{
  appInstanceArn: string | null;
  retentionSettings: AppInstanceRetentionSettingsModel | null;
  userErrors: UserErrorModel[];
}>('PutAppInstanceRetentionSettingsPayload', 'The app instance and its retention settings as they now are.');
builder.objectFields(PutAppInstanceRetentionSettingsPayload, (t) => ({
  retentionSettings: t.expose('retentionSettings', {
    type: AppInstanceRetentionSettingsRef,
    nullable: true,
    description: 'The settings the upstream answered.',
  }),
}));

builder.mutationFields((t) => ({
  putAppInstanceRetentionSettings: t.field({
    authScopes: writeOutsideAccounts,
    type: PutAppInstanceRetentionSettingsPayload,
    nullable: true,
    description:
      "Sets how many days an app instance keeps its channels' messages, or turns that off " +
      '(PutAppInstanceRetentionSettings).',
    args: { input: t.arg({ type: PutAppInstanceRetentionSettingsInput, required: true }) },
    resolve: (_root, { input }, ctx) => putAppInstanceRetentionSettings(ctx, input),
  }),
}));

const StreamingConfigurationInput = builder.inputType('AppInstanceStreamingConfigurationInput', {
  fields: (t) => ({
    dataType: t.field({ type: StreamingDataTypeEnum, required: true }),
    resourceArn: t.string({
      required: true,
      description: 'The Kinesis data stream: 1-1024 characters of ^arn[\\/:\\-_\\.a-zA-Z0-9]+$.',
    }),
  }),
});

const PutAppInstanceStreamingConfigurationsInput = builder.inputType(
  'PutAppInstanceStreamingConfigurationsInput',
  {
    fields: (t) => ({
      appInstanceArn: t.string({ required: true }),
      streamingConfigurations: t.field({
        type: [StreamingConfigurationInput],
        required: true,
        description: 'One or two, each data type once.',
      }),
    }),
  },
);

const PutAppInstanceStreamingConfigurationsPayload = appInstancePayload<{
  appInstanceArn: string | null;
  streamingConfigurations: AppInstanceStreamingConfigurationModel[] | null;
  userErrors: UserErrorModel[];
}>(
  'PutAppInstanceStreamingConfigurationsPayload',
  'The app instance and its streaming configurations as they now are.',
);
builder.objectFields(PutAppInstanceStreamingConfigurationsPayload, (t) => ({
  streamingConfigurations: t.expose('streamingConfigurations', {
    type: [AppInstanceStreamingConfigurationRef],
    nullable: true,
    description: 'The configurations the upstream answered.',
  }),
}));

const DeleteAppInstanceStreamingConfigurationsInput = builder.inputType(
  'DeleteAppInstanceStreamingConfigurationsInput',
  { fields: (t) => ({ appInstanceArn: t.string({ required: true }) }) },
);

builder.mutationFields((t) => ({
  putAppInstanceStreamingConfigurations: t.field({
    authScopes: writeOutsideAccounts,
    type: PutAppInstanceStreamingConfigurationsPayload,
    nullable: true,
    description:
      "Streams an app instance's channels or messages to Kinesis data streams (PutAppInstanceStreamingConfigurations).",
    args: { input: t.arg({ type: PutAppInstanceStreamingConfigurationsInput, required: true }) },
    resolve: (_root, { input }, ctx) => putAppInstanceStreamingConfigurations(ctx, input),
  }),
  deleteAppInstanceStreamingConfigurations: t.field({
    authScopes: writeOutsideAccounts,
    type: appInstancePayload(
      'DeleteAppInstanceStreamingConfigurationsPayload',
      'The app instance, which streams nothing now.',
    ),
    nullable: true,
    description: "Stops streaming an app instance's data (DeleteAppInstanceStreamingConfigurations).",
    args: { input: t.arg({ type: DeleteAppInstanceStreamingConfigurationsInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteAppInstanceStreamingConfigurations(ctx, input),
  }),
}));

const UpdateAppInstanceInput = builder.inputType('UpdateAppInstanceInput', {
  fields: (t) => ({
    appInstanceArn: t.string({ required: true }),
    name: t.string({ required: true, description: '1-256 characters, no control characters.' }),
    metadata: t.string({ description: 'At most 1024 characters; left out, it keeps its value.' }),
  }),
});

const DeleteAppInstanceInput = builder.inputType('DeleteAppInstanceInput', {
  fields: (t) => ({ appInstanceArn: t.string({ required: true }) }),
});

const UpdateAppInstanceUserInput = builder.inputType('UpdateAppInstanceUserInput', {
  fields: (t) => ({
    appInstanceUserArn: t.string({ required: true }),
    name: t.string({ required: true, description: '1-100 characters, not only white space.' }),
    metadata: t.string({ description: 'At most 1024 characters; left out, it keeps its value.' }),
  }),
});

const DeleteAppInstanceUserInput = builder.inputType('DeleteAppInstanceUserInput', {
  fields: (t) => ({ appInstanceUserArn: t.string({ required: true }) }),
});

const DeleteAppInstancePayload = builder.objectRef<{
  deletedAppInstanceArn: string | null;
  userErrors: UserErrorModel[];
}>('DeleteAppInstancePayload');
DeleteAppInstancePayload.implement({
  fields: (t) => ({
    deletedAppInstanceArn: t.exposeString('deletedAppInstanceArn', { nullable: true }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

const DeleteAppInstanceUserPayload = builder.objectRef<{
  deletedAppInstanceUserArn: string | null;
  userErrors: UserErrorModel[];
}>('DeleteAppInstanceUserPayload');
DeleteAppInstanceUserPayload.implement({
  fields: (t) => ({
    deletedAppInstanceUserArn: t.exposeString('deletedAppInstanceUserArn', { nullable: true }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
  }),
});

builder.mutationFields((t) => ({
  updateAppInstance: t.field({
    authScopes: writeOutsideAccounts,
    type: appInstancePayload('UpdateAppInstancePayload', 'The app instance updated.'),
    nullable: true,
    description: 'Renames an app instance and sets its metadata (UpdateAppInstance).',
    args: { input: t.arg({ type: UpdateAppInstanceInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateAppInstance(ctx, input),
  }),
  deleteAppInstance: t.field({
    authScopes: writeOutsideAccounts,
    type: DeleteAppInstancePayload,
    nullable: true,
    description: 'Deletes an app instance with its users and channels (DeleteAppInstance).',
    args: { input: t.arg({ type: DeleteAppInstanceInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteAppInstance(ctx, input),
  }),
  updateAppInstanceUser: t.field({
    authScopes: writeOutsideAccounts,
    type: appInstanceUserPayload('UpdateAppInstanceUserPayload', 'The app instance user updated.'),
    nullable: true,
    description: 'Renames an app instance user and sets its metadata (UpdateAppInstanceUser).',
    args: { input: t.arg({ type: UpdateAppInstanceUserInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateAppInstanceUser(ctx, input),
  }),
  deleteAppInstanceUser: t.field({
    authScopes: writeOutsideAccounts,
    type: DeleteAppInstanceUserPayload,
    nullable: true,
    description: 'Deletes a user of an app instance (DeleteAppInstanceUser).',
    args: { input: t.arg({ type: DeleteAppInstanceUserInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteAppInstanceUser(ctx, input),
  }),
}));
