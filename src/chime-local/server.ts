import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { adminRoutes } from './admin/routes.ts';
import { Control } from './control.ts';
import { badRequest, ServiceError } from './errors.ts';
import { mediaPipelineRoutes } from './media-pipelines/routes.ts';
import { meetingsRoutes } from './meetings/routes.ts';
import { messagingRoutes } from './messaging/routes.ts';
import { phoneNumberRoutes } from './phone-numbers/routes.ts';
import { Router } from './router.ts';
import { seedDemo } from './seed.ts';
import { type LocalCredentials, verifySignature } from './sigv4.ts';
import { Store } from './store.ts';
import { voiceRoutes } from './voice/routes.ts';

/** How to start chime-local; every member has a default. */
export interface ChimeLocalOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  seed?: 'demo' | 'none';
  latencyMs?: number;
  credentials?: LocalCredentials[];
}

/** A running chime-local. */
export interface ChimeLocal {
  /** Base URL, e.g. `http://127.0.0.1:4577`. */
  url: string;
  port: number;
  store: Store;
  control: Control;
  close(): Promise<void>;
}

/** Request bodies above this size are refused with 413 before they are read whole. */
const MAX_BODY_BYTES = 1024 * 1024;

const router = new Router([
  ...adminRoutes,
  ...phoneNumberRoutes,
  ...voiceRoutes,
  ...messagingRoutes,
  ...meetingsRoutes,
  ...mediaPipelineRoutes,
]);

/** Starts chime-local: a Chime-compatible service over an in-memory store. */
export async function startChimeLocal({
  port = 4577,
  host = '127.0.0.1',
  seed = 'demo',
  latencyMs = 0,
  credentials = [{ accessKeyId: 'test', secretAccessKey: 'test' }],
}: ChimeLocalOptions = {}): Promise<ChimeLocal> {
  const keys = new Map(credentials.map((pair) => [pair.accessKeyId, pair.secretAccessKey]));
  const control = new Control(latencyMs);
  const local = { store: freshStore(seed), control };

  const server = createServer((request, response) => {
    handle(request, response, local, keys).catch((error: unknown) => {
      // Only a bug reaches here; answer like the service would and keep serving.
      console.error('chime-local: unexpected error', error);
      if (!response.headersSent)
        sendError(response, new ServiceError(500, 'ServiceFailureException', 'Internal error'));
      else response.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    get store() {
      return local.store;
    },
    control,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function freshStore(seed: 'demo' | 'none'): Store {
  const store = new Store();
  if (seed === 'demo') seedDemo(store);
  return store;
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  local: { store: Store; control: Control },
  keys: ReadonlyMap<string, string>,
): Promise<void> {
  const method = request.method ?? 'GET';
  const url = request.url ?? '/';
  const queryStart = url.indexOf('?');
  const rawPath = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1));

  if (rawPath.startsWith('/_local/')) return controlPlane(method, rawPath, query, request, response, local);

  const match = router.match(method, rawPath, query);
  if (match.kind === 'unknown') {
    request.resume();
    return sendError(
      response,
      new ServiceError(404, 'UnknownOperationException', `No operation at ${method} ${rawPath}`),
    );
  }
  if (match.kind === 'wrong-method') {
    request.resume();
    return sendError(
      response,
      new ServiceError(
        405,
        'MethodNotAllowedException',
        `${method} is not allowed here; use ${match.allowed.join(' or ')}`,
      ),
    );
  }
  const { route, params } = match;
  const deadline = performance.now() + local.control.faults.latencyMs;
  const answered = local.control.record(route.operation, query);

  // The call is served at once and answered at its deadline, so the work of calls that
  // arrive together overlaps their latency instead of queueing after it. The answer is
  // serialized before the wait too: a remote service's latency includes its own encoding.
  // The work waits one turn of the event loop first: calls whose bytes arrived together then
  // all take their arrival time before any is served, as they would at a service that serves
  // them side by side, instead of each arriving when the one before it has been served.
  await new Promise((resolve) => setImmediate(resolve));
  let answer: Answer;
  try {
    const raw = await readBody(request);
    await verifySignature({ method, rawPath, query, headers: request.headers, body: raw }, keys);
    const canned = local.control.cannedAnswer(route.operation);
    if (canned) {
      const headers: Record<string, string> = canned.errorType
        ? { 'x-amzn-errortype': canned.errorType }
        : {};
      answer = answerOf(canned.status, canned.body, headers);
    } else {
      const fault = local.control.injectedFault(route.operation);
      if (fault) throw fault;
      const result = await route.handle({
        operation: route.operation,
        params,
        query,
        headers: request.headers,
        body: parseJsonBody(raw),
        store: local.store,
      });
      answer = answerOf(result.status ?? 200, result.body, result.headers);
    }
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    answer = errorAnswerOf(error);
  }
  await answerNoSoonerThan(deadline);
  answered();
  write(response, answer);
}

/**
 * Waits until `deadline` (a `performance.now()` time): the configured latency is the time a
 * call takes from its arrival, as a remote service's would. Timers alone fire up to a
 * millisecond late, so the last stretch is waited out in event-loop turns.
 */
async function answerNoSoonerThan(deadline: number): Promise<void> {
  const coarse = deadline - performance.now() - 1;
  if (coarse > 0) await new Promise((resolve) => setTimeout(resolve, coarse));
  while (performance.now() < deadline) await new Promise((resolve) => setImmediate(resolve));
}

async function controlPlane(
  method: string,
  rawPath: string,
  query: URLSearchParams,
  request: IncomingMessage,
  response: ServerResponse,
  local: { store: Store; control: Control },
): Promise<void> {
  try {
    const body = parseJsonBody(await readBody(request));
    if (method === 'GET' && rawPath === '/_local/stats') return send(response, 200, local.control.stats());
    if (method === 'POST' && rawPath === '/_local/reset') {
      local.control.resetStats();
      const data = query.get('data');
      if (data !== null) {
        if (data !== 'seed' && data !== 'none')
          throw badRequest(`data must be seed or none, got ${JSON.stringify(data)}`);
        local.store = freshStore(data === 'seed' ? 'demo' : 'none');
      }
      return send(response, 204);
    }
    if (method === 'POST' && rawPath === '/_local/faults')
      return send(response, 200, local.control.setFaults(body));
    throw new ServiceError(404, 'UnknownOperationException', `No control operation at ${method} ${rawPath}`);
  } catch (error) {
    if (error instanceof ServiceError) return sendError(response, error);
    throw error;
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      request.resume();
      return reject(tooLarge());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const tooLarge = () =>
  new ServiceError(413, 'RequestEntityTooLargeException', `Request body exceeds ${MAX_BODY_BYTES} bytes`);

function parseJsonBody(raw: string): Record<string, unknown> {
  if (raw.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ServiceError(400, 'BadRequestException', 'Request body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ServiceError(400, 'BadRequestException', 'Request body must be a JSON object');
  return parsed as Record<string, unknown>;
}

/** A response ready to write: its status, headers and serialized body. */
interface Answer {
  status: number;
  headers: Record<string, string | number>;
  payload: string;
}

function answerOf(status: number, body?: unknown, headers: Record<string, string> = {}): Answer {
  const payload = body === undefined || status === 204 ? '' : JSON.stringify(body);
  return {
    status,
    headers: {
      ...(payload ? { 'content-type': 'application/json' } : {}),
      'content-length': Buffer.byteLength(payload),
      'x-amzn-requestid': crypto.randomUUID(),
      ...headers,
    },
    payload,
  };
}

function errorAnswerOf(error: ServiceError): Answer {
  return answerOf(
    error.status,
    { Code: error.code, Message: error.message },
    { 'x-amzn-errortype': error.code, ...error.headers },
  );
}

function write(response: ServerResponse, { status, headers, payload }: Answer): void {
  response.writeHead(status, headers);
  response.end(payload);
}

function send(
  response: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): void {
  write(response, answerOf(status, body, headers));
}

function sendError(response: ServerResponse, error: ServiceError): void {
  write(response, errorAnswerOf(error));
}
