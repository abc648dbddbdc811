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

const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8'));
const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
const dockerignore = readFileSync(new URL('../.dockerignore', import.meta.url), 'utf8');

/** Compose's `${NAME:-default}` interpolation, for the defaults the file declares. */
const interpolate = (value: string) => value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');

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

  it('points the gateway, compiled, at the chime-local service, with a configuration the gateway accepts', () => {
    const service = compose.services.gateway;
    expect(service.command).toEqual(['node', 'dist/http/server.js']);
    expect(service.depends_on['chime-local'].condition).toBe('service_healthy');
    expect(service.ports).toContain(`${service.environment.PORT}:4000`);
    const env = Object.fromEntries(
      Object.entries(service.environment as Record<string, string>).map(([name, value]) => [
        name,
        interpolate(value),
      ]),
    );
    expect(env.CHIME_ENDPOINT).toBe(
      `http://chime-local:${compose.services['chime-local'].environment.CHIME_LOCAL_PORT}`,
    );
    expect(env.CHIME_BEARER_ARN).toBe(DEMO_BEARER_ARN);
    expect(loadConfig(env)).toMatchObject({
      port: 4000,
      host: '0.0.0.0',
      logLevel: 'info',
      upstream: { kind: 'url', url: 'http://chime-local:4577', region: 'us-east-1' },
      bearerArn: DEMO_BEARER_ARN,
      // The demo stack over a separate chime-local runs as the local admin, as `npm start` does.
      auth: expect.objectContaining({ methods: [] }),
    });
  });

  it('checks the gateway’s health on /readyz, with a script that passes only when it answers 200', async () => {
    const { test } = compose.services.gateway.healthcheck;
    expect(test[3]).toContain(`http://127.0.0.1:${compose.services.gateway.environment.PORT}/readyz`);
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
    expect(compose.services.gateway.build).toBe('.');
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
