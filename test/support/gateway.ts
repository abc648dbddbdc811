import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Logger, pino } from 'pino';
import { ChimeClient, type ChimeClientConfig } from '../../src/chime/client.ts';
import { staticCredentials } from '../../src/chime/credentials.ts';
import { resolveEndpoints } from '../../src/chime/endpoints.ts';
import type { RecordedRequest } from '../../src/chime-local/control.ts';
import { DEMO_BEARER_ARN } from '../../src/chime-local/messaging/seed.ts';
import { type ChimeLocal, startChimeLocal } from '../../src/chime-local/server.ts';
import type { Store } from '../../src/chime-local/store.ts';
import { createGateway, type GatewayOptions } from '../../src/http/gateway.ts';
import { type GatewayMetrics, metricsObserver } from '../../src/observability/metrics.ts';

/** A GraphQL response as clients see it. */
export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

/** chime-local's call statistics. */
export interface Stats {
  total: number;
  calls: Record<string, number>;
  requests: RecordedRequest[];
}

/**
 * The gateway in front of a chime-local on port 0, driven through `yoga.fetch` with the
 * documents clients send. Use `stats()` after `resetStats()` to count upstream calls.
 */
export interface TestGateway {
  local: ChimeLocal;
  store: Store;
  /** Sends one GraphQL request; `bearer` overrides the default messaging bearer. */
  query<T = Record<string, any>>(
    document: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /**
   * Sends one GraphQL request to a gateway over the same client and chime-local whose
   * messaging bearer (CHIME_BEARER_ARN) is `bearerArn`; undefined: none configured.
   */
  queryAs<T = Record<string, any>>(
    bearerArn: string | undefined,
    document: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** Sends one GraphQL request with `headers` (credentials…), answering its status, headers and body. */
  send<T = Record<string, any>>(
    headers: Record<string, string>,
    document: string,
    variables?: Record<string, unknown>,
  ): Promise<{ status: number; headers: Headers; body: GraphQLResponse<T> }>;
  /**
   * Another gateway over the same chime-local, with a client of its own, as a second replica of
   * this one would be; `options` replace this gateway's.
   */
  replica(options?: Pick<GatewayOptions, 'cache' | 'cursorSecret'>): Pick<TestGateway, 'query' | 'send'>;
  /** Raw access, for HTTP-level checks. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** The same gateway on a listening HTTP server (port 0), closed with the rest; its base URL. */
  listen(): Promise<string>;
  stats(): Promise<Stats>;
  resetStats(): Promise<void>;
  faults(settings: Record<string, unknown>): Promise<void>;
  /** `extensions.cost` of every response so far (taken out of the responses `query` returns). */
  costs: SeenCost[];
  close(): Promise<void>;
}

/** One response's `extensions.cost`, with the document that cost it. */
export interface SeenCost {
  document: string;
  estimated: number;
  actual: number;
  limit: number;
}

/**
 * Takes `extensions.cost` out of a response, so that tests compare data and errors alone, and
 * holds every fault-free response to the estimate: it may never be below what was sent.
 */
function withoutCost(
  response: GraphQLResponse,
  document: string,
  faulty: boolean,
  costs: SeenCost[],
): GraphQLResponse<any> {
  const { cost, ...extensions } = response.extensions ?? {};
  if (!cost) throw new Error(`a response without extensions.cost: ${JSON.stringify(response)}`);
  costs.push({ document, ...cost });
  // Retries and failures beyond the estimate are faults too: an upstream that threw or went away.
  const failed = (response.errors ?? []).some((error) =>
    ['THROTTLED', 'UPSTREAM_UNAVAILABLE'].includes(error.extensions?.code as string),
  );
  if (!faulty && !failed && cost.actual > cost.estimated)
    throw new Error(
      `${cost.actual} upstream requests sent, ${cost.estimated} estimated, for ${document.replace(/\s+/g, ' ')}`,
    );
  const { extensions: _, ...rest } = response;
  return Object.keys(extensions).length > 0 ? { ...rest, extensions } : rest;
}

/**
 * Starts chime-local (`seed`: demo data or none) and a gateway over it, with AUTH=none unless `auth`
 * says otherwise, logging to `logger` (silent by default), serving GraphiQL when `graphiql` is set.
 */
export async function startTestGateway({
  seed = 'none',
  bearerArn = DEMO_BEARER_ARN,
  auth,
  logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  graphiql = false,
  client: clientOptions = {},
  gateway: gatewayOptions = {},
  maxCost,
  metrics,
  local: sharedLocal,
}: {
  seed?: 'demo' | 'none';
  bearerArn?: string;
  /** `MAX_COST`; the gateway's default when left out. */
  maxCost?: number;
  auth?: GatewayOptions['auth'];
  graphiql?: boolean;
  client?: Pick<ChimeClientConfig, 'maxAttempts' | 'timeoutMs' | 'baseDelayMs' | 'observers' | 'quota'>;
  /** A chime-local already running (another replica's), left running by `close`; a new one by default. */
  local?: ChimeLocal;
  logger?: Logger;
  /** Where the client's upstream requests and the gateway's GraphQL series are counted. */
  metrics?: GatewayMetrics;
  /**
   * Limits, CORS origins, trusted documents, the rate limit, traces, the shared cache and the
   * cursor secret, as the environment would set them.
   */
  gateway?: Pick<
    GatewayOptions,
    | 'limits'
    | 'corsOrigins'
    | 'persistedOperations'
    | 'persistedOnly'
    | 'rateLimit'
    | 'tracing'
    | 'cache'
    | 'cursorSecret'
  >;
} = {}): Promise<TestGateway> {
  const local = sharedLocal ?? (await startChimeLocal({ port: 0, seed }));
  const closeLocal = () => (sharedLocal ? Promise.resolve() : local.close());
  const newClient = () =>
    new ChimeClient({
      endpoints: resolveEndpoints(local.url),
      credentials: staticCredentials('test', 'test'),
      baseDelayMs: 1,
      maxDelayMs: 5,
      ...clientOptions,
      logger,
      observers: [...(clientOptions.observers ?? []), ...(metrics ? [metricsObserver(metrics)] : [])],
    });
  const client = newClient();
  const gatewayConfig = {
    ...gatewayOptions,
    metrics,
    limits: { ...gatewayOptions.limits, ...(maxCost ? { maxCost } : {}) },
  };
  let yoga: ReturnType<typeof createGateway>;
  try {
    yoga = createGateway({ client, logger, auth, bearerArn, graphiql, ...gatewayConfig });
  } catch (error) {
    await closeLocal();
    throw error;
  }
  const yogaByBearer = new Map<string | undefined, typeof yoga>([[bearerArn, yoga]]);
  const yogaFor = (bearer: string | undefined) => {
    if (!yogaByBearer.has(bearer))
      yogaByBearer.set(
        bearer,
        createGateway({ client, logger, bearerArn: bearer, graphiql: false, ...gatewayConfig }),
      );
    return yogaByBearer.get(bearer)!;
  };
  let faulty = false;
  const costs: SeenCost[] = [];
  const post = async <T>(
    app: typeof yoga,
    document: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> => {
    const response = await app.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, variables }),
    });
    return withoutCost(await response.json(), document, faulty, costs);
  };
  const sendTo = async <T>(
    app: typeof yoga,
    headers: Record<string, string>,
    document: string,
    variables?: Record<string, unknown>,
  ) => {
    const response = await app.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: document, variables }),
    });
    const body = await response.json();
    // Refused before execution (401), a response has no cost; otherwise it is checked as query's are.
    return {
      status: response.status,
      headers: response.headers,
      body: (body.extensions?.cost ? withoutCost(body, document, faulty, costs) : body) as GraphQLResponse<T>,
    };
  };
  const control = (path: string, body?: unknown) =>
    fetch(`${local.url}/_local/${path}`, {
      method: 'POST',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const servers: ReturnType<typeof createServer>[] = [];
  return {
    local,
    get store() {
      return local.store;
    },
    query: (document, variables) => post(yoga, document, variables),
    queryAs: (bearer, document, variables) => post(yogaFor(bearer), document, variables),
    send: (headers, document, variables) => sendTo(yoga, headers, document, variables),
    replica(options = {}) {
      const app = createGateway({
        client: newClient(),
        logger,
        auth,
        bearerArn,
        graphiql: false,
        ...gatewayConfig,
        ...options,
      });
      return {
        query: (document, variables) => post(app, document, variables),
        send: (headers, document, variables) => sendTo(app, headers, document, variables),
      };
    },
    fetch: async (path, init) => yoga.fetch(`http://gateway${path}`, init ?? {}),
    async listen() {
      const server = createServer(yoga);
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    async stats() {
      return (await fetch(`${local.url}/_local/stats`)).json() as Promise<Stats>;
    },
    async resetStats() {
      await control('reset');
    },
    costs,
    async faults(settings) {
      faulty = Object.values(settings).some((value) => typeof value === 'number' && value > 0);
      await control('faults', {
        latencyMs: 0,
        throttleRate: 0,
        errorRate: 0,
        throttleNext: 0,
        operations: null,
        answers: null,
        ...settings,
      });
    },
    async close() {
      for (const server of servers) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
      await closeLocal();
    },
  };
}

/** A logger at `level` that keeps every entry it writes, parsed, in `entries`. */
export function capturingLogger(level = 'info'): { logger: Logger; entries: Record<string, any>[] } {
  const entries: Record<string, any>[] = [];
  const logger = pino(
    { level },
    {
      write(line: string) {
        entries.push(JSON.parse(line));
      },
    },
  );
  return { logger, entries };
}
