import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { ListenError } from './listen-error.ts';

/** A listening metrics server. */
export interface MetricsServer {
  /** The port it listens on (the one picked when asked for 0). */
  port: number;
  close(): Promise<void>;
}

/**
 * Serves `GET /metrics` (and `HEAD`) from `registry` on `port` and `host`, and 404 for anything
 * else. The series hold counts and operation names only, never a credential or an upstream host.
 * Rejects with a `ListenError` naming METRICS_PORT when it cannot listen.
 */
export async function startMetricsServer(
  registry: Registry,
  port: number,
  host: string,
): Promise<MetricsServer> {
  const server = createServer((request, response) => {
    answer(registry, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('metrics could not be collected\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new ListenError(listenProblem(error, port))),
    );
    server.listen(port, host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A scrape is short; what is left open is an idle keep-alive connection.
        server.closeAllConnections();
      }),
  };
}

async function answer(registry: Registry, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://metrics').pathname;
  if (path !== '/metrics') {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found: metrics are at /metrics\n');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { 'content-type': 'text/plain', allow: 'GET, HEAD' }).end('use GET\n');
    return;
  }
  const text = await registry.metrics();
  response.writeHead(200, { 'content-type': registry.contentType });
  response.end(request.method === 'HEAD' ? undefined : text);
}

function listenProblem(error: NodeJS.ErrnoException, port: number): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} is already in use: set METRICS_PORT to a free port (0 turns metrics off)`;
    case 'EACCES':
      return `port ${port} needs privileges this process does not have: set METRICS_PORT to 1024 or above`;
    default:
      return `cannot serve metrics on port ${port} (${error.code ?? error.message}): check METRICS_PORT and HOST`;
  }
}
