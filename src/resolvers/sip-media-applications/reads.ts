import type { RequestContext } from '../../context.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';

/** GetSipMediaApplication (several at once: one ListSipMediaApplications); null when there is no such application. */
export const getSipMediaApplication = (ctx: RequestContext, sipMediaApplicationId: string) =>
  ctx.loaders.sipMediaApplication.load(sipMediaApplicationId);

/** ListSipMediaApplications, as a connection. */
export const listSipMediaApplications = (ctx: RequestContext, page: ForwardPage) =>
  ctx.loaders.listSipMediaApplications(page);

/** GetSipMediaApplicationLoggingConfiguration; null when there is no such application. */
export const getSipMediaApplicationLogging = (ctx: RequestContext, sipMediaApplicationId: string) =>
  ctx.loaders.sipMediaApplicationLogging.load(sipMediaApplicationId);
