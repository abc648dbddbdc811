import { type CachingCaller, cachedAs } from '../cache/read-cache.ts';
import {
  type AppInstanceStreamingConfigurationsOutput,
  GetAppInstanceStreamingConfigurations,
} from '../chime/operations/app-instance-streaming.ts';
import {
  type AppInstanceRetentionSettingsOutput,
  DescribeAppInstance,
  DescribeAppInstanceAdmin,
  DescribeAppInstanceUser,
  GetAppInstanceRetentionSettings,
  ListAppInstanceAdmins,
  ListAppInstances,
  ListAppInstanceUsers,
} from '../chime/operations/app-instances.ts';
import {
  type AppInstance,
  type AppInstanceAdmin,
  type AppInstanceSummary,
  type AppInstanceUser,
  type AppInstanceUserSummary,
  STREAMING_DATA_TYPES,
  type StreamingDataType,
} from '../chime/shapes/app-instance.ts';
import { type IdentityModel, toIdentity } from './channels.ts';
import { type ForwardPage, listPages, readConnection } from './shared/connection.ts';
import type { Cursors } from './shared/cursor.ts';
import { getLoader } from './shared/get-loader.ts';
import { epochTimestamp, knownValue } from './shared/upstream-values.ts';

/** An app instance (one Chime SDK messaging application), as ListAppInstances tells of it. */
export interface AppInstanceModel {
  appInstanceArn: string;
  name: string | null;
  metadata: string | null;
}

/** A user of an app instance, as ListAppInstanceUsers tells of it. */
export interface AppInstanceUserModel {
  appInstanceUserArn: string;
  name: string | null;
  metadata: string | null;
}

/** An administrator of an app instance (a user promoted to AppInstanceAdmin), as ListAppInstanceAdmins tells of it. */
export interface AppInstanceAdminModel {
  appInstanceArn: string;
  admin: IdentityModel | null;
}

/** What only DescribeAppInstanceAdmin tells of an administrator. */
export interface AppInstanceAdminDetailsModel {
  createdTimestamp: string | null;
}

/** One administrator of one app instance. */
export interface AppInstanceAdminKey {
  appInstanceArn: string;
  adminArn: string;
}

/** How many days an app instance keeps its channels' messages; null days: kept for good. */
export interface AppInstanceRetentionSettingsModel {
  channelRetentionDays: number | null;
  /** When the messages past their retention are deleted. */
  initiateDeletionTimestamp: string | null;
}

/** Maps what Get- and PutAppInstanceRetentionSettings answer. */
export const toAppInstanceRetentionSettings = (
  out: AppInstanceRetentionSettingsOutput,
): AppInstanceRetentionSettingsModel => ({
  channelRetentionDays: out.AppInstanceRetentionSettings?.ChannelRetentionSettings?.RetentionDays ?? null,
  initiateDeletionTimestamp: epochTimestamp(out.InitiateDeletionTimestamp),
});

/** One data type of an app instance streamed to a Kinesis data stream. */
export interface AppInstanceStreamingConfigurationModel {
  dataType: StreamingDataType | null;
  resourceArn: string;
}

/** Maps what Get- and PutAppInstanceStreamingConfigurations answer. */
export const toAppInstanceStreamingConfigurations = (
  out: AppInstanceStreamingConfigurationsOutput,
): AppInstanceStreamingConfigurationModel[] =>
  (out.StreamingConfigurations ?? []).map((item) => ({
    dataType: knownValue(STREAMING_DATA_TYPES, item.DataType),
    resourceArn: item.ResourceArn,
  }));

/** What only a Describe tells of an app instance or its user. */
export interface TimestampsModel {
  createdTimestamp: string | null;
  lastUpdatedTimestamp: string | null;
}

const toTimestamps = (record: AppInstance | AppInstanceUser): TimestampsModel => ({
  createdTimestamp: epochTimestamp(record.CreatedTimestamp),
  lastUpdatedTimestamp: epochTimestamp(record.LastUpdatedTimestamp),
});

const toAppInstance = (appInstance: AppInstanceSummary): AppInstanceModel => ({
  appInstanceArn: appInstance.AppInstanceArn,
  name: appInstance.Name ?? null,
  metadata: appInstance.Metadata ?? null,
});

const toAppInstanceUser = (user: AppInstanceUserSummary): AppInstanceUserModel => ({
  appInstanceUserArn: user.AppInstanceUserArn,
  name: user.Name ?? null,
  metadata: user.Metadata ?? null,
});

const toDescribedAdmin = (
  appInstanceArn: string,
  admin: AppInstanceAdmin,
): AppInstanceAdminModel & AppInstanceAdminDetailsModel => ({
  appInstanceArn,
  admin: toIdentity(admin.Admin),
  createdTimestamp: epochTimestamp(admin.CreatedTimestamp),
});

const byArn = (arn: string) => arn;
const adminCacheKey = ({ appInstanceArn, adminArn }: AppInstanceAdminKey) => `${appInstanceArn}\n${adminArn}`;

/**
 * Per-request loaders for app instances and their users (the identity group: no bearer,
 * the signature alone authorizes these reads). As for channels, a summary loader is
 * primed by lists and otherwise reads through the Describe loader.
 */
export function createAppInstanceLoaders(client: CachingCaller, cursors: Cursors) {
  /** DescribeAppInstance. */
  const appInstance = getLoader(
    (appInstanceArn: string) =>
      client
        .send(
          DescribeAppInstance,
          { AppInstanceArn: appInstanceArn },
          cachedAs('app-instances', appInstanceArn),
        )
        .then(({ AppInstance }) => ({ ...toAppInstance(AppInstance), ...toTimestamps(AppInstance) })),
    byArn,
  );
  /** What ListAppInstances tells of an app instance: primed by a list, else read through `appInstance`. */
  const appInstanceSummary = getLoader<string, AppInstanceModel | null>(
    (appInstanceArn) => appInstance.load(appInstanceArn),
    byArn,
  );
  /** DescribeAppInstanceUser. */
  const appInstanceUser = getLoader(
    (appInstanceUserArn: string) =>
      client
        .send(
          DescribeAppInstanceUser,
          { AppInstanceUserArn: appInstanceUserArn },
          cachedAs('app-instances', appInstanceUserArn),
        )
        .then(({ AppInstanceUser }) => ({
          ...toAppInstanceUser(AppInstanceUser),
          ...toTimestamps(AppInstanceUser),
        })),
    byArn,
  );
  /** What ListAppInstanceUsers tells of a user: primed by a list, else read through `appInstanceUser`. */
  const appInstanceUserSummary = getLoader<string, AppInstanceUserModel | null>(
    (appInstanceUserArn) => appInstanceUser.load(appInstanceUserArn),
    byArn,
  );
  /** DescribeAppInstanceAdmin; filed under its app instance in the shared cache. */
  const appInstanceAdmin = getLoader(
    ({ appInstanceArn, adminArn }: AppInstanceAdminKey) =>
      client
        .send(
          DescribeAppInstanceAdmin,
          { AppInstanceArn: appInstanceArn, AppInstanceAdminArn: adminArn },
          cachedAs('app-instances', appInstanceArn),
        )
        .then((out) => toDescribedAdmin(appInstanceArn, out.AppInstanceAdmin)),
    adminCacheKey,
  );
  /** GetAppInstanceRetentionSettings. */
  const appInstanceRetentionSettings = getLoader(
    (appInstanceArn: string) =>
      client
        .send(
          GetAppInstanceRetentionSettings,
          { AppInstanceArn: appInstanceArn },
          cachedAs('app-instances', appInstanceArn),
        )
        .then(toAppInstanceRetentionSettings),
    byArn,
  );
  /** GetAppInstanceStreamingConfigurations; null (the upstream's 404) when none are set. */
  const appInstanceStreamingConfigurations = getLoader(
    (appInstanceArn: string) =>
      client
        .send(
          GetAppInstanceStreamingConfigurations,
          { AppInstanceArn: appInstanceArn },
          cachedAs('app-instances', appInstanceArn),
        )
        .then(toAppInstanceStreamingConfigurations),
    byArn,
  );
  return {
    appInstance,
    appInstanceSummary,
    appInstanceStreamingConfigurations,
    /** The configurations as the upstream just answered a put (null: deleted) replace whatever the request had loaded. */
    replaceAppInstanceStreamingConfigurations(
      appInstanceArn: string,
      model: AppInstanceStreamingConfigurationModel[] | null,
    ): void {
      appInstanceStreamingConfigurations.clear(appInstanceArn).prime(appInstanceArn, model);
      client.changed('app-instances', appInstanceArn);
    },
    appInstanceAdmin,
    appInstanceRetentionSettings,
    /** The retention settings as the upstream just answered a put replace whatever the request had loaded. */
    replaceAppInstanceRetentionSettings(
      appInstanceArn: string,
      model: AppInstanceRetentionSettingsModel,
    ): void {
      appInstanceRetentionSettings.clear(appInstanceArn).prime(appInstanceArn, model);
      client.changed('app-instances', appInstanceArn);
    },
    /** After a user was promoted: the next read of their admin role asks DescribeAppInstanceAdmin. */
    forgetAppInstanceAdmin(key: AppInstanceAdminKey): void {
      appInstanceAdmin.clear(key);
      client.changed('app-instances', key.appInstanceArn);
    },
    /** After an admin was demoted: later reads of that admin role answer null without a call. */
    removeAppInstanceAdmin(key: AppInstanceAdminKey): void {
      appInstanceAdmin.clear(key).prime(key, null);
      client.changed('app-instances', key.appInstanceArn);
    },
    appInstanceUser,
    appInstanceUserSummary,
    /** After an app instance was created or changed: its next read asks DescribeAppInstance again. */
    forgetAppInstance(appInstanceArn: string): void {
      appInstance.clear(appInstanceArn);
      appInstanceSummary.clear(appInstanceArn);
      client.changed('app-instances', appInstanceArn);
    },
    /** After an app instance was deleted: later reads of it answer null; its channels went with it. */
    removeAppInstance(appInstanceArn: string): void {
      appInstance.clear(appInstanceArn).prime(appInstanceArn, null);
      appInstanceSummary.clear(appInstanceArn).prime(appInstanceArn, null);
      client.changed('app-instances', appInstanceArn);
      client.changedAll('channels');
    },
    /** After a user was deleted: later reads of it answer null without a call. */
    removeAppInstanceUser(appInstanceUserArn: string): void {
      appInstanceUser.clear(appInstanceUserArn).prime(appInstanceUserArn, null);
      appInstanceUserSummary.clear(appInstanceUserArn).prime(appInstanceUserArn, null);
      client.changed('app-instances', appInstanceUserArn);
    },
    /** After a user was created or changed: its next read asks DescribeAppInstanceUser again. */
    forgetAppInstanceUser(appInstanceUserArn: string): void {
      appInstanceUser.clear(appInstanceUserArn);
      appInstanceUserSummary.clear(appInstanceUserArn);
      client.changed('app-instances', appInstanceUserArn);
    },
    /** A page of the AWS account's app instances; each one read primes `appInstanceSummary`. */
    listAppInstances: (page: ForwardPage) =>
      readConnection<AppInstanceModel>(page, {
        cursors,
        scope: ['appInstances'],
        maxResults: ListAppInstances.maxResults!,
        read: listPages(
          client,
          ListAppInstances,
          {},
          (out) => {
            const appInstances = out.AppInstances.map(toAppInstance);
            for (const item of appInstances) appInstanceSummary.prime(item.appInstanceArn, item);
            return appInstances;
          },
          cachedAs('app-instances'),
        ),
      }),
    /** A page of an app instance's administrators; the list answers only who. */
    listAppInstanceAdmins: (appInstanceArn: string, page: ForwardPage) =>
      readConnection<AppInstanceAdminModel>(page, {
        cursors,
        scope: ['appInstanceAdmins', appInstanceArn],
        maxResults: ListAppInstanceAdmins.maxResults!,
        read: async (token, maxResults) => {
          const out = await client.send(
            ListAppInstanceAdmins,
            { AppInstanceArn: appInstanceArn, MaxResults: maxResults, NextToken: token ?? undefined },
            cachedAs('app-instances'),
          );
          return {
            items: out.AppInstanceAdmins.map((summary) => ({
              appInstanceArn,
              admin: toIdentity(summary.Admin),
            })),
            nextToken: out.NextToken,
          };
        },
      }),
    /** A page of an app instance's users; each one read primes `appInstanceUserSummary`. */
    listAppInstanceUsers: (appInstanceArn: string, page: ForwardPage) =>
      readConnection<AppInstanceUserModel>(page, {
        cursors,
        scope: ['appInstanceUsers', appInstanceArn],
        maxResults: ListAppInstanceUsers.maxResults!,
        read: listPages(
          client,
          ListAppInstanceUsers,
          { AppInstanceArn: appInstanceArn },
          (out) => {
            const users = out.AppInstanceUsers.map(toAppInstanceUser);
            for (const item of users) appInstanceUserSummary.prime(item.appInstanceUserArn, item);
            return users;
          },
          cachedAs('app-instances'),
        ),
      }),
  };
}
