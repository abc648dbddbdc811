import type { Logger } from 'pino';
import { RequestReads, type SharedReadCache } from './cache/read-cache.ts';
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
  /**
   * What the loaders read through: the shared cache of upstream reads in front of `client`;
   * `settled()` once the request's entries and invalidations are stored.
   */
  reads: RequestReads;
  /** The authenticated caller; its `bearer` is what messaging calls send as `x-amz-chime-bearer`. */
  identity: Identity;
  logger: Logger;
}

/**
 * The context of one request: a view of `client` bound to the request's abort signal, and
 * fresh loaders over it, so that caching, batching and counting never cross requests; only
 * `sharedCache`, when there is one, answers reads across requests, for the identity's scope.
 */
export function createRequestContext(options: {
  client: ChimeClient;
  signal: AbortSignal | undefined;
  identity: Identity;
  logger: Logger;
  cursors: Cursors;
  sharedCache?: SharedReadCache | undefined;
}): RequestContext {
  const client = new RequestChimeClient(options.client, options.signal);
  const { identity, sharedCache } = options;
  const reads = sharedCache
    ? sharedCache.forRequest(client, { accounts: identity.accounts, bearer: identity.bearer })
    : new RequestReads(client);
  return {
    client,
    reads,
    identity,
    logger: options.logger,
    loaders: createLoaders(reads, options.cursors),
  };
}
