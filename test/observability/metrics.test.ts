import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListenError } from '../../src/http/listen-error.ts';
import { type MetricsServer, startMetricsServer } from '../../src/http/metrics-server.ts';
import { createMetrics, type GatewayMetrics } from '../../src/observability/metrics.ts';
import { createMemoryTokenBuckets } from '../../src/store/token-buckets.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { parsePrometheusText, type Sample, sumBy } from '../support/prometheus.ts';
import { mintHs256, TEST_JWT_SECRET, VIEWER_CLAIMS } from '../support/tokens.ts';

const ACCOUNTS =
  'query Accounts { accounts(first: 3) { nodes { name users(first: 2) { nodes { primaryEmail } } } } }';
const FIRST_ACCOUNT = 'query FirstAccount { accounts(first: 1) { nodes { name } } }';
const CLIMBING = 'query Climbing { account(accountId: "..") { name } }';
const MISSPELT = 'query Misspelt { accounts(first: 1) { nodes { nam } } }';

describe('metrics of a gateway over chime-local', () => {
  let metrics: GatewayMetrics;
  let gateway: TestGateway;
  let server: MetricsServer;
  let samples: Sample[];
  let calls: Record<string, number>;

  beforeAll(async () => {
    metrics = createMetrics();
    gateway = await startTestGateway({ seed: 'demo', metrics });
    server = await startMetricsServer(metrics.registry, 0, '127.0.0.1');
    await gateway.resetStats();
    expect((await gateway.query(ACCOUNTS)).errors).toBeUndefined();
    // ListAccounts answers 429 twice, then the client's third attempt gets its page.
    await gateway.faults({ throttleNext: 2 });
    expect((await gateway.query(FIRST_ACCOUNT)).errors).toBeUndefined();
    await gateway.faults({});
    expect((await gateway.query(FIRST_ACCOUNT)).errors).toBeUndefined();
    expect((await gateway.query(CLIMBING)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gateway.send({}, MISSPELT)).body.errors?.[0]?.extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    calls = (await gateway.stats()).calls;
    const response = await fetch(`http://127.0.0.1:${server.port}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    samples = parsePrometheusText(await response.text());
  });
  afterAll(async () => {
    await server?.close();
    await gateway?.close();
  });

  it('counts every upstream request by operation as chime-local received them, retries included', () => {
    expect(calls.ListAccounts).toBeGreaterThan(2);
    expect(sumBy(samples, 'chime_upstream_requests_total', 'operation')).toEqual(calls);
  });

  it('splits them by HTTP status: the two throttled answers are 429, the rest 200', () => {
    expect(sumBy(samples, 'chime_upstream_requests_total', 'status')).toEqual({
      '200': Object.values(calls).reduce((sum, count) => sum + count, 0) - 2,
      '429': 2,
    });
    expect(sumBy(samples, 'chime_upstream_requests_total', 'operation', { status: '429' })).toEqual({
      ListAccounts: 2,
    });
  });

  it('counts the retries by operation and the error code retried', () => {
    expect(
      samples
        .filter((sample) => sample.name === 'chime_upstream_retries_total')
        .map(({ labels, value }) => ({ ...labels, value })),
    ).toEqual([{ operation: 'ListAccounts', reason: 'ThrottledClientException', value: 2 }]);
  });

  it('times every upstream request: the histogram counts equal the requests', () => {
    expect(sumBy(samples, 'chime_upstream_request_duration_seconds_count', 'operation')).toEqual(calls);
    const infinite = sumBy(samples, 'chime_upstream_request_duration_seconds_bucket', 'operation', {
      le: '+Inf',
    });
    expect(infinite).toEqual(calls);
    expect(sumBy(samples, 'chime_upstream_requests_in_flight', 'none')).toEqual({ '': 0 });
  });

  it('times GraphQL operations by name and counts their errors by extensions.code', () => {
    expect(sumBy(samples, 'graphql_envelop_request_duration_count', 'operationName')).toEqual({
      Accounts: 1,
      FirstAccount: 2,
      Climbing: 1,
    });
    expect(
      samples
        .filter((sample) => sample.name === 'graphql_envelop_error_result')
        .map(({ labels, value }) => ({ ...labels, value })),
    ).toEqual([
      {
        operationName: 'Climbing',
        operationType: 'query',
        phase: 'execute',
        code: 'BAD_USER_INPUT',
        value: 1,
      },
      {
        operationName: 'Misspelt',
        operationType: 'query',
        phase: 'validate',
        code: 'GRAPHQL_VALIDATION_FAILED',
        value: 1,
      },
    ]);
    expect(
      sumBy(samples, 'graphql_yoga_http_duration_count', 'operationName', { statusCode: '200' }),
    ).toMatchObject({
      Accounts: 1,
      FirstAccount: 2,
    });
  });

  it('names no upstream host, credential or request URL', () => {
    const text = samples.map((sample) => JSON.stringify(sample)).join('\n');
    expect(text).not.toContain(new URL(gateway.local.url).host);
    expect(text).not.toMatch(/url|host|key|secret|authorization/i);
  });

  it('serves GET /metrics only', async () => {
    const base = `http://127.0.0.1:${server.port}`;
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/graphql`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${base}/metrics?name[]=x`)).status).toBe(200);
  });
});

describe('metrics the other parts report', () => {
  it('counts cache lookups by feature and result, quota waits and refusals by dimension', async () => {
    const metrics = createMetrics();
    metrics.cacheLookup('users', true);
    metrics.cacheLookup('users', false);
    metrics.cacheLookup('users', true);
    metrics.cacheLookup('channels', false);
    metrics.quotaWaited('messaging-bearer', 0);
    metrics.quotaWaited('messaging-bearer', 0.3);
    metrics.quotaRefused('SendChannelMessage-channel');
    const samples = parsePrometheusText(await metrics.registry.metrics());
    expect(
      samples
        .filter((sample) => sample.name === 'gateway_cache_lookups_total')
        .map(({ labels, value }) => ({ ...labels, value })),
    ).toEqual([
      { feature: 'users', result: 'hit', value: 2 },
      { feature: 'users', result: 'miss', value: 1 },
      { feature: 'channels', result: 'miss', value: 1 },
    ]);
    expect(sumBy(samples, 'chime_upstream_quota_wait_seconds_count', 'dimension')).toEqual({
      'messaging-bearer': 2,
    });
    expect(sumBy(samples, 'chime_upstream_quota_wait_seconds_sum', 'dimension')).toEqual({
      'messaging-bearer': 0.3,
    });
    expect(
      sumBy(samples, 'chime_upstream_quota_wait_seconds_bucket', 'le', { dimension: 'messaging-bearer' })[
        '0.1'
      ],
    ).toBe(1);
    expect(sumBy(samples, 'chime_upstream_quota_refusals_total', 'dimension')).toEqual({
      'SendChannelMessage-channel': 1,
    });
  });

  it('counts rate limit refusals, and their RATE_LIMITED errors', async () => {
    const metrics = createMetrics();
    const gateway = await startTestGateway({
      metrics,
      auth: { methods: ['jwt'], jwtSecret: TEST_JWT_SECRET },
      // One call per second, five at once, on a clock that stands still: the second operation does not fit.
      gateway: { rateLimit: { callsPerSecond: 1, store: createMemoryTokenBuckets({ now: () => 0 }) } },
    });
    try {
      const ann = { authorization: `Bearer ${await mintHs256({ ...VIEWER_CLAIMS, sub: 'ann' })}` };
      const fourCalls = `query Four {
        a: accounts(first: 1) { nodes { name } }
        b: accounts(first: 1) { nodes { name } }
        c: accounts(first: 1) { nodes { name } }
        d: accounts(first: 1) { nodes { name } }
      }`;
      expect((await gateway.send(ann, fourCalls)).status).toBe(200);
      expect((await gateway.send(ann, fourCalls)).status).toBe(429);
      const samples = parsePrometheusText(await metrics.registry.metrics());
      expect(sumBy(samples, 'gateway_rate_limit_refusals_total', 'none')).toEqual({ '': 1 });
      expect(sumBy(samples, 'graphql_envelop_error_result', 'code', { operationName: 'Four' })).toEqual({
        RATE_LIMITED: 1,
      });
    } finally {
      await gateway.close();
    }
  });
});

describe('two gateways in one process', () => {
  it('each count only their own traffic, in their own registry', async () => {
    const [first, second] = [createMetrics(), createMetrics()];
    const one = await startTestGateway({ seed: 'demo', metrics: first });
    const other = await startTestGateway({ seed: 'demo', metrics: second });
    try {
      await one.query(FIRST_ACCOUNT);
      await one.query(FIRST_ACCOUNT);
      await other.query(FIRST_ACCOUNT);
      const count = async (metrics: GatewayMetrics) =>
        sumBy(
          parsePrometheusText(await metrics.registry.metrics()),
          'chime_upstream_requests_total',
          'operation',
        );
      expect(await count(first)).toEqual({ ListAccounts: 2 });
      expect(await count(second)).toEqual({ ListAccounts: 1 });
    } finally {
      await one.close();
      await other.close();
    }
  });
});

describe('a metrics port that is taken', () => {
  it('fails with one message naming the port and METRICS_PORT', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const start = startMetricsServer(createMetrics().registry, port, '127.0.0.1');
      await expect(start).rejects.toThrow(ListenError);
      await expect(start).rejects.toThrow(
        `port ${port} is already in use: set METRICS_PORT to a free port (0 turns metrics off)`,
      );
    } finally {
      taken.close();
    }
  });
});
