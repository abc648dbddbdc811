import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChimeLocal } from '../src/chime-local/server.ts';
import { loadConfig } from '../src/config.ts';
import { ListenError, type RunningGateway, startGateway } from '../src/http/server.ts';
import { capturingLogger } from './support/gateway.ts';
import { canConnect } from './support/net.ts';

describe('startGateway on a port that is taken', () => {
  it('fails with one message naming the port and PORT, before starting anything else', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    const { logger, entries } = capturingLogger('info');
    try {
      const start = startGateway(loadConfig({ PORT: String(port) }), logger);
      await expect(start).rejects.toThrow(ListenError);
      await expect(start).rejects.toThrow(`port ${port} is already in use: set PORT to a free port`);
      // The embedded chime-local was never started, so nothing is left to stop.
      expect(entries.map((entry) => entry.msg)).not.toContainEqual(expect.stringMatching(/chime-local/));
    } finally {
      taken.close();
    }
  });
});

describe('startGateway in front of a separate chime-local', () => {
  it('listens on every interface, where the embedded demo keeps to loopback', async () => {
    const local = await startChimeLocal({ port: 0, seed: 'none' });
    const gateway = await startGateway(
      loadConfig({ CHIME_ENDPOINT: local.url, PORT: '0', METRICS_PORT: '0' }),
      capturingLogger('silent').logger,
    );
    try {
      // 127.0.0.2 is this machine, but not 127.0.0.1: only a gateway on 0.0.0.0 answers there.
      expect(await canConnect('127.0.0.2', Number(new URL(gateway.url).port))).toBe(true);
    } finally {
      await gateway.close();
      await local.close();
    }
  });
});

describe('REDIS_URL where no Redis answers', () => {
  const FIVE_CALLS = `{ ${[...'abcde'].map((alias) => `${alias}: accounts(first: 1) { nodes { name } }`).join(' ')} }`;

  it('serves with quotas and rate limits in the process, warning without the URL', async () => {
    const { logger, entries } = capturingLogger('info');
    // Nothing listens on port 1.
    const gateway = await startGateway(
      loadConfig({ PORT: '0', REDIS_URL: 'redis://:hunter2@127.0.0.1:1', RATE_LIMIT_CALLS_PER_SECOND: '1' }),
      logger,
    );
    try {
      const post = () =>
        fetch(`${gateway.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: FIVE_CALLS }),
        });
      const served = await post();
      expect(served.status).toBe(200);
      expect((await served.json()).errors).toBeUndefined();
      // The five calls spent the whole burst: the next five come in five seconds.
      expect((await post()).status).toBe(429);
      expect(entries).toContainEqual(
        expect.objectContaining({ level: 40, msg: expect.stringMatching(/^redis unavailable/) }),
      );
      expect(JSON.stringify(entries)).not.toMatch(/hunter2|127\.0\.0\.1:1\b/);
    } finally {
      await gateway.close();
    }
  });
});

describe('CHIME_ENDPOINT=aws where the default credential chain finds nothing', () => {
  const saved = { ...process.env };
  const { logger, entries } = capturingLogger('info');
  let gateway: RunningGateway;

  beforeAll(async () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-aws-'));
    for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name];
    // No keys, no profile files, no instance metadata: nothing outside this machine is asked.
    Object.assign(process.env, {
      AWS_SHARED_CREDENTIALS_FILE: join(empty, 'credentials'),
      AWS_CONFIG_FILE: join(empty, 'config'),
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    gateway = await startGateway(
      loadConfig({ CHIME_ENDPOINT: 'aws', AUTH: 'none', PORT: '0', METRICS_PORT: '0', HOST: '127.0.0.1' }),
      logger,
    );
  });
  afterAll(async () => {
    await gateway?.close();
    process.env = saved;
  });

  it('warns at start-up that no AWS credentials were found, and starts', () => {
    expect(entries).toContainEqual(
      expect.objectContaining({ level: 40, msg: expect.stringMatching(/found no AWS credentials/) }),
    );
  });

  it('answers UNAUTHENTICATED saying no AWS credentials were found', async () => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ globalSettings { businessCalling { cdrBucket } } }' }),
    });
    const result = (await response.json()) as any;
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^GetGlobalSettings failed: no AWS credentials were found/),
        path: ['globalSettings'],
        extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
      }),
    ]);
  });

  it('is not ready, and says why in JSON', async () => {
    const response = await fetch(`${gateway.url}/readyz`);
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      upstream: { operation: 'GetGlobalSettings', code: 'UNAUTHENTICATED' },
    });
  });
});
