import type { Logger } from 'pino';
import type { ChimeClient } from './chime/client.ts';
import { RequestChimeClient } from './chime/request-client.ts';
import type { Identity } from './identity.ts';
import { createLoaders, type Loaders } from './loaders/index.ts';
import type { Cursors } from './loaders/shared/cursor.ts';

/** What every resolver of one request shares: its loaders, the client and who the caller is. */
export interface RequestContext {
  loaders: Loaders;
  /**
   * The request's view of the Chime client: its calls stop when the request is aborted, and
   * `client.requestsSent` counts what the request cost upstream, retries included.
   */
  client: RequestChimeClient;
  /** The authenticated caller; its `bearer` is what messaging calls send as `x-amz-chime-bearer`. */
  identity: Identity;
  logger: Logger;
}

/**
 * The context of one request: a view of `client` bound to the request's abort signal, and
 * fresh loaders over it, so that caching, batching and counting never cross requests.
 */
export function createRequestContext(options: {
  client: ChimeClient;
  signal: AbortSignal | undefined;
  identity: Identity;
  logger: Logger;
  cursors: Cursors;
}): RequestContext {
  const client = new RequestChimeClient(options.client, options.signal);
  return {
    client,
    identity: options.identity,
    logger: options.logger,
    loaders: createLoaders(client, options.cursors),
  };
}
