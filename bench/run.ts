import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { request } from 'undici';
import { redisCacheStore } from '../src/cache/redis-cache-store.ts';
import { ChimeClient, type ChimeClientConfig } from '../src/chime/client.ts';
import { staticCredentials } from '../src/chime/credentials.ts';
import { resolveEndpoints } from '../src/chime/endpoints.ts';
import { DEMO_BEARER_ARN } from '../src/chime-local/messaging/seed.ts';
import { createGateway, type GatewayOptions } from '../src/http/gateway.ts';
import { connectRedis } from '../src/redis.ts';
import { startRedisServer } from '../test/support/redis.ts';
import { type BenchQuery, benchQueries, DEMO_IDS_DOCUMENT, demoIdsOf } from './queries.ts';

/**
 * `npm run bench`: the dashboard queries against chime-local with 20 ms per call and its
 * demo seed, through a listening gateway. For each: upstream calls against the fewest
 * possible, latency p50/p95 against the lower bound (the fewest dependent rounds of calls the
 * API allows × latency), and against the machine's floor for it (see `machineFloor`). Targets:
 * calls = fewest, p50 ≤ TARGET_RATIO × bound.
 * Then a crowd: many viewers of one dashboard at once, once per CROWD_VARIANTS entry; the
 * gateway's CPU time per request of each query at 0 ms upstream latency; and its memory (RSS)
 * before and after a stream of distinct large documents.
 */
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 3;
/** How far above its lower bound a query's p50 may be. */
const TARGET_RATIO = 1.1;
const DISTINCT_DOCUMENTS = 2000;
type MemoryFigures = { rssMb: number; heapMb: number };
const DOCUMENT_BYTES = 60_000;
/** The crowd: this many viewers of the same dashboard, each sending its next request on the last answer. */
const CROWD_VIEWERS = 50;
const CROWD_SECONDS = Number(process.env.BENCH_CROWD_SECONDS ?? 5);
const CROWD_LATENCY_MS = 20;
/** Requests of each query whose CPU time is measured, at 0 ms upstream latency. */
const CPU_RUNS = Number(process.env.BENCH_CPU_RUNS ?? 100);

/** `CACHE_TTL_SECONDS` of the crowd's cached variants: the default. */
const CROWD_CACHE_TTL_SECONDS = 15;

/** What differs between the gateways a benchmark run starts; the rest is as `startBenchGateway` sets it. */
interface BenchGatewayOptions {
  client?: Partial<ChimeClientConfig>;
  gateway?: Partial<GatewayOptions>;
}

/**
 * The crowd runs once for each of these, on a gateway of its own: the same viewers and query, so
 * that what the options change (a cache) shows in the upstream calls per second and the latency.
 */
const CROWD_VARIANTS: { cache: string; options: BenchGatewayOptions }[] = [
  { cache: 'off', options: {} },
  { cache: 'in-process', options: { gateway: { cache: { ttlSeconds: CROWD_CACHE_TTL_SECONDS } } } },
];

const local = await startEmulator();
const logger = pino({ level: 'silent' });
// The shared cache as replicas use it, when this machine has redis-server (the Debian package).
const redisServer = await startRedisServer().catch(() => undefined);
const redis = redisServer && connectRedis(redisServer.url, logger);
if (redis)
  CROWD_VARIANTS.push({
    cache: 'Redis',
    options: { gateway: { cache: { ttlSeconds: CROWD_CACHE_TTL_SECONDS, store: redisCacheStore(redis) } } },
  });

/** A gateway over chime-local, listening on a free loopback port. */
async function startBenchGateway({
  client: clientOptions,
  gateway: gatewayOptions,
}: BenchGatewayOptions = {}) {
  const client = new ChimeClient({
    endpoints: resolveEndpoints(local.url),
    credentials: staticCredentials('test', 'test'),
    logger,
    ...clientOptions,
  });
  const server = createServer(
    createGateway({
      client,
      logger,
      bearerArn: DEMO_BEARER_ARN,
      graphiql: false,
      // The benchmark measures latency and calls of callers as fast as they go, not their rate limit.
      rateLimit: { callsPerSecond: 1_000_000 },
      ...gatewayOptions,
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const gateway = await startBenchGateway();

/**
 * chime-local in a process of its own, as the real service is: its CPU time (JSON, signature
 * checks) then overlaps the gateway's instead of queueing behind it on one event loop.
 */
async function startEmulator(): Promise<{ url: string; close(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/chime-local/main.ts'], {
    cwd: new URL('..', import.meta.url).pathname,
    env: {
      ...process.env,
      CHIME_LOCAL_PORT: '0',
      CHIME_LOCAL_HOST: '127.0.0.1',
      CHIME_LOCAL_SEED: 'demo',
      CHIME_LOCAL_LATENCY_MS: String(LATENCY_MS),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[\d.:]+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`chime-local exited with ${code}: ${output}`)));
  });
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function graphql(document: string, variables: Record<string, unknown> = {}, url = gateway.url) {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document, variables }),
  });
  const result = (await response.body.json()) as {
    data?: any;
    errors?: { message: string }[];
    extensions: { cost: { estimated: number; actual: number; limit: number } };
  };
  if (result.errors)
    throw new Error(`query failed: ${result.errors.map((error) => error.message).join('; ')}`);
  return result;
}

const stats = async () =>
  ((await (await fetch(`${local.url}/_local/stats`)).json()) as { calls: Record<string, number> }).calls;
const resetStats = () => fetch(`${local.url}/_local/reset`, { method: 'POST' });
/** chime-local's latency per call from now on. */
const setLatency = (latencyMs: number) =>
  fetch(`${local.url}/_local/faults`, { method: 'POST', body: JSON.stringify({ latencyMs }) });
const megabytes = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));

const demoIds = demoIdsOf((await graphql(DEMO_IDS_DOCUMENT)).data);
const queries = benchQueries(demoIds);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const total = (calls: Record<string, number>) => Object.values(calls).reduce((sum, count) => sum + count, 0);

/**
 * What this machine costs a query before any gateway work, measured from the benchmark's process:
 * `roundMs`, the p50 of one bare request to an operation of chime-local, which refuses it (it is not
 * signed) after the same latency as any call; `hopMs`, the p50 of one request to an HTTP server in
 * this process that answers at once (the client's hop to the gateway). No gateway can answer a query
 * of n rounds here in less than its floor, hopMs + n × roundMs.
 */
async function machineFloor() {
  const hop = createServer((incoming, outgoing) => {
    incoming.resume();
    incoming.on('end', () => outgoing.end('{}'));
  });
  await new Promise<void>((resolve) => hop.listen(0, '127.0.0.1', resolve));
  const p50Of = async (url: string, method: 'GET' | 'POST') => {
    const times: number[] = [];
    for (let run = 0; run < WARMUP + RUNS; run += 1) {
      const start = performance.now();
      const response = await request(url, { method, body: method === 'POST' ? '{}' : undefined });
      await response.body.text();
      if (run >= WARMUP) times.push(performance.now() - start);
    }
    return percentile(
      times.sort((a, b) => a - b),
      0.5,
    );
  };
  try {
    const roundMs = await p50Of(`${local.url}/accounts/${demoIds.exampleCorpId}`, 'GET');
    const hopMs = await p50Of(`http://127.0.0.1:${(hop.address() as AddressInfo).port}/`, 'POST');
    return { roundMs: Number(roundMs.toFixed(2)), hopMs: Number(hopMs.toFixed(2)) };
  } finally {
    hop.closeAllConnections();
    await new Promise<void>((resolve) => hop.close(() => resolve()));
  }
}

const floor = await machineFloor();

async function measure(query: BenchQuery) {
  for (let run = 0; run < WARMUP; run += 1) await graphql(query.document, query.variables);
  await resetStats();
  const { cost } = (await graphql(query.document, query.variables)).extensions;
  const calls = await stats();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    await graphql(query.document, query.variables);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const boundMs = query.rounds * LATENCY_MS;
  const floorMs = floor.hopMs + query.rounds * floor.roundMs;
  const p50 = percentile(times, 0.5);
  return {
    name: query.name,
    calls,
    callsMade: total(calls),
    fewestCalls: total(query.fewest),
    fewest: query.fewest,
    estimatedCalls: cost.estimated,
    countedCalls: cost.actual,
    rounds: query.rounds,
    boundMs,
    p50Ms: Number(p50.toFixed(1)),
    p95Ms: Number(percentile(times, 0.95).toFixed(1)),
    // At BENCH_LATENCY_MS=0 there is no bound to compare with.
    ratio: boundMs > 0 ? Number((p50 / boundMs).toFixed(2)) : null,
    floorMs: Number(floorMs.toFixed(1)),
    floorRatio: Number((p50 / floorMs).toFixed(2)),
    derivation: query.derivation,
  };
}

const results: Awaited<ReturnType<typeof measure>>[] = [];
for (const query of queries) results.push(await measure(query));

console.log(
  `\nchime-local latency ${LATENCY_MS} ms per call, ${RUNS} runs per query after ${WARMUP} warm-up runs\n`,
);
console.table(
  results.map((result) => ({
    query: result.name,
    calls: result.callsMade,
    fewest: result.fewestCalls,
    estimated: result.estimatedCalls,
    rounds: result.rounds,
    'bound ms': result.boundMs,
    'p50 ms': result.p50Ms,
    'p95 ms': result.p95Ms,
    'p50/bound': result.ratio,
    'floor ms': result.floorMs,
    'p50/floor': result.floorRatio,
  })),
);
const roundOfLatency =
  LATENCY_MS > 0 ? ` (${(floor.roundMs / LATENCY_MS).toFixed(2)} × ${LATENCY_MS} ms)` : '';
console.log(
  `machine floor: a bare round of one call takes ${floor.roundMs} ms here${roundOfLatency}, a bare hop to a server in this process ${floor.hopMs} ms; floor = hop + rounds × round`,
);
/** The operations whose calls differ from the fewest, each with what it made and its fewest. */
const differingCalls = ({ calls, fewest }: (typeof results)[number]) =>
  [...new Set([...Object.keys(calls), ...Object.keys(fewest)])]
    .filter((operation) => (calls[operation] ?? 0) !== (fewest[operation] ?? 0))
    .map((operation) => `${operation} ${calls[operation] ?? 0} (fewest ${fewest[operation] ?? 0})`);
for (const result of results) {
  const differing = differingCalls(result);
  if (differing.length > 0) console.log(`${result.name}: ${differing.join(', ')}`);
}
const meetsTargets = results.every(
  (result) => differingCalls(result).length === 0 && result.ratio !== null && result.ratio <= TARGET_RATIO,
);
console.log(`\ntargets (calls = fewest, p50 ≤ ${TARGET_RATIO} × bound): ${meetsTargets ? 'met' : 'NOT met'}`);
// extensions.cost: what the gateway estimated before running each query and counted while it ran.
const honest = results.every(
  (result) =>
    result.countedCalls === result.callsMade &&
    result.callsMade <= result.estimatedCalls &&
    result.estimatedCalls <= 3 * result.callsMade,
);
console.log(`cost estimates (calls counted = made ≤ estimated ≤ 3 × made): ${honest ? 'met' : 'NOT met'}`);

/**
 * CROWD_VIEWERS viewers of the same dashboard (the first query) for CROWD_SECONDS at
 * CROWD_LATENCY_MS per upstream call, each sending its next request as soon as the last is
 * answered: the upstream calls per second the crowd costs, and the latency each viewer sees.
 */
async function crowd({ cache, options }: (typeof CROWD_VARIANTS)[number], query: BenchQuery) {
  const crowdGateway = await startBenchGateway(options);
  const view = () => graphql(query.document, query.variables, crowdGateway.url);
  try {
    await setLatency(CROWD_LATENCY_MS);
    await Promise.all(Array.from({ length: CROWD_VIEWERS }, view));
    await resetStats();
    const times: number[] = [];
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    const deadline = start + CROWD_SECONDS * 1000;
    await Promise.all(
      Array.from({ length: CROWD_VIEWERS }, async () => {
        while (performance.now() < deadline) {
          const sent = performance.now();
          await view();
          times.push(performance.now() - sent);
        }
      }),
    );
    const seconds = (performance.now() - start) / 1000;
    const { user, system } = process.cpuUsage(cpuBefore);
    const upstreamCalls = total(await stats());
    times.sort((a, b) => a - b);
    return {
      cache,
      query: query.name,
      viewers: CROWD_VIEWERS,
      seconds: Number(seconds.toFixed(1)),
      requestsPerSecond: Math.round(times.length / seconds),
      upstreamCallsPerSecond: Math.round(upstreamCalls / seconds),
      p50Ms: Number(percentile(times, 0.5).toFixed(1)),
      p99Ms: Number(percentile(times, 0.99).toFixed(1)),
      // 100 when the process (gateway and client, one event loop) was busy the whole time.
      cpuPercent: Math.round((user + system) / 10_000 / seconds),
      rssMb: megabytes(process.memoryUsage().rss),
    };
  } finally {
    await crowdGateway.close();
  }
}

const crowds: Awaited<ReturnType<typeof crowd>>[] = [];
for (const variant of CROWD_VARIANTS) crowds.push(await crowd(variant, queries[0]!));
if (!redis) console.log('\nno redis-server on this machine: the crowd runs without the Redis variant');
console.log(
  `\ncrowd: ${CROWD_VIEWERS} viewers of "${queries[0]!.name}" for ${CROWD_SECONDS} s, chime-local latency ${CROWD_LATENCY_MS} ms per call\n`,
);
console.table(
  crowds.map((result) => ({
    cache: result.cache,
    'requests/s': result.requestsPerSecond,
    'upstream calls/s': result.upstreamCallsPerSecond,
    'p50 ms': result.p50Ms,
    'p99 ms': result.p99Ms,
    'CPU %': result.cpuPercent,
    'RSS MB': result.rssMb,
  })),
);

/**
 * The CPU time (user and system) of this process per request of each query, one request at a
 * time, with chime-local answering at once in its own process: what the gateway's work costs,
 * with the benchmark's own client (undici, JSON parsing of the answers) included.
 */
async function cpuPerRequest(query: BenchQuery) {
  for (let run = 0; run < WARMUP; run += 1) await graphql(query.document, query.variables);
  const before = process.cpuUsage();
  for (let run = 0; run < CPU_RUNS; run += 1) await graphql(query.document, query.variables);
  const { user, system } = process.cpuUsage(before);
  return {
    name: query.name,
    cpuMsPerRequest: Number(((user + system) / 1000 / CPU_RUNS).toFixed(2)),
    userMsPerRequest: Number((user / 1000 / CPU_RUNS).toFixed(2)),
  };
}

await setLatency(0);
const cpu: Awaited<ReturnType<typeof cpuPerRequest>>[] = [];
for (const query of queries) cpu.push(await cpuPerRequest(query));
console.log(
  `\nCPU time per request (gateway and benchmark client, one process), ${CPU_RUNS} requests each at 0 ms upstream latency; RSS ${megabytes(process.memoryUsage().rss)} MB after\n`,
);
console.table(
  cpu.map((result) => ({
    query: result.name,
    'CPU ms/request': result.cpuMsPerRequest,
    'of which user': result.userMsPerRequest,
  })),
);

/**
 * Distinct documents just under MAX_BODY_BYTES, each valid (so the parse cache would keep
 * it), sent in two rounds: what the gateway keeps (heap after a full GC) must stay at the
 * parse cache's bound, and RSS must not grow in the second round.
 */
async function memoryUnderDistinctDocuments() {
  const settled = () => {
    globalThis.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    return { rssMb: megabytes(rss), heapMb: megabytes(heapUsed) };
  };
  const document = (index: number) =>
    `# ${String(index).padStart(6, '0')} ${'x'.repeat(DOCUMENT_BYTES)}\n{ page${index}: __typename }`;
  const rounds = [settled()];
  for (const round of [0, 1]) {
    for (let index = 0; index < DISTINCT_DOCUMENTS; index += 1)
      await graphql(document(round * DISTINCT_DOCUMENTS + index));
    rounds.push(settled());
  }
  return { documents: DISTINCT_DOCUMENTS, documentBytes: document(0).length, rounds };
}

const memory = await memoryUnderDistinctDocuments();
const [before, first, second] = memory.rounds as [MemoryFigures, MemoryFigures, MemoryFigures];
console.log(
  `\nmemory under ${memory.documents} distinct documents of ${Math.round(memory.documentBytes / 1000)} kB: RSS ${before.rssMb} MB before, ${first.rssMb} MB after (heap ${before.heapMb} → ${first.heapMb} MB); after ${memory.documents} more: RSS ${second.rssMb} MB, heap ${second.heapMb} MB`,
);

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const file = new URL('./results/latest.json', import.meta.url);
writeFileSync(
  file,
  `${JSON.stringify({ latencyMs: LATENCY_MS, runs: RUNS, floor, results, crowds, cpu, memory }, null, 2)}\n`,
);
console.log(`wrote ${file.pathname}`);

await gateway.close();
redis?.disconnect();
await redisServer?.close();
await local.close();
