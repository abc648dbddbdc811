import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import { type SharedCacheOptions, SharedReadCache } from '../cache/read-cache.ts';
import type { ChimeClient } from '../chime/client.ts';
import { DEFAULT_LIMITS, type RequestLimits } from '../config.ts';
import { createRequestContext, type RequestContext } from '../context.ts';
import { createCursors } from '../loaders/shared/cursor.ts';
import type { GatewayMetrics } from '../observability/metrics.ts';
import type { Tracing } from '../observability/tracing.ts';
import { schema } from '../schema/index.ts';
import { useAudit } from './audit.ts';
import { type AuthenticationOptions, useAuthentication } from './authentication.ts';
import { useBodyRules } from './body-rules.ts';
import { corsPolicy } from './cors.ts';
import { useUpstreamCost } from './cost.ts';
import { useCsrfPrevention } from './csrf.ts';
import { createDocumentCache } from './document-cache.ts';
import { useDocumentLimits } from './document-limits.ts';
import { maskError, yogaLogger } from './errors.ts';
import { useExplain } from './explain.ts';
import { GRAPHIQL_OPTIONS, renderGraphiQL } from './graphiql.ts';
import { useHealthEndpoints } from './health.ts';
import { useGraphQLMetrics } from './metrics.ts';
import { useOperationRules } from './operation-rules.ts';
import { useOrderedExecution } from './ordered-execution.ts';
import { useTrustedDocuments } from './persisted-operations.ts';
import { type RateLimitOptions, useRateLimit } from './rate-limit.ts';
import { useRequestLog } from './request-log.ts';
import { useSecretInputs } from './secret-inputs.ts';
import { useSharedCache } from './shared-cache.ts';

/** What the gateway app needs; the HTTP server around it lives in server.ts. */
export interface GatewayOptions {
  /** The one client every upstream call of every request goes through. */
  client: ChimeClient;
  /** Where requests, audit records and masked errors are logged. */
  logger: Logger;
  /**
   * How callers prove who they are (`AUTH`, `AUTH_*`).
   * @default AUTH=none: every request is the `local` admin
   */
  auth?: AuthenticationOptions['auth'];
  /**
   * The `x-amz-chime-bearer` of the `local` identity when AUTH=none (`CHIME_BEARER_ARN`).
   * @default undefined (messaging fields fail for want of a bearer)
   */
  bearerArn?: string | undefined;
  /**
   * Serve GraphiQL on `GET /graphql` from a browser, with an example query.
   * @default true
   */
  graphiql?: boolean;
  /**
   * The key connection cursors are signed with (`CURSOR_SECRET`); gateways that share it accept
   * each other's cursors.
   * @default a random key of this process
   */
  cursorSecret?: string | undefined;
  /**
   * What one request may ask; a field left out keeps its default.
   * @default DEFAULT_LIMITS
   */
  limits?: Partial<RequestLimits>;
  /**
   * `CORS_ORIGINS`: origins whose pages may call the gateway.
   * @default [] (no origin gets CORS headers)
   */
  corsOrigins?: readonly string[];
  /**
   * `PERSISTED_OPERATIONS`: trusted documents by sha256 hex.
   * @default undefined (none)
   */
  persistedOperations?: Record<string, string> | undefined;
  /**
   * `PERSISTED_ONLY`: serve nothing but `persistedOperations`.
   * @default false
   */
  persistedOnly?: boolean;
  /**
   * `RATE_LIMIT_CALLS_PER_SECOND`, and where the identities' buckets are kept.
   * @default 50 calls per second, buckets in this process
   */
  rateLimit?: RateLimitOptions;
  /**
   * Where the GraphQL series and the rate limit's refusals are counted (`METRICS_PORT`).
   * @default undefined (nothing is counted)
   */
  metrics?: GatewayMetrics | undefined;
  /**
   * OpenTelemetry traces (`OTEL_*`, see startTracing): a server span per request and field spans.
   * @default undefined (no spans)
   */
  tracing?: Tracing | undefined;
  /**
   * The shared cache of upstream reads (`CACHE_TTL_SECONDS`; its store in Redis with `REDIS_URL`).
   * @default undefined (every read goes upstream)
   */
  cache?: SharedCacheOptions | undefined;
}

/**
 * Creates the gateway's Yoga app: `/graphql`, `/healthz` and `/readyz`. Throws a `ConfigError` when
 * the API keys file of `auth` is unusable.
 */
export function createGateway({
  client,
  logger,
  auth,
  bearerArn,
  graphiql = true,
  cursorSecret,
  limits: limitOptions,
  corsOrigins = [],
  persistedOperations,
  persistedOnly = false,
  rateLimit,
  metrics,
  tracing,
  cache,
}: GatewayOptions): YogaServerInstance<Record<string, unknown>, RequestContext> {
  const cursors = createCursors(cursorSecret);
  const limits = { ...DEFAULT_LIMITS, ...limitOptions };
  const documentCache = createDocumentCache();
  const authentication = useAuthentication({ auth, localBearer: bearerArn });
  const cost = useUpstreamCost({ maxCost: limits.maxCost });
  const sharedCache = cache && cache.ttlSeconds > 0 ? new SharedReadCache({ ...cache, logger }) : undefined;
  return createYoga<Record<string, unknown>, RequestContext>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql: graphiql ? GRAPHIQL_OPTIONS : false,
    renderGraphiQL,
    logging: yogaLogger(logger),
    maskedErrors: { maskError: maskError(logger) },
    context: ({ request }): RequestContext =>
      createRequestContext({
        client,
        signal: request.signal,
        identity: authentication.identityOf(request),
        logger,
        cursors,
        sharedCache,
      }),
    cors: corsPolicy(corsOrigins),
    multipart: false,
    extraParamNames: ['documentId'],
    parserAndValidationCache: documentCache.options,
    plugins: [
      // First, so that its span wraps everything the request runs.
      tracing?.plugin ?? {},
      useHealthEndpoints({ client, logger }),
      // Before the plugins that answer in place of execution, so that their errors are counted too.
      metrics ? useGraphQLMetrics(metrics) : {},
      authentication,
      useOrderedExecution(),
      useRequestLog({ logger }),
      useBodyRules(limits),
      useCsrfPrevention(),
      persistedOperations ? useTrustedDocuments({ documents: persistedOperations, only: persistedOnly }) : {},
      useOperationRules(),
      useDocumentLimits(limits),
      documentCache.plugin,
      cost,
      // After the cost check, which a dry run must pass, and before the rate limit, which it must not spend.
      useExplain(cost),
      useRateLimit({ ...rateLimit, estimateOf: cost.estimateOf, metrics }),
      useAudit(),
      useSecretInputs(),
      useSharedCache(),
    ],
  });
}
