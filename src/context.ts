import type { Logger } from 'pino';
import type { ChimeClient, UpstreamCalls } from './chime/client.ts';
import type { Loaders } from './loaders/index.ts';

/** What every resolver of one request shares: its loaders, the client and the caller's bearer. */
export interface RequestContext {
  loaders: Loaders;
  /** The gateway's client, counting this request's upstream calls in `upstreamCalls`. */
  client: ChimeClient;
  /** The upstream requests this request has sent so far, retries included. */
  upstreamCalls: UpstreamCalls;
  /** The app instance user ARN that messaging calls act as (`x-amz-chime-bearer`). */
  bearerArn: string | undefined;
  logger: Logger;
}
