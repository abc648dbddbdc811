import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadChimeLocalConfig } from '../src/chime-local/config.ts';
import { DEMO_BEARER_ARN } from '../src/chime-local/messaging/seed.ts';
import { loadConfig } from '../src/config.ts';
import { CLOSE_TIMEOUT_MS, DRAIN_TIMEOUT_MS } from '../src/http/shutdown.ts';

// Compose merges `<<: *anchor` keys, as YAML 1.1 did.
const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8'), {
  merge: true,
});
/** The gateway replicas, by service name. */
const replicas = Object.entries(compose.services as Record<string, any>).filter(([name]) =>
  name.startsWith('gateway'),
);
const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
const dockerignore = readFileSync(new URL('../.dockerignore', import.meta.url), 'utf8');

/** Compose's `${NAME:-default}` interpolation, for the defaults the file declares. */
const interpolate = (value: string) => value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');

/** A replica's environment as compose hands it over, its `${NAME:-default}`s interpolated. */
const environmentOf = (service: any): Record<string, string> =>
  Object.fromEntries(
    Object.entries(service.environment as Record<string, string>).map(([name, value]) => [
      name,
      interpolate(value),
    ]),
  );

/** A compose healthcheck's `node -e` script, run here against `url` instead of the container's address. */
async function runHealthcheck(test: string[], url: string): Promise<number | null> {
  expect(test.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
  const script = test[3]!.replace(/http:\/\/127\.0\.0\.1:\d+/, url);
  const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  const [code] = await once(child, 'exit');
  return code;
}

describe('docker-compose.yml', () => {
  it('runs chime-local compiled, listening for the other container, with the documented environment', () => {
    const service = compose.services['chime-local'];
    expect(service.command).toEqual(['node', 'dist/chime-local/main.js']);
    expect(service.environment).toMatchObject({
      CHIME_LOCAL_PORT: '4577',
      CHIME_LOCAL_HOST: '0.0.0.0',
      CHIME_LOCAL_SEED: 'demo',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
    });
    expect(loadChimeLocalConfig(service.environment)).toMatchObject({ port: 4577, host: '0.0.0.0' });
    // Its key pair is well known: published on the host's loopback only.
    expect(service.ports).toContain('127.0.0.1:4577:4577');
  });

  it('runs Redis from the official image, keeping nothing on disk, healthy once it answers PING', () => {
    const { redis } = compose.services;
    expect(redis.image).toBe('redis:7');
    expect(redis.command).toEqual(['redis-server', '--save', '', '--appendonly', 'no']);
    expect(redis.healthcheck.test).toEqual(['CMD', 'redis-cli', 'ping']);
    expect(redis.ports).toBeUndefined();
  });

  it('runs two gateway replicas, compiled, with one configuration', () => {
    expect(replicas.map(([name]) => name)).toEqual(['gateway-1', 'gateway-2']);
    const [[, first], [, second]] = replicas as [[string, any], [string, any]];
    for (const key of ['build', 'command', 'depends_on', 'environment', 'healthcheck', 'stop_grace_period'])
      expect(second[key], key).toEqual(first[key]);
  });

  it.each(replicas)(
    'points %s at chime-local and Redis, with a configuration the gateway accepts',
    (_, service) => {
      expect(service.command).toEqual(['node', 'dist/http/server.js']);
      expect(service.depends_on['chime-local'].condition).toBe('service_healthy');
      expect(service.depends_on.redis.condition).toBe('service_healthy');
      const env = environmentOf(service);
      expect(env.CHIME_ENDPOINT).toBe(
        `http://chime-local:${compose.services['chime-local'].environment.CHIME_LOCAL_PORT}`,
      );
      expect(env.REDIS_URL).toBe('redis://redis:6379');
      expect(env.CHIME_BEARER_ARN).toBe(DEMO_BEARER_ARN);
      expect(loadConfig(env)).toMatchObject({
        port: 4000,
        host: '0.0.0.0',
        logLevel: 'info',
        upstream: { kind: 'url', url: 'http://chime-local:4577', region: 'us-east-1' },
        bearerArn: DEMO_BEARER_ARN,
        // The demo stack over a separate chime-local runs as the local admin, as `npm start` does.
        auth: expect.objectContaining({ methods: [] }),
        redisUrl: 'redis://redis:6379',
        metricsPort: 9464,
        // The replicas share one key: a cursor from either is good on the other.
        cursorSecret: expect.stringMatching(/^local-only-/),
      });
    },
  );

  it('publishes each replica on its own host port, and its metrics on loopback', () => {
    const published = replicas.map(([, service]) => service.ports);
    const { PORT, METRICS_PORT } = environmentOf(replicas[0]![1]);
    expect(published).toEqual([
      [`4000:${PORT}`, `127.0.0.1:9464:${METRICS_PORT}`],
      [`4001:${PORT}`, `127.0.0.1:9465:${METRICS_PORT}`],
    ]);
  });

  it('gives each replica longer to stop than the gateway’s shutdown takes', () => {
    const seconds = (text: string) => Number(/^(\d+)s$/.exec(text)![1]);
    // Draining, then the metrics server and the Redis connection, each within its bound.
    for (const [, service] of replicas)
      expect(seconds(service.stop_grace_period) * 1000).toBeGreaterThan(
        DRAIN_TIMEOUT_MS + 2 * CLOSE_TIMEOUT_MS,
      );
  });

  it('checks each replica’s health on /readyz, with a script that passes only when it answers 200', async () => {
    const { test } = replicas[0]![1].healthcheck;
    expect(test[3]).toContain(`http://127.0.0.1:${replicas[0]![1].environment.PORT}/readyz`);
    const status = { code: 200 };
    const server = createServer((request, response) => {
      response.statusCode = request.url === '/readyz' ? status.code : 404;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await runHealthcheck(test, url)).toBe(0);
      status.code = 503;
      expect(await runHealthcheck(test, url)).toBe(1);
    } finally {
      server.close();
    }
  });

  it('builds both services from an image that compiles in one stage and runs node under tini as a non-root user', () => {
    for (const [, service] of replicas) expect(service.build).toBe('.');
    expect(compose.services['chime-local'].build).toBe('.');
    const stages = dockerfile.split(/^FROM /m).slice(1);
    expect(stages).toHaveLength(2);
    for (const stage of stages) expect(stage).toMatch(/^node:(22|24)-slim\b/);
    const [build, runtime] = stages as [string, string];
    expect(build).toMatch(/npm ci/);
    expect(build).toMatch(/npm run build/);
    expect(runtime).toMatch(/npm ci --omit=dev/);
    expect(runtime).toMatch(/COPY --from=build \/app\/dist \.\/dist/);
    expect(runtime).toMatch(/^ENTRYPOINT \["\/usr\/bin\/tini", "--"\]$/m);
    expect(runtime).toMatch(/^CMD \["node", "dist\/http\/server\.js"\]$/m);
    expect(runtime).toMatch(/^USER node$/m);
  });

  it('sends the image only what it builds from', () => {
    const ignored = dockerignore.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git', 'test']));
    for (const needed of ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'])
      expect(ignored).not.toContain(needed);
  });
});
