import type { RequestContext } from '../context.ts';
import { GatewayError } from '../errors.ts';

/**
 * The app instance user that messaging calls act as (the `x-amz-chime-bearer` header).
 * Without one no messaging call can succeed, so the field fails before any upstream call
 * with an error that says what to configure.
 */
export function messagingBearer(ctx: RequestContext): string {
  if (ctx.bearerArn === undefined)
    throw new GatewayError(
      'UNAUTHENTICATED',
      'Channel data is read and written as an app instance user (the x-amz-chime-bearer header), ' +
        'and none is configured: set CHIME_BEARER_ARN to an AppInstanceUser ARN',
    );
  return ctx.bearerArn;
}
