import type { RequestContext } from '../../context.ts';
import type {
  AppInstanceAdminDetailsModel,
  AppInstanceAdminModel,
  AppInstanceModel,
  AppInstanceRetentionSettingsModel,
  AppInstanceStreamingConfigurationModel,
  AppInstanceUserModel,
  TimestampsModel,
} from '../../loaders/app-instances.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';

/** An app instance: from a list of this request if one brought it, else DescribeAppInstance; null when unknown. */
export async function getAppInstance(
  ctx: RequestContext,
  appInstanceArn: string,
): Promise<AppInstanceModel | null> {
  return ctx.loaders.appInstanceSummary.load(appInstanceArn);
}

/** DescribeAppInstance's timestamps (at most one call per app instance and request). */
export async function getAppInstanceTimestamps(
  ctx: RequestContext,
  appInstanceArn: string,
): Promise<TimestampsModel | null> {
  return ctx.loaders.appInstance.load(appInstanceArn);
}

/** ListAppInstances, as a connection. */
export async function listAppInstances(ctx: RequestContext, page: ForwardPage) {
  return ctx.loaders.listAppInstances(page);
}

/** An app instance user: from a list of this request, else DescribeAppInstanceUser; null when unknown. */
export async function getAppInstanceUser(
  ctx: RequestContext,
  appInstanceUserArn: string,
): Promise<AppInstanceUserModel | null> {
  return ctx.loaders.appInstanceUserSummary.load(appInstanceUserArn);
}

/** DescribeAppInstanceUser's timestamps (at most one call per user and request). */
export async function getAppInstanceUserTimestamps(
  ctx: RequestContext,
  appInstanceUserArn: string,
): Promise<TimestampsModel | null> {
  return ctx.loaders.appInstanceUser.load(appInstanceUserArn);
}

/** ListAppInstanceUsers of one app instance, as a connection. */
export async function listAppInstanceUsers(ctx: RequestContext, appInstanceArn: string, page: ForwardPage) {
  return ctx.loaders.listAppInstanceUsers(appInstanceArn, page);
}

/** ListAppInstanceAdmins of one app instance, as a connection. */
export async function listAppInstanceAdmins(ctx: RequestContext, appInstanceArn: string, page: ForwardPage) {
  return ctx.loaders.listAppInstanceAdmins(appInstanceArn, page);
}

/** DescribeAppInstanceAdmin of one administrator; null when that user is not an admin of the instance. */
export async function getAppInstanceAdmin(
  ctx: RequestContext,
  appInstanceArn: string,
  adminArn: string,
): Promise<AppInstanceAdminModel | null> {
  return ctx.loaders.appInstanceAdmin.load({ appInstanceArn, adminArn });
}

/** What DescribeAppInstanceAdmin adds to a listed administrator (one call per admin and request). */
export async function getAppInstanceAdminDetails(
  ctx: RequestContext,
  admin: AppInstanceAdminModel,
): Promise<AppInstanceAdminDetailsModel | null> {
  const adminArn = admin.admin?.arn;
  if (!adminArn) return null;
  return ctx.loaders.appInstanceAdmin.load({ appInstanceArn: admin.appInstanceArn, adminArn });
}

/** GetAppInstanceRetentionSettings; null when the app instance does not exist. */
export async function getAppInstanceRetentionSettings(
  ctx: RequestContext,
  appInstanceArn: string,
): Promise<AppInstanceRetentionSettingsModel | null> {
  return ctx.loaders.appInstanceRetentionSettings.load(appInstanceArn);
}

/** GetAppInstanceStreamingConfigurations; null when none are set or the app instance does not exist. */
export async function getAppInstanceStreamingConfigurations(
  ctx: RequestContext,
  appInstanceArn: string,
): Promise<AppInstanceStreamingConfigurationModel[] | null> {
  return ctx.loaders.appInstanceStreamingConfigurations.load(appInstanceArn);
}
