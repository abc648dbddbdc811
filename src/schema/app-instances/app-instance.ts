import type { AppInstanceModel, AppInstanceUserModel } from '../../loaders/app-instances.ts';
import {
  getAppInstance,
  getAppInstanceTimestamps,
  getAppInstanceUser,
  getAppInstanceUserTimestamps,
  listAppInstances,
  listAppInstanceUsers,
} from '../../resolvers/app-instances/reads.ts';
import { appInstanceArnOfChannel, listChannels } from '../../resolvers/channels/reads.ts';
import { builder } from '../builder.ts';
import { ChannelConnection, ChannelRef, IdentityRef } from '../channels/channel.ts';
import { ChannelPrivacyEnum } from '../channels/enums.ts';
import { outsideAccounts } from '../shared/access.ts';
import { forwardPageArgs } from '../shared/connection.ts';

export const AppInstanceRef = builder.objectRef<AppInstanceModel>('AppInstance');
export const AppInstanceUserRef = builder.objectRef<AppInstanceUserModel>('AppInstanceUser');

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
