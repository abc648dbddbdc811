import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEMO_BEARER_ARN } from '../src/chime-local/messaging/seed.ts';
import { loadConfig } from '../src/config.ts';

const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8'));
const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');

/** Compose's `${NAME:-default}` interpolation, for the defaults the file declares. */
const interpolate = (value: string) => value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');

describe('docker-compose.yml', () => {
  it('runs chime-local with the documented environment and port', () => {
    const service = compose.services['chime-local'];
    expect(service.command).toEqual(['npm', 'run', 'emulator']);
    expect(service.environment).toMatchObject({
      CHIME_LOCAL_PORT: '4577',
      CHIME_LOCAL_SEED: 'demo',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
    });
    expect(service.ports).toContain('4577:4577');
  });

  it('points the gateway at the chime-local service, with a configuration the gateway accepts', () => {
    const service = compose.services.gateway;
    expect(service.command).toEqual(['npm', 'start']);
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
    expect(loadConfig(env)).toEqual({
      port: 4000,
      logLevel: 'info',
      upstream: { kind: 'url', url: 'http://chime-local:4577', region: 'us-east-1' },
      bearerArn: DEMO_BEARER_ARN,
    });
  });

  it('builds both services from an image that installs from the lock file and runs as a non-root user', () => {
    expect(compose.services.gateway.build).toBe('.');
    expect(compose.services['chime-local'].build).toBe('.');
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toMatch(/npm ci/);
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});
