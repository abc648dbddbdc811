import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from './support/net.ts';

const root = new URL('..', import.meta.url).pathname;
let outDir: string;
let gateway: ChildProcess;
let output = '';

/**
 * `npm run build` as production runs it, into a directory of its own inside the clone (so that the
 * compiled files find node_modules). Type checking is `npm test`'s typecheck; here only the emit counts.
 */
beforeAll(async () => {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  outDir = mkdtempSync(join(root, 'node_modules/.cache/build-test-'));
  await promisify(execFile)('npm', ['run', 'build', '--silent', '--', '--outDir', outDir, '--noCheck'], {
    cwd: root,
  });
  gateway = spawn(process.execPath, [join(outDir, 'http', 'server.js')], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '', CHIME_ENDPOINT: '', CHIME_BEARER_ARN: '', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const read = (chunk: Buffer) => {
    output += chunk.toString();
  };
  gateway.stdout!.on('data', read);
  gateway.stderr!.on('data', read);
  const exited = once(gateway, 'exit').then(([code]) => {
    throw new Error(`the compiled gateway exited with ${code}:\n${output}`);
  });
  await Promise.race([until(() => /GraphQL at http:\/\/localhost:\d+/.test(output)), exited]);
}, 90_000);

afterAll(() => {
  if (gateway.exitCode === null && gateway.signalCode === null) gateway.kill('SIGKILL');
  rmSync(outDir, { recursive: true, force: true });
});

describe('the compiled gateway (node dist/http/server.js)', () => {
  const url = () => /GraphQL at (http:\/\/localhost:\d+)/.exec(output)![1]!;

  it('answers /healthz and a query over its embedded chime-local', async () => {
    expect(await (await fetch(`${url()}/healthz`)).json()).toEqual({ status: 'alive' });
    const response = await fetch(`${url()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ accounts(first: 1) { nodes { name } } }' }),
    });
    const result = (await response.json()) as any;
    expect(result.errors).toBeUndefined();
    expect(result.data.accounts.nodes).toHaveLength(1);
  });

  it('shuts down on SIGTERM with exit code 0', async () => {
    const exited = once(gateway, 'exit');
    gateway.kill('SIGTERM');
    expect(await exited).toEqual([0, null]);
  });
});
