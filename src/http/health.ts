import { type Plugin, useReadinessCheck } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { ChimeClient } from '../chime/client.ts';
import { ChimeError } from '../chime/errors.ts';
import { checkUpstream } from '../chime/health.ts';
import { codeForUpstream } from './errors.ts';

/** Options of {@link useHealthEndpoints}. */
export interface HealthEndpointsOptions {
  client: ChimeClient;
  logger: Logger;
  /**
   * Liveness: Yoga's own health check, which must be configured on this path
   * (`healthCheckEndpoint`); this plugin gives its answer a JSON body.
   * @default '/healthz'
   */
  livenessEndpoint?: string;
  /**
   * Readiness: 200 when the upstream answers a signed read, else 503 saying which
   * operation failed and how (its `extensions.code`), never where the upstream is.
   * @default '/readyz'
   */
  readinessEndpoint?: string;
}

/** `/healthz` and `/readyz`, each answering a small JSON body. */
export function useHealthEndpoints({
  client,
  logger,
  livenessEndpoint = '/healthz',
  readinessEndpoint = '/readyz',
}: HealthEndpointsOptions): Plugin {
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(
        useReadinessCheck({
          endpoint: readinessEndpoint,
          check: async ({ fetchAPI }) => {
            const check = await checkUpstream(client);
            if (check.ready) return fetchAPI.Response.json({ status: 'ready' });
            const upstream = describeFailure(check.error);
            logger.warn(
              { upstream, reason: check.error instanceof Error ? check.error.message : String(check.error) },
              'not ready: the upstream did not answer its readiness check',
            );
            return fetchAPI.Response.json({ status: 'unavailable', upstream }, { status: 503 });
          },
        }),
      );
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      if (
        response.status === 200 &&
        response.body === null &&
        new URL(request.url).pathname === livenessEndpoint
      )
        setResponse(fetchAPI.Response.json({ status: 'alive' }));
    },
  };
}

function describeFailure(error: unknown): { operation: string | null; code: string } {
  if (error instanceof ChimeError) return { operation: error.operation, code: codeForUpstream(error) };
  return { operation: null, code: 'INTERNAL' };
}
