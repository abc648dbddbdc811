import type {
  AppInstance,
  AppInstanceSummary,
  AppInstanceUser,
  AppInstanceUserSummary,
} from '../../chime/shapes/app-instance.ts';
import type { RequestContext } from '../../context.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';
import { mapConnection } from '../shared/connection.ts';
import { epochTimestamp } from '../shared/timestamps.ts';

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

/** What only a Describe tells of an app instance or its user. */
export interface TimestampsModel {
  createdTimestamp: string | null;
  lastUpdatedTimestamp: string | null;
}

const toTimestamps = (record: AppInstance | AppInstanceUser): TimestampsModel => ({
  createdTimestamp: epochTimestamp(record.CreatedTimestamp),
  lastUpdatedTimestamp: epochTimestamp(record.LastUpdatedTimestamp),
});

/** Maps an upstream app instance summary (or a whole app instance). */
export function toAppInstance(appInstance: AppInstanceSummary): AppInstanceModel {
  return {
    appInstanceArn: appInstance.AppInstanceArn,
    name: appInstance.Name ?? null,
    metadata: appInstance.Metadata ?? null,
  };
}

/** Maps an upstream app instance user summary (or a whole user). */
export function toAppInstanceUser(user: AppInstanceUserSummary): AppInstanceUserModel {
  return {
    appInstanceUserArn: user.AppInstanceUserArn,
    name: user.Name ?? null,
    metadata: user.Metadata ?? null,
  };
}

/** An app instance: from a list of this request if one brought it, else DescribeAppInstance; null when unknown. */
export async function getAppInstance(
  ctx: RequestContext,
  appInstanceArn: string,
): Promise<AppInstanceModel | null> {
  const appInstance = await ctx.loaders.appInstanceSummary.load(appInstanceArn);
  return appInstance && toAppInstance(appInstance);
}

/** DescribeAppInstance's timestamps (at most one call per app instance and request). */
export async function getAppInstanceTimestamps(
  ctx: RequestContext,
  appInstanceArn: string,
): Promise<TimestampsModel | null> {
  const appInstance = await ctx.loaders.appInstance.load(appInstanceArn);
  return appInstance && toTimestamps(appInstance);
}

/** ListAppInstances, as a connection. */
export async function listAppInstances(ctx: RequestContext, page: ForwardPage) {
  return mapConnection(await ctx.loaders.listAppInstances(page), toAppInstance);
}

/** An app instance user: from a list of this request, else DescribeAppInstanceUser; null when unknown. */
export async function getAppInstanceUser(
  ctx: RequestContext,
  appInstanceUserArn: string,
): Promise<AppInstanceUserModel | null> {
  const user = await ctx.loaders.appInstanceUserSummary.load(appInstanceUserArn);
  return user && toAppInstanceUser(user);
}

/** DescribeAppInstanceUser's timestamps (at most one call per user and request). */
export async function getAppInstanceUserTimestamps(
  ctx: RequestContext,
  appInstanceUserArn: string,
): Promise<TimestampsModel | null> {
  const user = await ctx.loaders.appInstanceUser.load(appInstanceUserArn);
  return user && toTimestamps(user);
}

/** ListAppInstanceUsers of one app instance, as a connection. */
export async function listAppInstanceUsers(ctx: RequestContext, appInstanceArn: string, page: ForwardPage) {
  return mapConnection(await ctx.loaders.listAppInstanceUsers(appInstanceArn, page), toAppInstanceUser);
}
