import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * The one Redis connection of a gateway process (`REDIS_URL`), which the shared cache, the upstream
 * quotas and the rate limits all use. A command fails fast while Redis is away (one retry, no queue
 * beyond the reconnect), so a request is never held by it: each user of the connection decides what
 * to do without Redis. Errors are logged by their code only: the URL may hold a password.
 */
export function connectRedis(url: string, logger: Logger): Redis {
  const redis = new Redis(url, {
    connectionName: 'chime-graphql-gateway',
    maxRetriesPerRequest: 1,
    // Reconnect with a capped backoff, for as long as the process runs.
    retryStrategy: (times) => Math.min(times * 100, 2000),
  });
  let lastLogged = 0;
  redis.on('error', (error: NodeJS.ErrnoException) => {
    // A dead Redis reports every reconnect attempt: one line every ten seconds is enough.
    if (Date.now() - lastLogged < 10_000) return;
    lastLogged = Date.now();
    logger.warn(
      { code: error.code ?? error.name },
      'redis unavailable: replicas share nothing until it is back',
    );
  });
  return redis;
}
