import { randomUUID } from 'node:crypto';
import {
  DeleteAppInstanceStreamingConfigurations,
  PutAppInstanceStreamingConfigurations,
} from '../../chime/operations/app-instance-streaming.ts';
import {
  CreateAppInstance,
  CreateAppInstanceAdmin,
  CreateAppInstanceUser,
  DeleteAppInstance,
  DeleteAppInstanceAdmin,
  DeleteAppInstanceUser,
  PutAppInstanceRetentionSettings,
  UpdateAppInstance,
  UpdateAppInstanceUser,
} from '../../chime/operations/app-instances.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { StreamingDataType } from '../../chime/shapes/app-instance.ts';
import type { RequestContext } from '../../context.ts';
import {
  type AppInstanceAdminModel,
  type AppInstanceRetentionSettingsModel,
  type AppInstanceStreamingConfigurationModel,
  toAppInstanceRetentionSettings,
  toAppInstanceStreamingConfigurations,
} from '../../loaders/app-instances.ts';
import { toIdentity } from '../../loaders/channels.ts';
import { checkItemCount, checkRange, checkText, validateThenRun } from '../shared/input-rules.ts';
import {
  APP_INSTANCE_NAME_RULE,
  APP_INSTANCE_USER_NAME_RULE,
  CLIENT_REQUEST_TOKEN_RULE,
  checkTags,
  METADATA_RULE,
  RETENTION_DAYS,
} from '../shared/messaging-rules.ts';
import { invalid, type MutationResult } from '../shared/user-errors.ts';

// App instances and their users are called with the signature alone (the identity group): no
// bearer, so a write here never depends on CHIME_BEARER_ARN.

/** Input of `createAppInstance`. */
export interface CreateAppInstanceInput {
  name: string;
  metadata?: string | null;
  /** The idempotency token; one is made up when absent. */
  clientRequestToken?: string | null;
  tags?: { key: string; value: string }[] | null;
}

/** Input of `createAppInstanceUser`. */
export interface CreateAppInstanceUserInput {
  appInstanceArn: string;
  appInstanceUserId: string;
  name: string;
  metadata?: string | null;
  /** The idempotency token; one is made up when absent. */
  clientRequestToken?: string | null;
  tags?: { key: string; value: string }[] | null;
}

const toTags = (tags: { key: string; value: string }[] | null | undefined) =>
  tags?.map((tag) => ({ Key: tag.key, Value: tag.value }));

/**
 * CreateAppInstance. Changes: the new app instance (forgotten, in case an earlier field of the
 * request found none under its ARN) and the lists of app instances.
 */
export function createAppInstance(
  ctx: RequestContext,
  input: CreateAppInstanceInput,
): Promise<MutationResult<{ appInstanceArn: string }>> {
  return validateThenRun(
    [
      ...checkText(input.name, ['input', 'name'], APP_INSTANCE_NAME_RULE),
      ...checkText(input.metadata, ['input', 'metadata'], METADATA_RULE),
      ...checkText(input.clientRequestToken, ['input', 'clientRequestToken'], CLIENT_REQUEST_TOKEN_RULE),
      ...(input.tags ? checkTags(input.tags, ['input', 'tags']) : []),
    ],
    { appInstanceArn: null },
    async () => {
      const { AppInstanceArn } = await ctx.client.send(CreateAppInstance, {
        Name: input.name,
        Metadata: input.metadata ?? undefined,
        ClientRequestToken: input.clientRequestToken ?? randomUUID(),
        Tags: toTags(input.tags),
      });
      ctx.loaders.forgetAppInstance(AppInstanceArn);
      return { appInstanceArn: AppInstanceArn };
    },
  );
}

/**
 * CreateAppInstanceUser. Changes: the new user (forgotten, as for `createAppInstance`) and the
 * lists of users.
 */
export function createAppInstanceUser(
  ctx: RequestContext,
  input: CreateAppInstanceUserInput,
): Promise<MutationResult<{ appInstanceUserArn: string }>> {
  return validateThenRun(
    [
      ...checkText(input.appInstanceArn, ['input', 'appInstanceArn'], PARAMETERS.AppInstanceArn),
      ...checkText(input.appInstanceUserId, ['input', 'appInstanceUserId'], PARAMETERS.AppInstanceUserId),
      ...checkText(input.name, ['input', 'name'], APP_INSTANCE_USER_NAME_RULE),
      ...checkText(input.metadata, ['input', 'metadata'], METADATA_RULE),
      ...checkText(input.clientRequestToken, ['input', 'clientRequestToken'], CLIENT_REQUEST_TOKEN_RULE),
      ...(input.tags ? checkTags(input.tags, ['input', 'tags']) : []),
    ],
    { appInstanceUserArn: null },
    async () => {
      const { AppInstanceUserArn } = await ctx.client.send(CreateAppInstanceUser, {
        AppInstanceArn: input.appInstanceArn,
        AppInstanceUserId: input.appInstanceUserId,
        Name: input.name,
        Metadata: input.metadata ?? undefined,
        ClientRequestToken: input.clientRequestToken ?? randomUUID(),
        Tags: toTags(input.tags),
      });
      ctx.loaders.forgetAppInstanceUser(AppInstanceUserArn);
      return { appInstanceUserArn: AppInstanceUserArn };
    },
  );
}

/** Input of `createAppInstanceAdmin` and `deleteAppInstanceAdmin`: the app instance and one of its users. */
export interface AppInstanceAdminInput {
  appInstanceArn: string;
  appInstanceAdminArn: string;
}

const checkAdminInput = (input: AppInstanceAdminInput) => [
  ...checkText(input.appInstanceArn, ['input', 'appInstanceArn'], PARAMETERS.AppInstanceArn),
  ...checkText(input.appInstanceAdminArn, ['input', 'appInstanceAdminArn'], PARAMETERS.AppInstanceAdminArn),
];

/**
 * CreateAppInstanceAdmin: the user becomes a moderator of every channel of the instance.
 * Changes: that admin role (forgotten: its timestamp comes only with a Describe) and the
 * lists of admins.
 */
export function createAppInstanceAdmin(
  ctx: RequestContext,
  input: AppInstanceAdminInput,
): Promise<MutationResult<{ appInstanceArn: string; admin: AppInstanceAdminModel }>> {
  return validateThenRun(checkAdminInput(input), { appInstanceArn: null, admin: null }, async () => {
    const out = await ctx.client.send(CreateAppInstanceAdmin, {
      AppInstanceArn: input.appInstanceArn,
      AppInstanceAdminArn: input.appInstanceAdminArn,
    });
    const key = { appInstanceArn: input.appInstanceArn, adminArn: input.appInstanceAdminArn };
    ctx.loaders.forgetAppInstanceAdmin(key);
    return {
      appInstanceArn: input.appInstanceArn,
      admin: {
        appInstanceArn: input.appInstanceArn,
        admin: toIdentity(out.AppInstanceAdmin) ?? { arn: input.appInstanceAdminArn, name: null },
      },
    };
  });
}

/** DeleteAppInstanceAdmin: the admin is a plain user again. Changes: that admin role (gone). */
export function deleteAppInstanceAdmin(
  ctx: RequestContext,
  input: AppInstanceAdminInput,
): Promise<MutationResult<{ appInstanceArn: string; appInstanceAdminArn: string }>> {
  return validateThenRun(
    checkAdminInput(input),
    { appInstanceArn: null, appInstanceAdminArn: null },
    async () => {
      await ctx.client.send(DeleteAppInstanceAdmin, {
        AppInstanceArn: input.appInstanceArn,
        AppInstanceAdminArn: input.appInstanceAdminArn,
      });
      ctx.loaders.removeAppInstanceAdmin({
        appInstanceArn: input.appInstanceArn,
        adminArn: input.appInstanceAdminArn,
      });
      return { appInstanceArn: input.appInstanceArn, appInstanceAdminArn: input.appInstanceAdminArn };
    },
  );
}

/** Input of `putAppInstanceRetentionSettings`: days from 1 to 5475; null or left out turns retention off. */
export interface PutAppInstanceRetentionSettingsInput {
  appInstanceArn: string;
  channelRetentionDays?: number | null;
}

/**
 * PutAppInstanceRetentionSettings. Changes: the app instance's retention settings (replaced with
 * the upstream's answer).
 */
export function putAppInstanceRetentionSettings(
  ctx: RequestContext,
  input: PutAppInstanceRetentionSettingsInput,
): Promise<MutationResult<{ appInstanceArn: string; retentionSettings: AppInstanceRetentionSettingsModel }>> {
  const days = input.channelRetentionDays;
  return validateThenRun(
    [
      ...checkText(input.appInstanceArn, ['input', 'appInstanceArn'], PARAMETERS.AppInstanceArn),
      ...checkRange(days, ['input', 'channelRetentionDays'], RETENTION_DAYS),
    ],
    { appInstanceArn: null, retentionSettings: null },
    async () => {
      const out = await ctx.client.send(PutAppInstanceRetentionSettings, {
        AppInstanceArn: input.appInstanceArn,
        AppInstanceRetentionSettings: {
          ChannelRetentionSettings: days == null ? {} : { RetentionDays: days },
        },
      });
      const retentionSettings = toAppInstanceRetentionSettings(out);
      ctx.loaders.replaceAppInstanceRetentionSettings(input.appInstanceArn, retentionSettings);
      return { appInstanceArn: input.appInstanceArn, retentionSettings };
    },
  );
}

/** Input of `updateAppInstance` and `updateAppInstanceUser`: the name is set each time, metadata when given. */
export interface UpdateAppInstanceInput {
  appInstanceArn: string;
  name: string;
  metadata?: string | null;
}

/** UpdateAppInstance. Changes: the app instance (name, metadata, lastUpdatedTimestamp). */
export function updateAppInstance(
  ctx: RequestContext,
  input: UpdateAppInstanceInput,
): Promise<MutationResult<{ appInstanceArn: string }>> {
  return validateThenRun(
    [
      ...checkText(input.appInstanceArn, ['input', 'appInstanceArn'], PARAMETERS.AppInstanceArn),
      ...checkText(input.name, ['input', 'name'], APP_INSTANCE_NAME_RULE),
      ...checkText(input.metadata, ['input', 'metadata'], METADATA_RULE),
    ],
    { appInstanceArn: null },
    async () => {
      await ctx.client.send(UpdateAppInstance, {
        AppInstanceArn: input.appInstanceArn,
        Name: input.name,
        Metadata: input.metadata ?? undefined,
      });
      ctx.loaders.forgetAppInstance(input.appInstanceArn);
      return { appInstanceArn: input.appInstanceArn };
    },
  );
}

/** DeleteAppInstance. Changes: the app instance (gone), with its users and channels. */
export function deleteAppInstance(
  ctx: RequestContext,
  input: { appInstanceArn: string },
): Promise<MutationResult<{ deletedAppInstanceArn: string }>> {
  return validateThenRun(
    checkText(input.appInstanceArn, ['input', 'appInstanceArn'], PARAMETERS.AppInstanceArn),
    { deletedAppInstanceArn: null },
    async () => {
      await ctx.client.send(DeleteAppInstance, { AppInstanceArn: input.appInstanceArn });
      ctx.loaders.removeAppInstance(input.appInstanceArn);
      return { deletedAppInstanceArn: input.appInstanceArn };
    },
  );
}

/** Input of `updateAppInstanceUser`. */
export interface UpdateAppInstanceUserInput {
  appInstanceUserArn: string;
  name: string;
  metadata?: string | null;
}

/** UpdateAppInstanceUser. Changes: the user (name, metadata, lastUpdatedTimestamp). */
export function updateAppInstanceUser(
  ctx: RequestContext,
  input: UpdateAppInstanceUserInput,
): Promise<MutationResult<{ appInstanceUserArn: string }>> {
  return validateThenRun(
    [
      ...checkText(input.appInstanceUserArn, ['input', 'appInstanceUserArn'], PARAMETERS.AppInstanceUserArn),
      ...checkText(input.name, ['input', 'name'], APP_INSTANCE_USER_NAME_RULE),
      ...checkText(input.metadata, ['input', 'metadata'], METADATA_RULE),
    ],
    { appInstanceUserArn: null },
    async () => {
      await ctx.client.send(UpdateAppInstanceUser, {
        AppInstanceUserArn: input.appInstanceUserArn,
        Name: input.name,
        Metadata: input.metadata ?? undefined,
      });
      ctx.loaders.forgetAppInstanceUser(input.appInstanceUserArn);
      return { appInstanceUserArn: input.appInstanceUserArn };
    },
  );
}

/** DeleteAppInstanceUser. Changes: the user (gone). */
export function deleteAppInstanceUser(
  ctx: RequestContext,
  input: { appInstanceUserArn: string },
): Promise<MutationResult<{ deletedAppInstanceUserArn: string }>> {
  return validateThenRun(
    checkText(input.appInstanceUserArn, ['input', 'appInstanceUserArn'], PARAMETERS.AppInstanceUserArn),
    { deletedAppInstanceUserArn: null },
    async () => {
      await ctx.client.send(DeleteAppInstanceUser, { AppInstanceUserArn: input.appInstanceUserArn });
      ctx.loaders.removeAppInstanceUser(input.appInstanceUserArn);
      return { deletedAppInstanceUserArn: input.appInstanceUserArn };
    },
  );
}

/** Input of `putAppInstanceStreamingConfigurations`: one or two data types, each streamed to a Kinesis data stream. */
export interface PutAppInstanceStreamingConfigurationsInput {
  appInstanceArn: string;
  streamingConfigurations: { dataType: StreamingDataType; resourceArn: string }[];
}

/** What the streaming configuration mutations answer: the app instance, and its configurations as they now are. */
export type AppInstanceStreamingConfigurationsResult = MutationResult<{
  appInstanceArn: string;
  streamingConfigurations: AppInstanceStreamingConfigurationModel[];
}>;

/**
 * PutAppInstanceStreamingConfigurations: 1-2 configurations (001), each data type once, each
 * resource ARN `^arn[\/:\-_\.a-zA-Z0-9]+$` of 1-1024 characters. Changes: the app instance's
 * streaming configurations (replaced with the upstream's answer).
 */
export function putAppInstanceStreamingConfigurations(
  ctx: RequestContext,
  input: PutAppInstanceStreamingConfigurationsInput,
): Promise<AppInstanceStreamingConfigurationsResult> {
  const items = input.streamingConfigurations;
  const field = ['input', 'streamingConfigurations'];
  // More than two always repeat one of the two data types: the count says what is wrong.
  const repeated =
    items.length <= 2 &&
    items.find((item, index) => items.slice(0, index).some((earlier) => earlier.dataType === item.dataType));
  return validateThenRun(
    [
      ...checkText(input.appInstanceArn, ['input', 'appInstanceArn'], PARAMETERS.AppInstanceArn),
      ...checkItemCount(items, field, { min: 1, max: 2 }),
      ...items.flatMap((item, index) =>
        checkText(item.resourceArn, [...field, String(index), 'resourceArn'], PARAMETERS.ResourceArn),
      ),
      ...(repeated
        ? [
            invalid(
              field,
              `streamingConfigurations must name each dataType once, got ${repeated.dataType} twice`,
            ),
          ]
        : []),
    ],
    { appInstanceArn: null, streamingConfigurations: null },
    async () => {
      const out = await ctx.client.send(PutAppInstanceStreamingConfigurations, {
        AppInstanceArn: input.appInstanceArn,
        StreamingConfigurations: items.map((item) => ({
          DataType: item.dataType,
          ResourceArn: item.resourceArn,
        })),
      });
      const streamingConfigurations = toAppInstanceStreamingConfigurations(out);
      ctx.loaders.replaceAppInstanceStreamingConfigurations(input.appInstanceArn, streamingConfigurations);
      return { appInstanceArn: input.appInstanceArn, streamingConfigurations };
    },
  );
}

/** DeleteAppInstanceStreamingConfigurations. Changes: the app instance's streaming configurations (now none). */
export function deleteAppInstanceStreamingConfigurations(
  ctx: RequestContext,
  input: { appInstanceArn: string },
): Promise<MutationResult<{ appInstanceArn: string }>> {
  return validateThenRun(
    checkText(input.appInstanceArn, ['input', 'appInstanceArn'], PARAMETERS.AppInstanceArn),
    { appInstanceArn: null },
    async () => {
      await ctx.client.send(DeleteAppInstanceStreamingConfigurations, {
        AppInstanceArn: input.appInstanceArn,
      });
      ctx.loaders.replaceAppInstanceStreamingConfigurations(input.appInstanceArn, null);
      return { appInstanceArn: input.appInstanceArn };
    },
  );
}
