import type {
  AppInstanceAdminModel,
  AppInstanceModel,
  AppInstanceRetentionSettingsModel,
  AppInstanceStreamingConfigurationModel,
  AppInstanceUserModel,
} from '../../loaders/app-instances.ts';
import {
  getAppInstance,
  getAppInstanceAdmin,
  getAppInstanceAdminDetails,
  getAppInstanceRetentionSettings,
  getAppInstanceStreamingConfigurations,
  getAppInstanceTimestamps,
  getAppInstanceUser,
  getAppInstanceUserTimestamps,
  listAppInstanceAdmins,
  listAppInstances,
  listAppInstanceUsers,
} from '../../resolvers/app-instances/reads.ts';
import {
  appInstanceArnOfChannel,
  getModeratedChannel,
  getUserChannelMembership,
  listChannels,
  listModeratedChannels,
  listUserChannelMemberships,
} from '../../resolvers/channels/reads.ts';
import { builder } from '../builder.ts';
import {
  ChannelConnection,
  ChannelMembershipForAppInstanceUserConnection,
  ChannelMembershipForAppInstanceUserRef,
  ChannelRef,
  IdentityRef,
} from '../channels/channel.ts';
import { ChannelPrivacyEnum } from '../channels/enums.ts';
import { outsideAccounts } from '../shared/access.ts';
import { forwardPageArgs } from '../shared/connection.ts';
import { StreamingDataTypeEnum } from '../shared/enums.ts';
import { fromParentId } from '../shared/look-ahead.ts';

export const AppInstanceRef = builder.objectRef<AppInstanceModel>('AppInstance');
export const AppInstanceUserRef = builder.objectRef<AppInstanceUserModel>('AppInstanceUser');

export const AppInstanceAdminRef = builder.objectRef<AppInstanceAdminModel>('AppInstanceAdmin');
AppInstanceAdminRef.implement({
  description:
    'A user promoted to administrator of an app instance: a moderator of all its channels. `admin` ' +
    'comes with the list; `createdTimestamp` with one DescribeAppInstanceAdmin, made only when asked for.',
  fields: (t) => ({
    admin: t.expose('admin', { type: IdentityRef, nullable: true }),
    createdTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: async (admin, _args, ctx) =>
        (await getAppInstanceAdminDetails(ctx, admin))?.createdTimestamp ?? null,
    }),
  }),
});

export const AppInstanceAdminConnection = builder.connectionObject({
  type: AppInstanceAdminRef,
  name: 'AppInstanceAdminConnection',
});

export const AppInstanceRetentionSettingsRef = builder.objectRef<AppInstanceRetentionSettingsModel>(
  'AppInstanceRetentionSettings',
);
AppInstanceRetentionSettingsRef.implement({
  description: "How many days an app instance keeps its channels' messages; null days: kept for good.",
  fields: (t) => ({
    channelRetentionDays: t.exposeInt('channelRetentionDays', { nullable: true }),
    initiateDeletionTimestamp: t.expose('initiateDeletionTimestamp', {
      type: 'DateTime',
      nullable: true,
      description: 'When the messages past their retention are deleted.',
    }),
  }),
});

export const AppInstanceStreamingConfigurationRef = builder.objectRef<AppInstanceStreamingConfigurationModel>(
  'AppInstanceStreamingConfiguration',
);
AppInstanceStreamingConfigurationRef.implement({
  description: 'One data type of an app instance, streamed to a Kinesis data stream.',
  fields: (t) => ({
    dataType: t.expose('dataType', { type: StreamingDataTypeEnum, nullable: true }),
    resourceArn: t.exposeString('resourceArn', { description: 'The Kinesis data stream.' }),
  }),
});

export const AppInstanceConnection = builder.connectionObject({
  type: AppInstanceRef,
  name: 'AppInstanceConnection',
});
export const AppInstanceUserConnection = builder.connectionObject({
  type: AppInstanceUserRef,
  name: 'AppInstanceUserConnection',
});

builder.node(AppInstanceRef, {
  description:
    'A Chime SDK messaging application: its users and channels. The timestamps come from ' +
    'DescribeAppInstance, made only when asked for.',
  id: { resolve: (appInstance) => appInstance.appInstanceArn },
  loadMany: (arns, ctx) => Promise.all(arns.map((arn) => getAppInstance(ctx, arn))),
  fields: (t) => ({
    appInstanceArn: t.exposeString('appInstanceArn'),
    name: t.exposeString('name', { nullable: true }),
    metadata: t.exposeString('metadata', { nullable: true }),
    createdTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: async (appInstance, _args, ctx) =>
        (await getAppInstanceTimestamps(ctx, appInstance.appInstanceArn))?.createdTimestamp ?? null,
    }),
    lastUpdatedTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: async (appInstance, _args, ctx) =>
        (await getAppInstanceTimestamps(ctx, appInstance.appInstanceArn))?.lastUpdatedTimestamp ?? null,
    }),
    users: t.field({
      type: AppInstanceUserConnection,
      nullable: true,
      args: forwardPageArgs,
      resolve: (appInstance, page, ctx) => listAppInstanceUsers(ctx, appInstance.appInstanceArn, page),
    }),
    retentionSettings: t.field({
      type: AppInstanceRetentionSettingsRef,
      nullable: true,
      resolve: (appInstance, _args, ctx) => getAppInstanceRetentionSettings(ctx, appInstance.appInstanceArn),
    }),
    streamingConfigurations: t.field({
      type: [AppInstanceStreamingConfigurationRef],
      nullable: true,
      description:
        'What the app instance streams to Kinesis (GetAppInstanceStreamingConfigurations); null when nothing is.',
      resolve: (appInstance, _args, ctx) =>
        getAppInstanceStreamingConfigurations(ctx, appInstance.appInstanceArn),
    }),
    admins: t.field({
      type: AppInstanceAdminConnection,
      nullable: true,
      args: forwardPageArgs,
      resolve: (appInstance, page, ctx) => listAppInstanceAdmins(ctx, appInstance.appInstanceArn, page),
    }),
    admin: t.field({
      type: AppInstanceAdminRef,
      nullable: true,
      description: 'One administrator (DescribeAppInstanceAdmin); null when that user is not an admin.',
      args: { adminArn: t.arg.string({ required: true }) },
      resolve: (appInstance, { adminArn }, ctx) =>
        getAppInstanceAdmin(ctx, appInstance.appInstanceArn, adminArn),
    }),
    channels: t.field({
      type: ChannelConnection,
      nullable: true,
      description: 'Its channels as the configured app instance user sees them (as Query.channels).',
      args: { ...forwardPageArgs, privacy: t.arg({ type: ChannelPrivacyEnum }) },
      resolve: (appInstance, { privacy, ...page }, ctx) =>
        listChannels(ctx, appInstance.appInstanceArn, page, { privacy }),
    }),
  }),
});

builder.node(AppInstanceUserRef, {
  description:
    'A user of an app instance: who messaging calls act as. The timestamps come from ' +
    'DescribeAppInstanceUser, made only when asked for.',
  id: { resolve: (user) => user.appInstanceUserArn },
  loadMany: (arns, ctx) => Promise.all(arns.map((arn) => getAppInstanceUser(ctx, arn))),
  fields: (t) => ({
    appInstanceUserArn: t.exposeString('appInstanceUserArn'),
    name: t.exposeString('name', { nullable: true }),
    metadata: t.exposeString('metadata', { nullable: true }),
    createdTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: async (user, _args, ctx) =>
        (await getAppInstanceUserTimestamps(ctx, user.appInstanceUserArn))?.createdTimestamp ?? null,
    }),
    lastUpdatedTimestamp: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: async (user, _args, ctx) =>
        (await getAppInstanceUserTimestamps(ctx, user.appInstanceUserArn))?.lastUpdatedTimestamp ?? null,
    }),
  }),
});

const appInstanceUserArnOf = (user: AppInstanceUserModel) => user.appInstanceUserArn;

// What the user takes part in, read as the caller's own app instance user: the user's own
// channels, or anyone's for an AppInstanceAdmin.
builder.objectFields(AppInstanceUserRef, (t) => ({
  channelMemberships: t.field({
    type: ChannelMembershipForAppInstanceUserConnection,
    nullable: true,
    description:
      'The channels the user is a member of, with the membership (ListChannelMembershipsForAppInstanceUser; ' +
      'the user itself or an AppInstanceAdmin may read them).',
    args: forwardPageArgs,
    ...fromParentId(appInstanceUserArnOf, (userArn, page, ctx) =>
      listUserChannelMemberships(ctx, userArn, page),
    ),
  }),
  channelMembership: t.field({
    type: ChannelMembershipForAppInstanceUserRef,
    nullable: true,
    description:
      "The user's membership of one channel (DescribeChannelMembershipForAppInstanceUser); null when not a member.",
    args: { channelArn: t.arg.string({ required: true }) },
    resolve: (user, { channelArn }, ctx) =>
      getUserChannelMembership(ctx, user.appInstanceUserArn, channelArn),
  }),
  moderatedChannels: t.field({
    type: ChannelConnection,
    nullable: true,
    description: 'The channels the user moderates (ListChannelsModeratedByAppInstanceUser).',
    args: forwardPageArgs,
    ...fromParentId(appInstanceUserArnOf, (userArn, page, ctx) => listModeratedChannels(ctx, userArn, page)),
  }),
  moderatedChannel: t.field({
    type: ChannelRef,
    nullable: true,
    description:
      'One channel the user moderates (DescribeChannelModeratedByAppInstanceUser); null when not a moderator.',
    args: { channelArn: t.arg.string({ required: true }) },
    resolve: (user, { channelArn }, ctx) => getModeratedChannel(ctx, user.appInstanceUserArn, channelArn),
  }),
}));

builder.objectFields(ChannelMembershipForAppInstanceUserRef, (t) => ({
  appInstanceUser: t.field({
    type: AppInstanceUserRef,
    nullable: true,
    description: 'The member.',
    resolve: (membership, _args, ctx) => getAppInstanceUser(ctx, membership.appInstanceUserArn),
  }),
}));

builder.objectFields(ChannelRef, (t) => ({
  appInstance: t.field({
    type: AppInstanceRef,
    nullable: true,
    description: 'The app instance the channel belongs to (its ARN prefixes the channel ARN).',
    resolve: (channel, _args, ctx) => {
      const appInstanceArn = appInstanceArnOfChannel(channel.channelArn);
      return appInstanceArn ? getAppInstance(ctx, appInstanceArn) : null;
    },
  }),
}));

builder.objectFields(IdentityRef, (t) => ({
  appInstanceUser: t.field({
    type: AppInstanceUserRef,
    nullable: true,
    description: 'The app instance user behind this identity; null for a bot or an unknown ARN.',
    resolve: (identity, _args, ctx) => (identity.arn ? getAppInstanceUser(ctx, identity.arn) : null),
  }),
}));

builder.queryFields((t) => ({
  appInstances: t.field({
    authScopes: outsideAccounts,
    type: AppInstanceConnection,
    nullable: true,
    description: 'The Chime SDK messaging app instances of the AWS account.',
    args: forwardPageArgs,
    resolve: (_root, page, ctx) => listAppInstances(ctx, page),
  }),
  appInstance: t.field({
    authScopes: outsideAccounts,
    type: AppInstanceRef,
    nullable: true,
    args: { appInstanceArn: t.arg.string({ required: true }) },
    resolve: (_root, { appInstanceArn }, ctx) => getAppInstance(ctx, appInstanceArn),
  }),
}));
