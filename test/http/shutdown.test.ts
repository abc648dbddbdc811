import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Shutdown } from '../../src/http/shutdown.ts';
import { capturingLogger } from '../support/gateway.ts';
import { canConnect, until } from '../support/net.ts';

/** A listening server whose every request is answered when the test calls `answer()`. */
async function heldServer() {
  const held: (() => void)[] = [];
  const server = createServer();
  const { logger, entries } = capturingLogger('info');
  const shutdown = new Shutdown(server, logger, { drainMs: 300, closeMs: 100 });
  server.on('request', (_, response) => held.push(() => response.end('done')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  servers.push(server);
  return {
    shutdown,
    entries,
    port,
    url: `http://127.0.0.1:${port}/`,
    held: () => held.length,
    answer: () => {
      for (const reply of held.splice(0)) reply();
    },
  };
}

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.closeAllConnections();
});

describe('Shutdown', () => {
  it('stops accepting at once, lets the request in flight finish, then closes last opened first', async () => {
    const { shutdown, entries, port, url, held, answer } = await heldServer();
    const order: string[] = [];
    shutdown.onClose('upstream', () => order.push('upstream'));
    shutdown.onClose('metrics server', async () => order.push('metrics server'));
    const inFlight = fetch(url).then((response) => response.text());
    await until(() => held() === 1);

    const done = shutdown.run();
    expect(await canConnect('127.0.0.1', port)).toBe(false);
    expect(order).toEqual([]);
    answer();
    expect(await inFlight).toBe('done');
    await done;
    expect(order).toEqual(['metrics server', 'upstream']);
    expect(entries.at(-1)).toMatchObject({
      level: 30,
      msg: 'stopped: HTTP server, metrics server and upstream closed',
    });
    // Every later call is the same shutdown.
    await shutdown.run();
    expect(order).toHaveLength(2);
  });

  it('cuts a request that outlives the drain bound, and still closes everything', async () => {
    const { shutdown, entries, url, held } = await heldServer();
    const order: string[] = [];
    shutdown.onClose('redis', () => order.push('redis'));
    const inFlight = fetch(url);
    await until(() => held() === 1);

    await shutdown.run();
    await expect(inFlight).rejects.toThrow();
    expect(order).toEqual(['redis']);
    expect(entries.map((entry) => entry.msg)).toEqual([
      '1 request(s) still in flight after 300 ms: cutting their connections',
      'stopped: HTTP server and redis closed',
    ]);
  });

  it('logs a resource that fails or hangs, and goes on closing the others', async () => {
    const { shutdown, entries } = await heldServer();
    const order: string[] = [];
    shutdown.onClose('tracing exporter', () => order.push('tracing exporter'));
    shutdown.onClose('redis', () => new Promise(() => {}));
    shutdown.onClose('metrics server', () => {
      throw new Error('already closed');
    });

    await shutdown.run();
    expect(order).toEqual(['tracing exporter']);
    expect(entries).toEqual([
      expect.objectContaining({
        level: 50,
        msg: 'closing metrics server failed',
        err: expect.objectContaining({ message: 'already closed' }),
      }),
      expect.objectContaining({ level: 40, msg: 'redis did not close within 100 ms: left behind' }),
      expect.objectContaining({ level: 30, msg: 'stopped: HTTP server and tracing exporter closed' }),
    ]);
  });
});
