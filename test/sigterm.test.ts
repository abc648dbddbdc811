import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChimeLocal, startChimeLocal } from '../src/chime-local/server.ts';
import { DRAIN_TIMEOUT_MS } from '../src/http/shutdown.ts';
import type { Stats } from './support/gateway.ts';
import { canConnect, until } from './support/net.ts';

const root = new URL('..', import.meta.url).pathname;

let local: ChimeLocal;
let gateway: ChildProcess;
let output = '';
let url: string;

// The gateway as production runs it, in its own process, in front of a separate chime-local.
beforeAll(async () => {
  local = await startChimeLocal({ port: 0, seed: 'demo' });
  gateway = spawn(process.execPath, ['--import', 'tsx', 'src/http/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      CHIME_ENDPOINT: local.url,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      METRICS_PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [gateway.stdout!, gateway.stderr!])
    stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(gateway, 'exit').then(([code]) => {
    throw new Error(`gateway exited with ${code}:\n${output}`);
  });
  await Promise.race([until(() => /GraphQL at http:\/\/localhost:\d+\/graphql/.test(output)), exited]);
  url = /GraphQL at (http:\/\/localhost:\d+)\/graphql/.exec(output)![1]!;
}, 60_000);

afterAll(async () => {
  if (gateway.exitCode === null && gateway.signalCode === null) {
    gateway.kill('SIGKILL');
    await once(gateway, 'exit');
  }
  await local?.close();
});

/** Sends one accounts query, whose single upstream call (ListAccounts) chime-local holds. */
function accounts(name: string) {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `query ${name} { accounts(first: 1) { nodes { name } } }` }),
  });
}

const listAccountsCalls = () =>
  (local.control.stats() as Stats).requests.filter((request) => request.operation === 'ListAccounts');

describe('the gateway process on SIGTERM', () => {
  it('finishes the request in flight, cuts the one that outlives the bound, and exits 0', async () => {
    // One upstream call held far beyond the drain bound, then one held briefly.
    local.control.setFaults({ latencyMs: 60_000, operations: ['ListAccounts'] });
    const outliving = accounts('Outliving').then(
      () => 'answered',
      () => 'cut',
    );
    await until(() => listAccountsCalls().length === 1);
    local.control.setFaults({ latencyMs: 1_000 });
    const brief = accounts('Brief').then(async (response) => ({
      status: response.status,
      body: (await response.json()) as any,
    }));
    await until(() => listAccountsCalls().length === 2);

    const exited = once(gateway, 'exit');
    gateway.kill('SIGTERM');
    await until(async () => !(await canConnect('127.0.0.1', Number(new URL(url).port))));

    const { status, body } = await brief;
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.accounts.nodes).toHaveLength(1);

    expect(await outliving).toBe('cut');
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    // It exited while chime-local still held the first call: the bound, not the upstream, ended it.
    expect(listAccountsCalls()[0]!.answeredAtMs).toBeNull();
    const lines = output.split('\n');
    const at = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line));
    expect(at(/SIGTERM: shutting down/)).toBeGreaterThan(-1);
    expect(at(/"operation":"Brief"/)).toBeGreaterThan(at(/SIGTERM: shutting down/));
    expect(at(new RegExp(`1 request\\(s\\) still in flight after ${DRAIN_TIMEOUT_MS} ms`))).toBeGreaterThan(
      at(/"operation":"Brief"/),
    );
    // The warning and the last line may come on different streams (stderr, stdout): no order between them.
    expect(at(/stopped: HTTP server closed/)).toBeGreaterThan(at(/"operation":"Brief"/));
  }, 30_000);
});
