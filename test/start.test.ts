import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERY } from '../src/http/example-query.ts';
import { canConnect, until } from './support/net.ts';

const root = new URL('..', import.meta.url).pathname;
const env = {
  ...process.env,
  CHIME_ENDPOINT: '',
  CHIME_BEARER_ARN: '',
  HOST: '',
  LOG_LEVEL: 'info',
  METRICS_PORT: '0',
};

/** `npm start` as a person runs it on a fresh clone: no configuration but the port (and metrics off). */
function npmStart(port: number): { npm: ChildProcess; output: () => string } {
  let output = '';
  const npm = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that afterAll can stop whatever a failed test leaves behind.
    detached: true,
  });
  npm.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  npm.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { npm, output: () => output };
}

let npm: ChildProcess;
let output: () => string;
let url: string;
let port: number;
let localUrl: string;

beforeAll(async () => {
  ({ npm, output } = npmStart(0));
  const exited = once(npm, 'exit').then(([code]) => {
    throw new Error(`gateway exited with ${code}:\n${output()}`);
  });
  await Promise.race([until(() => /GraphQL at http:\/\/localhost:\d+\/graphql/.test(output())), exited]);
  url = /GraphQL at (http:\/\/localhost:(\d+))\/graphql/.exec(output())![1]!;
  port = Number(new URL(url).port);
  localUrl = /started chime-local embedded at (http:\/\/127\.0\.0\.1:\d+)/.exec(output())![1]!;
}, 60_000);

const running = () => npm.exitCode === null && npm.signalCode === null;

afterAll(async () => {
  if (running()) {
    process.kill(-npm.pid!, 'SIGKILL');
    await once(npm, 'exit');
  }
});

describe('npm start with nothing configured', () => {
  it('says in its log that chime-local runs embedded and where everything is', () => {
    expect(output()).toMatch(
      /CHIME_ENDPOINT is unset: started chime-local embedded at http:\/\/127\.0\.0\.1:\d+/,
    );
    expect(output()).toMatch(/healthz/);
  });

  it('warns that AUTH=none makes every request the local admin', () => {
    expect(output()).toMatch(
      /AUTH=none: NO AUTHENTICATION\. Every request acts as the admin identity \\?"local/,
    );
  });

  it('answers the GraphiQL example query with nested data and no errors', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: EXAMPLE_QUERY }),
    });
    expect(response.status).toBe(200);
    const result = (await response.json()) as { data: any; errors?: unknown[] };
    expect(result.errors).toBeUndefined();
    expect(result.data.accounts.nodes.length).toBeGreaterThan(0);
    expect(result.data.accounts.nodes[0].users.nodes.length).toBeGreaterThan(0);
    expect(result.data.voiceConnectors.nodes[0].phoneNumbers.nodes.length).toBeGreaterThan(0);
    expect(result.data.appInstances.nodes[0].channels.nodes[0].messages.nodes.length).toBeGreaterThan(0);
  });

  it('serves GraphiQL to a browser, opening with the example query', async () => {
    const response = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('Chime GraphQL gateway');
    expect(page).toContain('query Dashboard');
  });

  it('reports alive on /healthz and ready on /readyz, in JSON', async () => {
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'alive' });
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('listens on loopback only, and so does its embedded chime-local', async () => {
    const localPort = Number(new URL(localUrl).port);
    expect(await canConnect('127.0.0.1', port)).toBe(true);
    expect(await canConnect('127.0.0.1', localPort)).toBe(true);
    // 127.0.0.2 is this machine too, but not the address they are bound to.
    expect(await canConnect('127.0.0.2', port)).toBe(false);
    expect(await canConnect('127.0.0.2', localPort)).toBe(false);
  });

  it('refuses a second start on the same port with one line naming it and PORT, and leaves nothing running', async () => {
    const second = npmStart(port);
    const [code] = await once(second.npm, 'exit');
    expect(code).not.toBe(0);
    const lines = second
      .output()
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(lines).toEqual([
      `Cannot start: port ${port} is already in use: set PORT to a free port (0 picks one)`,
    ]);
    // Every process of its group ends (signal 0 only asks whether any is left); the last of them
    // may still be on its way out when npm's exit is seen, so this waits for it, within the timeout.
    await until(() => !processGroupAlive(second.npm.pid!));
    expect(processGroupAlive(second.npm.pid!)).toBe(false);
  });

  it('on SIGTERM to npm, stops accepting, lets the request in flight finish, then exits 0', async () => {
    // The request in flight: one slow upstream call, held by the embedded chime-local.
    const faults = await fetch(`${localUrl}/_local/faults`, {
      method: 'POST',
      body: JSON.stringify({ latencyMs: 3000, operations: ['ListAccounts'] }),
    });
    expect(faults.ok).toBe(true);
    await fetch(`${localUrl}/_local/reset`, { method: 'POST' });
    let answered = false;
    const slow = fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query SlowAccounts { accounts(first: 1) { nodes { name } } }' }),
    }).then(async (response) => {
      answered = true;
      return { status: response.status, body: (await response.json()) as any };
    });
    await until(async () => {
      const stats = (await (await fetch(`${localUrl}/_local/stats`)).json()) as any;
      return stats.calls.ListAccounts === 1;
    });

    const exited = once(npm, 'exit');
    process.kill(npm.pid!, 'SIGTERM');
    await until(async () => !(await canConnect('127.0.0.1', port)));
    expect(answered).toBe(false);

    const { status, body } = await slow;
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.accounts.nodes).toHaveLength(1);
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });

    const log = output();
    const shutdown = log.indexOf('SIGTERM: shutting down');
    expect(shutdown).toBeGreaterThan(-1);
    expect(log.indexOf('"operation":"SlowAccounts"')).toBeGreaterThan(shutdown);
    expect(log).toMatch(/stopped: HTTP server and embedded chime-local closed/);
    expect(await canConnect('127.0.0.1', port)).toBe(false);
    expect(await canConnect('127.0.0.1', Number(new URL(localUrl).port))).toBe(false);
  });
});

describe('npm start with unusable authentication settings', () => {
  /** Runs `npm start` with `env` and answers its exit code and output once it exits. */
  async function startWith(env: Record<string, string>) {
    const { AUTH: _, ...inherited } = process.env;
    const child = spawn('npm', ['start', '--silent'], {
      cwd: new URL('..', import.meta.url).pathname,
      env: { ...inherited, PORT: '0', CHIME_ENDPOINT: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const [code] = await once(child, 'exit');
    return { code, text };
  }

  it('refuses to start against AWS when AUTH is not set, naming AUTH', async () => {
    const { code, text } = await startWith({ CHIME_ENDPOINT: 'aws' });
    expect(code).toBe(2);
    expect(text).toMatch(/Configuration error: AUTH must be set when CHIME_ENDPOINT=aws/);
  }, 30_000);

  it('refuses to start when the API keys file cannot be read, naming the variable', async () => {
    const { code, text } = await startWith({ AUTH: 'api-key', AUTH_API_KEYS_FILE: '/nonexistent/keys.json' });
    expect(code).toBe(2);
    expect(text).toMatch(
      /Configuration error: AUTH_API_KEYS_FILE \(\/nonexistent\/keys\.json\) must be a readable JSON file/,
    );
  }, 30_000);
});

/** Whether any process of the group led by `pid` is still there. */
function processGroupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
