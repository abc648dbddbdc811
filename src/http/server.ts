import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { Logger } from 'pino';
import { redisCacheStore } from '../cache/redis-cache-store.ts';
import { ChimeClient } from '../chime/client.ts';
import {
  credentialsFor,
  defaultCredentialChain,
  findCredentials,
  staticCredentials,
} from '../chime/credentials.ts';
import { resolveEndpoints } from '../chime/endpoints.ts';
import { createQuotaGate } from '../chime/quotas.ts';
import { ConfigError, type GatewayConfig, loadConfig } from '../config.ts';
import { LOCAL_CREDENTIALS, startEmbeddedChimeLocal } from '../embedded.ts';
import { createLogger } from '../logger.ts';
import { createMetrics, metricsObserver } from '../observability/metrics.ts';
import { startTracing, type Tracing } from '../observability/tracing.ts';
import { connectRedis } from '../redis.ts';
import { tokenBucketsIn } from '../store/token-buckets.ts';
import { createGateway } from './gateway.ts';
import { ListenError } from './listen-error.ts';
import { type MetricsServer, startMetricsServer } from './metrics-server.ts';

export { ListenError };

import { Shutdown } from './shutdown.ts';

/** A running gateway: its URL and how to stop it. */
export interface RunningGateway {
  url: string;
  /** Where Prometheus scrapes (`METRICS_PORT`); undefined when METRICS_PORT=0. */
  metricsUrl: string | undefined;
  /**
   * Stops accepting connections, lets the requests in flight finish (cut after
   * `DRAIN_TIMEOUT_MS`), then closes what the gateway opened; never rejects (see shutdown.ts).
   */
  close(): Promise<void>;
}

/** Starts the gateway (and, with no CHIME_ENDPOINT, an embedded chime-local) as configured. */
export async function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningGateway> {
  // The port first: when it is taken, nothing else has started yet that would need stopping.
  const server = createServer(answerStarting);
  // What the gateway opens from here on is closed by `shutdown.onClose`, after the server drains.
  const shutdown = new Shutdown(server, logger);
  await listen(server, config.port, config.host);
  let upstream: Awaited<ReturnType<typeof connectUpstream>>;
  let tracing: Tracing | undefined;
  try {
    tracing = await startTracing(logger);
    // Registered first, so closed last: the spans of everything else's shutdown are still exported.
    const started = tracing;
    if (started) shutdown.onClose('trace exporter', () => started.shutdown());
    upstream = await connectUpstream(config, logger);
  } catch (error) {
    await shutdown.run();
    throw error;
  }
  if (upstream.close) shutdown.onClose('embedded chime-local', upstream.close);
  const metrics = config.metricsPort > 0 ? createMetrics({ processMetrics: true }) : undefined;
  const observers = [...(metrics ? [metricsObserver(metrics)] : []), ...(tracing ? [tracing.observer] : [])];
  // One connection for the cache, the quotas and the rate limits; nothing is left to send on it
  // once the requests are answered.
  const redis = config.redisUrl ? connectRedis(config.redisUrl, logger) : undefined;
  if (redis) shutdown.onClose('Redis connection', () => redis.disconnect());
  const quota = createQuotaGate({
    buckets: tokenBucketsIn(redis, 'chime-gateway:quota:', logger),
    onWait: metrics ? (dimension, seconds) => metrics.quotaWaited(dimension, seconds) : undefined,
    onRefused: metrics ? (dimension) => metrics.quotaRefused(dimension) : undefined,
  });
  const client = new ChimeClient({ ...upstream.client, logger, observers, quota });
  const bearerArn = config.bearerArn ?? upstream.bearerArn;
  let yoga: ReturnType<typeof createGateway>;
  let metricsServer: MetricsServer | undefined;
  try {
    yoga = createGateway({
      client,
      logger,
      auth: config.auth,
      bearerArn,
      cursorSecret: config.cursorSecret,
      limits: config.limits,
      corsOrigins: config.corsOrigins,
      persistedOperations: config.persistedOperations,
      persistedOnly: config.persistedOnly,
      rateLimit: {
        callsPerSecond: config.rateLimitCallsPerSecond,
        store: tokenBucketsIn(redis, 'chime-gateway:rate-limit:', logger),
      },
      metrics,
      tracing,
      cache: {
        ttlSeconds: config.cacheTtlSeconds,
        store: redis ? redisCacheStore(redis) : undefined,
        onLookup: metrics ? (feature, hit) => metrics.cacheLookup(feature, hit) : undefined,
      },
    });
    if (metrics) {
      const started = await startMetricsServer(metrics.registry, config.metricsPort, config.host);
      metricsServer = started;
      shutdown.onClose('metrics server', () => started.close());
    }
  } catch (error) {
    await shutdown.run();
    throw error;
  }
  logAuthMode(config, bearerArn, logger);
  logger.info(
    config.cacheTtlSeconds === 0
      ? 'CACHE_TTL_SECONDS=0: upstream reads are not cached'
      : `upstream reads are cached for ${config.cacheTtlSeconds} s ${redis ? 'in Redis (REDIS_URL), shared by every replica' : 'in this process (no REDIS_URL)'}`,
  );
  server.off('request', answerStarting).on('request', yoga);

  const { port } = server.address() as AddressInfo;
  const url = `http://${urlHost(config.host)}:${port}`;
  const metricsUrl = metricsServer && `http://${urlHost(config.host)}:${metricsServer.port}/metrics`;
  logger.info(
    `GraphQL at ${url}/graphql (GraphiQL in a browser); health at ${url}/healthz, readiness at ${url}/readyz` +
      (metricsUrl ? `; metrics at ${metricsUrl}` : ''),
  );
  return {
    url,
    metricsUrl,
    close: () => shutdown.run(),
  };
}

/** What a request that arrives while the upstream is being connected gets. */
function answerStarting(_: unknown, response: ServerResponse): void {
  response.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' });
  response.end(JSON.stringify({ status: 'starting' }));
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new ListenError(listenProblem(error, port, host))),
    );
    server.listen(port, host, resolve);
  });
}

function listenProblem(error: NodeJS.ErrnoException, port: number, host: string): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} is already in use: set PORT to a free port (0 picks one)`;
    case 'EACCES':
      return `port ${port} needs privileges this process does not have: set PORT to 1024 or above`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `HOST ${host} is not an address of this machine: set HOST to one (0.0.0.0 for every interface)`;
    default:
      return `cannot listen on ${host} port ${port} (${error.code ?? error.message}): check HOST and PORT`;
  }
}

/** Loopback and every-interface addresses are reached as localhost; any other as itself. */
function urlHost(host: string): string {
  if (['127.0.0.1', '0.0.0.0', '::', '::1'].includes(host)) return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/** Says at start-up who callers are taken to be, and warns loudly when that is everyone as admin. */
function logAuthMode(
  { auth, bearerArn: configuredBearer }: GatewayConfig,
  bearer: string | undefined,
  logger: Logger,
) {
  if (auth.methods.length === 0) {
    logger.warn(
      'AUTH=none: NO AUTHENTICATION. Every request acts as the admin identity "local" with every account' +
        (bearer ? ' and the configured chime bearer' : ' and no chime bearer (messaging fields fail)') +
        '; set AUTH=jwt or AUTH=api-key before anyone else can reach this port',
    );
    return;
  }
  const how = auth.methods.map((method) =>
    method === 'api-key'
      ? 'API keys in x-api-key (AUTH_API_KEYS_FILE)'
      : `JWTs in Authorization: Bearer (${auth.jwksUrl ? 'RS256/ES256 keys from AUTH_JWKS_URL' : 'HS256 with AUTH_JWT_SECRET'})`,
  );
  logger.info(`AUTH=${auth.methods.join(',')}: callers authenticate with ${how.join(' or ')}`);
  if (auth.methods.includes('jwt') && (!auth.issuer || !auth.audience))
    logger.warn(
      `AUTH_ISSUER and AUTH_AUDIENCE should both be set: without them a token the keys verify is accepted ` +
        'whoever issued it and for whatever audience',
    );
  if (configuredBearer)
    logger.warn('CHIME_BEARER_ARN is ignored while AUTH is on: each identity brings its own chime bearer');
}

async function connectUpstream(config: GatewayConfig, logger: Logger) {
  const { upstream } = config;
  if (upstream.kind === 'embedded') {
    const local = await startEmbeddedChimeLocal();
    logger.info(`CHIME_ENDPOINT is unset: started chime-local embedded at ${local.url} with its demo data`);
    return {
      client: {
        endpoints: resolveEndpoints(local.url),
        credentials: staticCredentials(LOCAL_CREDENTIALS.accessKeyId, LOCAL_CREDENTIALS.secretAccessKey),
      },
      bearerArn: local.bearerArn,
      close: local.close,
    };
  }
  if (upstream.kind === 'aws') {
    logger.info(`Calling Amazon Chime in ${upstream.region} with the default credential chain`);
    const credentials = defaultCredentialChain();
    const problem = await findCredentials(credentials);
    if (problem)
      logger.warn(
        `The default credential chain found no AWS credentials (${problem}): every Chime call answers UNAUTHENTICATED until it does`,
      );
    return {
      client: { endpoints: resolveEndpoints('aws', upstream.region), credentials },
      bearerArn: undefined,
      close: undefined,
    };
  }
  logger.info(`Calling every Chime service group at ${upstream.url}`);
  return {
    client: {
      endpoints: resolveEndpoints(upstream.url, upstream.region),
      credentials: credentialsFor(upstream.url),
    },
    bearerArn: undefined,
    close: undefined,
  };
}

async function main(): Promise<void> {
  let config: GatewayConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
  const logger = createLogger(config.logLevel);
  let gateway: RunningGateway;
  try {
    gateway = await startGateway(config, logger);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(2);
    }
    if (!(error instanceof ListenError)) throw error;
    console.error(`Cannot start: ${error.message}`);
    process.exit(1);
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info(`${signal}: shutting down`);
      // The shutdown is bounded and logs its own failures: the process always exits, and 0.
      gateway.close().then(() => process.exit(0));
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
