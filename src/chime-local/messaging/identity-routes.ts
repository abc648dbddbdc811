import { notFound } from '../errors.ts';
import type { LocalRequest, Route } from '../router.ts';
import { optionalInt, optionalObject, optionalString, requiredObject, requiredString } from '../validate.ts';
import { appInstanceArn, appInstanceUserArn } from './arns.ts';
import { epochSeconds } from './clock.ts';
import { pageRequest } from './list-page.ts';
import {
  ARN_RULE,
  CLIENT_REQUEST_TOKEN_RULE,
  METADATA_RULE,
  RESOURCE_NAME_RULE,
  USER_ID_RULE,
  USER_NAME_RULE,
  validateTags,
} from './rules.ts';
import { type AppInstanceRecord, type AppInstanceUserRecord, identityOf } from './state.ts';

/** ListAppInstances, ListAppInstanceUsers and ListAppInstanceAdmins answer at most this many per page. */
const MAX_RESULTS = 50;

/** The AppInstance named by `arn` (parameter `name`), or 404. */
export function appInstanceNamed(request: LocalRequest, value: unknown, name: string): AppInstanceRecord {
  const arn = requiredString(value, name, ARN_RULE);
  const record = request.store.messaging.appInstances.get(arn);
  if (!record) throw notFound(`AppInstance ${arn} does not exist`);
  return record;
}

/** The user `value` (parameter `name`) names, when it is an AppInstanceAdmin of `record`, or 404. */
function adminNamed(request: LocalRequest, record: AppInstanceRecord, value: unknown, name: string) {
  const adminArn = requiredString(value, name, ARN_RULE);
  const createdTimestamp = record.admins.get(adminArn);
  const user = request.store.messaging.users.get(adminArn);
  if (createdTimestamp === undefined || !user)
    throw notFound(`${adminArn} is not an AppInstanceAdmin of ${record.appInstance.AppInstanceArn}`);
  return { identity: identityOf(user.user), createdTimestamp };
}

/** The AppInstanceUser named by the `AppInstanceUserArn` path parameter, or 404. */
function appInstanceUserNamed(request: LocalRequest, value: unknown): AppInstanceUserRecord {
  const arn = requiredString(value, 'AppInstanceUserArn', ARN_RULE);
  const record = request.store.messaging.users.get(arn);
  if (!record) throw notFound(`AppInstanceUser ${arn} does not exist`);
  return record;
}

/** What Get- and PutAppInstanceRetentionSettings answer. */
function retentionBody(record: AppInstanceRecord) {
  return record.retention
    ? {
        AppInstanceRetentionSettings: record.retention.settings,
        InitiateDeletionTimestamp: record.retention.initiateDeletionTimestamp,
      }
    : { AppInstanceRetentionSettings: {} };
}

/** The admin routes, served under `/app-instances/{AppInstanceArn}/admins`. */
const adminRoutes: Route[] = [
  {
    operation: 'CreateAppInstanceAdmin',
    method: 'POST',
    path: '/app-instances/{AppInstanceArn}/admins',
    handle(request) {
      const record = appInstanceNamed(request, request.params.AppInstanceArn, 'AppInstanceArn');
      const adminArn = requiredString(request.body.AppInstanceAdminArn, 'AppInstanceAdminArn', ARN_RULE);
      const user = request.store.messaging.users.get(adminArn);
      if (!user || user.appInstanceArn !== record.appInstance.AppInstanceArn)
        throw notFound(
          `AppInstanceAdminArn ${adminArn} is not an AppInstanceUser of ${record.appInstance.AppInstanceArn}`,
        );
      // Promoting an admin again keeps the time they first became one.
      if (!record.admins.has(adminArn)) record.admins.set(adminArn, epochSeconds(request.store));
      return {
        status: 201,
        body: { AppInstanceAdmin: identityOf(user.user), AppInstanceArn: record.appInstance.AppInstanceArn },
      };
    },
  },
  {
    operation: 'DescribeAppInstanceAdmin',
    method: 'GET',
    path: '/app-instances/{AppInstanceArn}/admins/{AppInstanceAdminArn}',
    handle(request) {
      const record = appInstanceNamed(request, request.params.AppInstanceArn, 'AppInstanceArn');
      const admin = adminNamed(request, record, request.params.AppInstanceAdminArn, 'AppInstanceAdminArn');
      return {
        body: {
          AppInstanceAdmin: {
            Admin: admin.identity,
            AppInstanceArn: record.appInstance.AppInstanceArn,
            CreatedTimestamp: admin.createdTimestamp,
          },
        },
      };
    },
  },
  {
    operation: 'ListAppInstanceAdmins',
    method: 'GET',
    path: '/app-instances/{AppInstanceArn}/admins',
    handle(request) {
      const record = appInstanceNamed(request, request.params.AppInstanceArn, 'AppInstanceArn');
      const paging = pageRequest(request.query, MAX_RESULTS);
      const { users } = request.store.messaging;
      const admins = [...record.admins.keys()].flatMap((arn) => {
        const user = users.get(arn);
        return user ? [{ Admin: identityOf(user.user) }] : [];
      });
      const instanceArn = record.appInstance.AppInstanceArn;
      const page = request.store.paginator.page(
        admins,
        paging.maxResults,
        paging.nextToken,
        `ListAppInstanceAdmins:${instanceArn}`,
      );
      return {
        body: { AppInstanceAdmins: page.items, AppInstanceArn: instanceArn, NextToken: page.nextToken },
      };
    },
  },
  {
    operation: 'DeleteAppInstanceAdmin',
    method: 'DELETE',
    path: '/app-instances/{AppInstanceArn}/admins/{AppInstanceAdminArn}',
    handle(request) {
      const record = appInstanceNamed(request, request.params.AppInstanceArn, 'AppInstanceArn');
      const admin = adminNamed(request, record, request.params.AppInstanceAdminArn, 'AppInstanceAdminArn');
      record.admins.delete(admin.identity.Arn);
      return { status: 204 };
    },
  },
];

/**
 * The identity group (Chime SDK Identity): app instances and their users. Served with
 * the messaging group because messaging calls are made as these users. These calls are
 * authorized by the SigV4 signature alone, as on the service: no chime bearer.
 */
export const identityRoutes: Route[] = [
  ...adminRoutes,
  {
    operation: 'UpdateAppInstance',
    method: 'PUT',
    path: '/app-instances/{AppInstanceArn}',
    handle(request) {
      const record = appInstanceNamed(request, request.params.AppInstanceArn, 'AppInstanceArn');
      const name = requiredString(request.body.Name, 'Name', RESOURCE_NAME_RULE);
      const metadata = optionalString(request.body.Metadata, 'Metadata', METADATA_RULE);
      const { appInstance } = record;
      appInstance.Name = name;
      if (metadata !== undefined) appInstance.Metadata = metadata;
      appInstance.LastUpdatedTimestamp = epochSeconds(request.store);
      return { body: { AppInstanceArn: appInstance.AppInstanceArn } };
    },
  },
  {
    operation: 'DeleteAppInstance',
    method: 'DELETE',
    path: '/app-instances/{AppInstanceArn}',
    handle(request) {
      const record = appInstanceNamed(request, request.params.AppInstanceArn, 'AppInstanceArn');
      const arn = record.appInstance.AppInstanceArn;
      const state = request.store.messaging;
      // The service deletes everything the instance holds with it: its users and channels.
      for (const [userArn, user] of state.users) if (user.appInstanceArn === arn) state.users.delete(userArn);
      for (const [channelArn, channel] of state.channels)
        if (channel.appInstanceArn === arn) state.channels.delete(channelArn);
      state.appInstances.delete(arn);
      return { status: 204 };
    },
  },
  {
    operation: 'UpdateAppInstanceUser',
    method: 'PUT',
    path: '/app-instance-users/{AppInstanceUserArn}',
    handle(request) {
      const record = appInstanceUserNamed(request, request.params.AppInstanceUserArn);
      const name = requiredString(request.body.Name, 'Name', USER_NAME_RULE);
      const metadata = optionalString(request.body.Metadata, 'Metadata', METADATA_RULE);
      const { user } = record;
      user.Name = name;
      if (metadata !== undefined) user.Metadata = metadata;
      user.LastUpdatedTimestamp = epochSeconds(request.store);
      return { body: { AppInstanceUserArn: user.AppInstanceUserArn } };
    },
  },
  {
    operation: 'DeleteAppInstanceUser',
    method: 'DELETE',
    path: '/app-instance-users/{AppInstanceUserArn}',
    handle(request) {
      const record = appInstanceUserNamed(request, request.params.AppInstanceUserArn);
      const arn = record.user.AppInstanceUserArn;
      request.store.messaging.users.delete(arn);
      request.store.messaging.appInstances.get(record.appInstanceArn)?.admins.delete(arn);
      return { status: 204 };
    },
  },
  {
    operation: 'GetAppInstanceRetentionSettings',
    method: 'GET',
    path: '/app-instances/{AppInstanceArn}/retention-settings',
    handle(request) {
      const record = appInstanceNamed(request, request.params.AppInstanceArn, 'AppInstanceArn');
      return { body: retentionBody(record) };
    },
  },
  {
    operation: 'PutAppInstanceRetentionSettings',
    method: 'PUT',
    path: '/app-instances/{AppInstanceArn}/retention-settings',
    handle(request) {
      const record = appInstanceNamed(request, request.params.AppInstanceArn, 'AppInstanceArn');
      const settings = requiredObject(
        request.body.AppInstanceRetentionSettings,
        'AppInstanceRetentionSettings',
      );
      const channel = optionalObject(
        settings.ChannelRetentionSettings,
        'AppInstanceRetentionSettings.ChannelRetentionSettings',
      );
      const days =
        channel &&
        optionalInt(
          channel.RetentionDays,
          'AppInstanceRetentionSettings.ChannelRetentionSettings.RetentionDays',
          {
            min: 1,
            max: 5475,
          },
        );
      record.retention = {
        settings: channel
          ? { ChannelRetentionSettings: days === undefined ? {} : { RetentionDays: days } }
          : {},
        initiateDeletionTimestamp: epochSeconds(request.store),
      };
      return { body: retentionBody(record) };
    },
  },
  {
    operation: 'CreateAppInstance',
    method: 'POST',
    path: '/app-instances',
    handle(request) {
      const { body, store } = request;
      const name = requiredString(body.Name, 'Name', RESOURCE_NAME_RULE);
      const metadata = optionalString(body.Metadata, 'Metadata', METADATA_RULE);
      const token = requiredString(body.ClientRequestToken, 'ClientRequestToken', CLIENT_REQUEST_TOKEN_RULE);
      const tags = validateTags(body.Tags);
      const arn = store.messaging.idempotent('CreateAppInstance', token, () => {
        const timestamp = epochSeconds(store);
        const created = store.messaging.addAppInstance({
          arn: appInstanceArn(store.newId()),
          name,
          ...(metadata === undefined ? {} : { metadata }),
          timestamp,
        });
        if (tags.length > 0) store.messaging.tags.set(created.appInstance.AppInstanceArn, tags);
        return created.appInstance.AppInstanceArn;
      });
      return { status: 201, body: { AppInstanceArn: arn } };
    },
  },
  {
    operation: 'DescribeAppInstance',
    method: 'GET',
    path: '/app-instances/{AppInstanceArn}',
    handle(request) {
      const record = appInstanceNamed(request, request.params.AppInstanceArn, 'AppInstanceArn');
      return { body: { AppInstance: record.appInstance } };
    },
  },
  {
    operation: 'ListAppInstances',
    method: 'GET',
    path: '/app-instances',
    handle({ query, store }) {
      const paging = pageRequest(query, MAX_RESULTS);
      const summaries = [...store.messaging.appInstances.values()].map(({ appInstance }) => ({
        AppInstanceArn: appInstance.AppInstanceArn,
        Name: appInstance.Name,
        Metadata: appInstance.Metadata,
      }));
      const page = store.paginator.page(summaries, paging.maxResults, paging.nextToken, 'ListAppInstances');
      return { body: { AppInstances: page.items, NextToken: page.nextToken } };
    },
  },
  {
    operation: 'CreateAppInstanceUser',
    method: 'POST',
    path: '/app-instance-users',
    handle(request) {
      const { body, store } = request;
      const appInstance = appInstanceNamed(request, body.AppInstanceArn, 'AppInstanceArn');
      const userId = requiredString(body.AppInstanceUserId, 'AppInstanceUserId', USER_ID_RULE);
      const name = requiredString(body.Name, 'Name', USER_NAME_RULE);
      const metadata = optionalString(body.Metadata, 'Metadata', METADATA_RULE);
      const token = requiredString(body.ClientRequestToken, 'ClientRequestToken', CLIENT_REQUEST_TOKEN_RULE);
      const tags = validateTags(body.Tags);
      const scope = `CreateAppInstanceUser:${appInstance.appInstance.AppInstanceArn}`;
      const arn = store.messaging.idempotent(scope, token, () => {
        const created = store.messaging.addAppInstanceUser(appInstance, {
          arn: appInstanceUserArn(appInstance.appInstance.AppInstanceArn, userId),
          name,
          ...(metadata === undefined ? {} : { metadata }),
          timestamp: epochSeconds(store),
        });
        if (tags.length > 0) store.messaging.tags.set(created.user.AppInstanceUserArn, tags);
        return created.user.AppInstanceUserArn;
      });
      return { status: 201, body: { AppInstanceUserArn: arn } };
    },
  },
  {
    operation: 'DescribeAppInstanceUser',
    method: 'GET',
    path: '/app-instance-users/{AppInstanceUserArn}',
    handle({ params, store }) {
      const arn = requiredString(params.AppInstanceUserArn, 'AppInstanceUserArn', ARN_RULE);
      const record = store.messaging.users.get(arn);
      if (!record) throw notFound(`AppInstanceUser ${arn} does not exist`);
      return { body: { AppInstanceUser: record.user } };
    },
  },
  {
    operation: 'ListAppInstanceUsers',
    method: 'GET',
    path: '/app-instance-users',
    handle(request) {
      const { query, store } = request;
      const paging = pageRequest(query, MAX_RESULTS);
      const appInstance = appInstanceNamed(
        request,
        query.get('app-instance-arn') ?? undefined,
        'AppInstanceArn',
      );
      const instanceArn = appInstance.appInstance.AppInstanceArn;
      const summaries = [...store.messaging.users.values()]
        .filter((record) => record.appInstanceArn === instanceArn)
        .map(({ user }) => ({
          AppInstanceUserArn: user.AppInstanceUserArn,
          Name: user.Name,
          Metadata: user.Metadata,
        }));
      const page = store.paginator.page(
        summaries,
        paging.maxResults,
        paging.nextToken,
        `ListAppInstanceUsers:${instanceArn}`,
      );
      return {
        body: { AppInstanceArn: instanceArn, AppInstanceUsers: page.items, NextToken: page.nextToken },
      };
    },
  },
];
