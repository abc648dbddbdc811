import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChimeClient } from '../../src/chime/client.ts';
import { staticCredentials } from '../../src/chime/credentials.ts';
import { resolveEndpoints } from '../../src/chime/endpoints.ts';
import { type ChimeLocal, startChimeLocal } from '../../src/chime-local/server.ts';
import { createGateway } from '../../src/http/gateway.ts';

// Long enough that no answer arrives before the client hangs up, and that a chain of calls or a
// retry left running would show in chime-local's stats well within the wait below.
const LATENCY_MS = 400;
const HANG_UP_AFTER_MS = 150;
const SETTLE_MS = 4 * LATENCY_MS;

let local: ChimeLocal;
let server: Server;
let url: string;

beforeAll(async () => {
  local = await startChimeLocal({ port: 0, seed: 'demo' });
  const logger = pino({ level: 'silent' });
  const client = new ChimeClient({
    endpoints: resolveEndpoints(local.url),
    credentials: staticCredentials('test', 'test'),
    maxAttempts: 4,
    baseDelayMs: 1,
    maxDelayMs: 5,
    logger,
  });
  server = createServer(createGateway({ client, logger, graphiql: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterEach(async () => {
  await faults({});
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await local.close();
});

const faults = (settings: Record<string, number>) =>
  fetch(`${local.url}/_local/faults`, {
    method: 'POST',
    body: JSON.stringify({ latencyMs: 0, throttleRate: 0, errorRate: 0, throttleNext: 0, ...settings }),
  });
const total = async () =>
  ((await (await fetch(`${local.url}/_local/stats`)).json()) as { total: number }).total;
const reset = () => fetch(`${local.url}/_local/reset`, { method: 'POST' });

/** Posts a document over a raw HTTP connection and destroys it after `ms`, as a client that goes away. */
function hangUpAfter(ms: number, document: string, variables: Record<string, unknown> = {}): Promise<void> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ query: document, variables });
    const req = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    req.on('error', () => resolve());
    req.on('response', () => resolve());
    req.end(body);
    setTimeout(() => {
      req.destroy();
      resolve();
    }, ms);
  });
}

async function answered(document: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

const SETTINGS = '{ globalSettings { businessCalling { cdrBucket } } }';
const TRUNK = `query ($id: String!) { voiceConnector(voiceConnectorId: $id) { phoneNumbers(first: 100) { nodes { e164PhoneNumber } } } }`;

describe('a client that goes away', () => {
  it('gets no further attempt of a throttled call: the one in flight is aborted', async () => {
    // Kept waiting, the client sees all four attempts throttled.
    await faults({ latencyMs: LATENCY_MS, throttleNext: 100 });
    await reset();
    const kept = await answered(SETTINGS);
    expect(kept.errors?.[0]?.extensions?.code).toBe('THROTTLED');
    expect(await total()).toBe(4);

    await reset();
    await hangUpAfter(HANG_UP_AFTER_MS, SETTINGS);
    await sleep(SETTLE_MS);
    // The first attempt was sent before the hang-up; its answer would have led to a retry.
    expect(await total()).toBe(1);
  });

  it("stops a chain of dependent calls: a connection's second page is never read", async () => {
    const connectors = await answered('{ voiceConnectors(first: 10) { nodes { voiceConnectorId name } } }');
    const id = connectors.data.voiceConnectors.nodes.find(
      (vc: { name: string }) => vc.name === 'Main Trunk',
    ).voiceConnectorId;
    await faults({ latencyMs: LATENCY_MS });
    await reset();
    const kept = await answered(TRUNK, { id });
    expect(kept.data.voiceConnector.phoneNumbers.nodes).toHaveLength(100);
    // GetVoiceConnector and the first page at once, then the second page.
    expect(await total()).toBe(3);

    await reset();
    await hangUpAfter(HANG_UP_AFTER_MS, TRUNK, { id });
    await sleep(SETTLE_MS);
    expect(await total()).toBe(2);
  });

  it('leaves the gateway serving the next request', async () => {
    await faults({ latencyMs: LATENCY_MS });
    await hangUpAfter(HANG_UP_AFTER_MS, SETTINGS);
    await faults({});
    const next = await answered(SETTINGS);
    expect(next.errors).toBeUndefined();
    expect(next.data.globalSettings).toEqual({ businessCalling: { cdrBucket: expect.anything() } });
  });
});
