import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { ListenError, startGateway } from '../../src/http/server.ts';
import { capturingLogger } from '../support/gateway.ts';
import { canConnect, freePort } from '../support/net.ts';
import { parsePrometheusText, sumBy } from '../support/prometheus.ts';

const FIRST_ACCOUNT = 'query FirstAccount { accounts(first: 1) { nodes { name } } }';

describe('startGateway with METRICS_PORT', () => {
  it('serves the metrics of its upstream requests and of the process on that port, not on PORT', async () => {
    const metricsPort = await freePort();
    const { logger, entries } = capturingLogger('info');
    const gateway = await startGateway(loadConfig({ PORT: '0', METRICS_PORT: String(metricsPort) }), logger);
    try {
      expect(gateway.metricsUrl).toBe(`http://localhost:${metricsPort}/metrics`);
      expect(entries.map((entry) => entry.msg)).toContainEqual(
        expect.stringContaining(`; metrics at ${gateway.metricsUrl}`),
      );
      const answer = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: FIRST_ACCOUNT }),
      });
      expect((await answer.json()).errors).toBeUndefined();

      const samples = parsePrometheusText(await (await fetch(gateway.metricsUrl!)).text());
      expect(sumBy(samples, 'chime_upstream_requests_total', 'operation')).toEqual({ ListAccounts: 1 });
      expect(sumBy(samples, 'graphql_envelop_request', 'operationName')).toEqual({ FirstAccount: 1 });
      expect(samples.map((sample) => sample.name)).toContain('process_cpu_seconds_total');
      expect((await fetch(`${gateway.url}/metrics`)).status).toBe(404);
    } finally {
      await gateway.close();
    }
    expect(await canConnect('127.0.0.1', metricsPort)).toBe(false);
  });

  it('with METRICS_PORT=0 serves no metrics', async () => {
    const { logger, entries } = capturingLogger('info');
    const gateway = await startGateway(loadConfig({ PORT: '0', METRICS_PORT: '0' }), logger);
    try {
      expect(gateway.metricsUrl).toBeUndefined();
      expect(entries.map((entry) => entry.msg)).not.toContainEqual(expect.stringMatching(/metrics/));
    } finally {
      await gateway.close();
    }
  });

  it('on a METRICS_PORT that is taken, fails naming it and leaves nothing listening', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port: metricsPort } = taken.address() as { port: number };
    const port = await freePort();
    try {
      const start = startGateway(
        loadConfig({ PORT: String(port), METRICS_PORT: String(metricsPort) }),
        capturingLogger('silent').logger,
      );
      await expect(start).rejects.toThrow(ListenError);
      await expect(start).rejects.toThrow(
        `port ${metricsPort} is already in use: set METRICS_PORT to a free port`,
      );
      expect(await canConnect('127.0.0.1', port)).toBe(false);
    } finally {
      taken.close();
    }
  });
});
