import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERY } from '../src/schema/example-query.ts';

/** `npm start` as a person runs it on a fresh clone: no configuration but a free port. */
let gateway: ChildProcess;
let url: string;
let output = '';

beforeAll(async () => {
  gateway = spawn('npm', ['start', '--silent'], {
    cwd: new URL('..', import.meta.url).pathname,
    env: { ...process.env, PORT: '0', CHIME_ENDPOINT: '', CHIME_BEARER_ARN: '', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that a signal reaches npm, tsx and the gateway alike, as Ctrl-C does.
    detached: true,
  });
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${output}`)), 45_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL at (http:\/\/localhost:\d+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    gateway.stdout!.on('data', read);
    gateway.stderr!.on('data', read);
    gateway.once('exit', (code) => reject(new Error(`gateway exited with ${code}:\n${output}`)));
  });
}, 60_000);

const running = () => gateway.exitCode === null && gateway.signalCode === null;
const stop = () => process.kill(-gateway.pid!, 'SIGTERM');

afterAll(async () => {
  if (running()) {
    stop();
    await once(gateway, 'exit');
  }
});

describe('npm start with nothing configured', () => {
  it('says in its log that chime-local runs embedded and where everything is', () => {
    expect(output).toMatch(
      /CHIME_ENDPOINT is unset: started chime-local embedded at http:\/\/127\.0\.0\.1:\d+/,
    );
    expect(output).toMatch(/healthz/);
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

  it('reports alive on /healthz and ready on /readyz', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });

  it('shuts down cleanly on SIGTERM', async () => {
    // 'close' waits for every process holding the output pipes, the gateway included.
    const closed = once(gateway, 'close');
    stop();
    await closed;
    // npm itself ends by the signal; the gateway's own log says it closed everything it opened.
    expect(output).toMatch(/SIGTERM: shutting down/);
    expect(output).toMatch(/stopped: HTTP server and embedded chime-local closed/);
  });
});
