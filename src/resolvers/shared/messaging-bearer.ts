import type { RequestContext } from '../../context.ts';
import { GatewayError } from '../../errors.ts';

/**
 * The app instance user that messaging calls act as (the `x-amz-chime-bearer` header): the
 * caller's own, never one a client names. Without one no messaging call can succeed, so the
 * field fails before any upstream call with an error that says how an identity gets one.
 */
export function messagingBearer(ctx: RequestContext): string {
  const { bearer, sub } = ctx.identity;
  if (bearer === undefined)
    throw new GatewayError(
      'FORBIDDEN',
      "Channel data is read and written as the caller's own app instance user (the x-amz-chime-bearer " +
        `header), and identity ${JSON.stringify(sub)} has none: give its token a chime_bearer claim, ` +
        'its API key entry a bearer, or, with AUTH=none, set CHIME_BEARER_ARN to an AppInstanceUser ARN',
    );
  return bearer;
}
