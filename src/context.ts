import type { Logger } from 'pino';
import type { ChimeClient } from './chime/client.ts';
import type { Loaders } from './loaders/index.ts';

/** What every resolver of one request shares: its loaders, the client and the caller's bearer. */
export interface RequestContext {
  loaders: Loaders;
  client: ChimeClient;
  /** The app instance user ARN that messaging calls act as (`x-amz-chime-bearer`). */
  bearerArn: string | undefined;
  logger: Logger;
}
