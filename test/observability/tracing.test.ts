import { randomBytes } from 'node:crypto';
import { trace } from '@opentelemetry/api';
import { getNamedType, isLeafType, isObjectType } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startChimeLocal } from '../../src/chime-local/server.ts';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { startGateway } from '../../src/http/server.ts';
import { startTracing, type Tracing } from '../../src/observability/tracing.ts';
import { schema } from '../../src/schema/index.ts';
import { capturingLogger, type Stats, startTestGateway, type TestGateway } from '../support/gateway.ts';
import { type ReceivedSpan, startOtlpReceiver } from '../support/otlp-receiver.ts';

const SERVER = 2;
const CLIENT = 3;
const ERROR = 2;

const DASHBOARD = /* GraphQL */ `
  query AccountDashboard($id: String!) {
    account(accountId: $id) {
      name
      users(first: 30) {
        nodes { displayName primaryEmail primaryPhoneNumber { e164PhoneNumber status voiceConnector { name } } }
      }
    }
  }
`;

/** A W3C `traceparent` of a new sampled trace, with its trace id and the caller's span id. */
function newTraceparent() {
  const traceId = randomBytes(16).toString('hex');
  const parentSpanId = randomBytes(8).toString('hex');
  return { traceId, parentSpanId, header: `00-${traceId}-${parentSpanId}-01` };
}

/** Whether `Type.field` names a field whose value is a scalar or an enum. */
function isScalarField(spanName: string): boolean {
  const [typeName, fieldName] = spanName.split('.');
  const type = schema.getType(typeName!);
  if (!isObjectType(type)) return false;
  const field = type.getFields()[fieldName!];
  return field !== undefined && isLeafType(getNamedType(field.type));
}

describe('traces of GraphQL requests over chime-local (OTLP http/json)', () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let tracing: Tracing;
  let gateway: TestGateway;
  const dashboard = newTraceparent();
  const retried = newTraceparent();
  const refused = newTraceparent();
  let dashboardStats: Stats;
  let retriedStats: Stats;
  let spans: ReceivedSpan[];
  const inTrace = (traceId: string) => spans.filter((span) => span.traceId === traceId);
  const serverSpanOf = (traceId: string) => inTrace(traceId).find((span) => span.kind === SERVER)!;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    vi.stubEnv('OTEL_EXPORTER_OTLP_ENDPOINT', receiver.url);
    vi.stubEnv('OTEL_EXPORTER_OTLP_PROTOCOL', 'http/json');
    vi.stubEnv('OTEL_SERVICE_NAME', '');
    tracing = (await startTracing(capturingLogger('silent').logger))!;
    gateway = await startTestGateway({
      seed: 'demo',
      client: { observers: [tracing.observer] },
      gateway: { tracing },
    });
    const { data } = await gateway.query(`{ accounts(name: "Example Corp") { nodes { accountId } } }`);
    const id = data!.accounts.nodes[0].accountId;

    await gateway.resetStats();
    const answer = await gateway.send({ traceparent: dashboard.header }, DASHBOARD, { id });
    expect(answer.body.errors).toBeUndefined();
    dashboardStats = await gateway.stats();

    await gateway.resetStats();
    await gateway.faults({ throttleNext: 1 });
    const retriedAnswer = await gateway.send({ traceparent: retried.header }, DASHBOARD, { id });
    expect(retriedAnswer.body.errors).toBeUndefined();
    retriedStats = await gateway.stats();

    await gateway.send(
      { traceparent: refused.header },
      `query Refused { accounts(first: 1000) { nodes { name } } }`,
    );
    await tracing.shutdown();
    spans = receiver.spans();
  });
  afterAll(async () => {
    await gateway?.close();
    await receiver?.close();
    vi.unstubAllEnvs();
  });

  it('exports OTLP/JSON to OTEL_EXPORTER_OTLP_ENDPOINT/v1/traces, as chime-graphql-gateway by default', () => {
    expect(receiver.received.length).toBeGreaterThan(0);
    for (const each of receiver.received) {
      expect(each.path).toBe('/v1/traces');
      expect(each.contentType).toMatch(/^application\/json/);
    }
    expect(new Set(spans.map((span) => span.serviceName))).toEqual(new Set(['chime-graphql-gateway']));
  });

  it('continues the incoming traceparent with one server span named after the operation', () => {
    const servers = inTrace(dashboard.traceId).filter((span) => span.kind === SERVER);
    expect(servers).toHaveLength(1);
    expect(servers[0]).toMatchObject({
      name: 'query AccountDashboard',
      parentSpanId: dashboard.parentSpanId,
      attributes: {
        'graphql.operation.type': 'query',
        'graphql.operation.name': 'AccountDashboard',
        'http.request.method': 'POST',
        'http.response.status_code': 200,
      },
    });
    expect(servers[0]!.status.code).not.toBe(ERROR);
  });

  it('has a client span per upstream request chime-local saw, in the same trace, with the rpc attributes', () => {
    const clients = inTrace(dashboard.traceId).filter((span) => span.kind === CLIENT);
    expect(clients).toHaveLength(dashboardStats.total);
    const byOperation: Record<string, number> = {};
    for (const span of clients) {
      const operation = span.attributes['rpc.method'] as string;
      byOperation[operation] = (byOperation[operation] ?? 0) + 1;
      expect(span.name).toBe(`Chime/${operation}`);
      expect(span.attributes).toMatchObject({
        'rpc.system': 'aws-api',
        'rpc.service': 'Chime',
        'http.response.status_code': 200,
        'aws.request_id': expect.stringMatching(/\S/),
      });
    }
    expect(byOperation).toEqual(dashboardStats.calls);
    // Request ids are the upstream's own: one per request, none repeated.
    expect(new Set(clients.map((span) => span.attributes['aws.request_id'])).size).toBe(clients.length);
  });

  it('makes every span a child of a span of the same trace, down to the caller', () => {
    const ids = new Set(inTrace(dashboard.traceId).map((span) => span.spanId));
    for (const span of inTrace(dashboard.traceId))
      if (span.kind !== SERVER) expect(ids).toContain(span.parentSpanId);
  });

  it('has spans for root fields and fields that read upstream, under the field above them, never for scalars', () => {
    const fields = inTrace(dashboard.traceId).filter((span) => span.kind !== SERVER && span.kind !== CLIENT);
    const names = fields.map((span) => span.name);
    expect(names).toContain('Query.account');
    expect(names).toContain('Account.users');
    expect(names).toContain('User.primaryPhoneNumber');
    expect(names.filter(isScalarField)).toEqual([]);
    const account = fields.find((span) => span.name === 'Query.account')!;
    const users = fields.find((span) => span.name === 'Account.users')!;
    expect(account.parentSpanId).toBe(serverSpanOf(dashboard.traceId).spanId);
    expect(users.parentSpanId).toBe(account.spanId);
    expect(users.attributes).toMatchObject({
      'graphql.field.name': 'users',
      'graphql.field.path': 'account.users',
    });
    // The account's read is sent by its root field, so its client span is that field's child.
    const getAccount = inTrace(dashboard.traceId).find((span) => span.name === 'Chime/GetAccount')!;
    expect(getAccount.parentSpanId).toBe(account.spanId);
  });

  it('makes each retry a client span of its own: as many as chime-local saw, the throttled one failed', () => {
    const clients = inTrace(retried.traceId).filter((span) => span.kind === CLIENT);
    expect(retriedStats.total).toBe(dashboardStats.total + 1);
    expect(clients).toHaveLength(retriedStats.total);
    const throttled = clients.filter((span) => span.status.code === ERROR);
    expect(throttled).toHaveLength(1);
    expect(throttled[0]!.attributes).toMatchObject({
      'http.response.status_code': expect.any(Number),
      'error.type': 'ThrottledClientException',
    });
    const resent = clients.filter((span) => span.attributes['http.request.resend_count'] === 1);
    expect(resent.map((span) => span.attributes['rpc.method'])).toEqual([
      throttled[0]!.attributes['rpc.method'],
    ]);
  });

  it('marks a request answered with errors as failed, with its error codes', () => {
    const server = serverSpanOf(refused.traceId);
    expect(server).toMatchObject({
      name: 'query Refused',
      parentSpanId: refused.parentSpanId,
      status: { code: ERROR },
      attributes: { 'graphql.error.codes': ['BAD_USER_INPUT'], 'error.type': 'BAD_USER_INPUT' },
    });
    expect(inTrace(refused.traceId).filter((span) => span.kind === CLIENT)).toEqual([]);
  });

  it('never puts an upstream address, a credential or a signature in a span', () => {
    const text = JSON.stringify(receiver.received.map((each) => each.body.toString('utf8')));
    expect(text).not.toContain(new URL(gateway.local.url).host);
    expect(text).not.toMatch(/AWS4-HMAC-SHA256|X-Amz-Signature|authorization|x-amz-security-token/i);
  });
});

describe('startGateway with OTEL_EXPORTER_OTLP_ENDPOINT set (OTLP http/protobuf, the default)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('traces its requests and exports what is buffered when it closes', async () => {
    const receiver = await startOtlpReceiver();
    const local = await startChimeLocal({ port: 0, seed: 'none' });
    vi.stubEnv('OTEL_EXPORTER_OTLP_ENDPOINT', receiver.url);
    vi.stubEnv('OTEL_EXPORTER_OTLP_PROTOCOL', '');
    vi.stubEnv('OTEL_SERVICE_NAME', 'gateway-under-test');
    try {
      const gateway = await startGateway(
        loadConfig({ CHIME_ENDPOINT: local.url, PORT: '0', HOST: '127.0.0.1' }),
        capturingLogger('silent').logger,
      );
      const caller = newTraceparent();
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', traceparent: caller.header },
        body: JSON.stringify({ query: 'query Settings { globalSettings { voiceConnector { cdrBucket } } }' }),
      });
      expect((await response.json()).errors).toBeUndefined();
      expect(receiver.received).toEqual([]);

      await gateway.close();
      expect(receiver.received.length).toBeGreaterThan(0);
      expect(receiver.received.every((each) => each.contentType === 'application/x-protobuf')).toBe(true);
      const body = Buffer.concat(receiver.received.map((each) => each.body));
      // Protobuf keeps ids as raw bytes and strings as UTF-8.
      expect(body.includes(Buffer.from(caller.traceId, 'hex'))).toBe(true);
      for (const text of ['gateway-under-test', 'query Settings', 'Chime/GetGlobalSettings', 'aws-api'])
        expect(body.includes(text), text).toBe(true);
    } finally {
      await local.close();
      await receiver.close();
    }
  });
});

describe('tracing off', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  const logger = capturingLogger('silent').logger;

  it('registers nothing when no OTLP endpoint is set: spans made through the API record nothing', async () => {
    vi.stubEnv('OTEL_EXPORTER_OTLP_ENDPOINT', '');
    vi.stubEnv('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', '');
    vi.stubEnv('OTEL_EXPORTER_OTLP_PROTOCOL', 'http/json');
    expect(await startTracing(logger)).toBeUndefined();
    expect(trace.getTracer('any').startSpan('any').isRecording()).toBe(false);
  });

  it.each([
    ['OTEL_SDK_DISABLED', 'true'],
    ['OTEL_TRACES_EXPORTER', 'none'],
  ])('sends nothing to the endpoint when %s=%s, through a whole gateway', async (name, value) => {
    const receiver = await startOtlpReceiver();
    const local = await startChimeLocal({ port: 0, seed: 'none' });
    vi.stubEnv('OTEL_EXPORTER_OTLP_ENDPOINT', receiver.url);
    vi.stubEnv('OTEL_EXPORTER_OTLP_PROTOCOL', 'http/json');
    vi.stubEnv(name, value);
    try {
      const gateway = await startGateway(
        loadConfig({ CHIME_ENDPOINT: local.url, PORT: '0', HOST: '127.0.0.1' }),
        logger,
      );
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', traceparent: newTraceparent().header },
        body: JSON.stringify({ query: '{ globalSettings { voiceConnector { cdrBucket } } }' }),
      });
      expect((await response.json()).errors).toBeUndefined();
      await gateway.close();
      expect(receiver.received).toEqual([]);
      expect(trace.getTracer('any').startSpan('any').isRecording()).toBe(false);
    } finally {
      await local.close();
      await receiver.close();
    }
  });

  it.each([
    [
      'OTEL_EXPORTER_OTLP_PROTOCOL',
      'grpc',
      /OTEL_EXPORTER_OTLP_PROTOCOL must be http\/protobuf or http\/json.*"grpc"/,
    ],
    ['OTEL_TRACES_EXPORTER', 'zipkin', /OTEL_TRACES_EXPORTER must be otlp or none, got "zipkin"/],
  ])('refuses to start with %s=%s, naming what it speaks', async (name, value, message) => {
    vi.stubEnv('OTEL_EXPORTER_OTLP_ENDPOINT', 'http://127.0.0.1:1');
    vi.stubEnv(name, value);
    const start = startTracing(logger);
    await expect(start).rejects.toThrow(ConfigError);
    await expect(start).rejects.toThrow(message);
  });
});
