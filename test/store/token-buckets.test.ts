import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { connectRedis } from '../../src/redis.ts';
import { createMemoryTokenBuckets, createRedisTokenBuckets } from '../../src/store/token-buckets.ts';
import { capturingLogger } from '../support/gateway.ts';

describe('createMemoryTokenBuckets', () => {
  const shape = { ratePerSecond: 1, capacity: 5 };

  it('keeps at most maxKeys buckets, dropping the least recently used', async () => {
    const buckets = createMemoryTokenBuckets({ maxKeys: 2, now: () => 0 });
    expect(await buckets.take('a', 5, shape)).toEqual({ taken: true, waitMs: 0 });
    expect(await buckets.take('b', 5, shape)).toEqual({ taken: true, waitMs: 0 });
    expect(await buckets.take('a', 1, shape)).toEqual({ taken: false, available: 0, waitMs: 1000 });
    // `c` makes room by dropping `b`, which was used longest ago; `a` stays empty.
    expect(await buckets.take('c', 1, shape)).toEqual({ taken: true, waitMs: 0 });
    expect(await buckets.take('a', 1, shape)).toMatchObject({ taken: false });
    expect(await buckets.take('b', 5, shape)).toEqual({ taken: true, waitMs: 0 });
  });

  it('never holds more than its capacity, however long it waited', async () => {
    let clock = 0;
    const buckets = createMemoryTokenBuckets({ now: () => clock });
    expect(await buckets.take('a', 5, shape)).toEqual({ taken: true, waitMs: 0 });
    clock += 60_000;
    expect(await buckets.take('a', 6, shape)).toEqual({ taken: false, available: 5, waitMs: 1000 });
    await buckets.give('a', 3, shape);
    expect(await buckets.take('a', 6, shape)).toMatchObject({ available: 5 });
  });

  it('promises tokens ahead within maxWaitMs, one interval after another, and refuses beyond it', async () => {
    let clock = 0;
    const buckets = createMemoryTokenBuckets({ now: () => clock });
    const paced = { ratePerSecond: 10, capacity: 1 };
    expect(await buckets.take('k', 1, paced, 250)).toEqual({ taken: true, waitMs: 0 });
    expect(await buckets.take('k', 1, paced, 250)).toEqual({ taken: true, waitMs: 100 });
    expect(await buckets.take('k', 1, paced, 250)).toEqual({ taken: true, waitMs: 200 });
    // The next would wait 300 ms: refused, and nothing is taken for it.
    expect(await buckets.take('k', 1, paced, 250)).toEqual({ taken: false, available: -2, waitMs: 300 });
    clock += 100;
    expect(await buckets.take('k', 1, paced, 250)).toEqual({ taken: true, waitMs: 200 });
    // A promise given back (its waiter went away) shortens the wait of the next.
    await buckets.give('k', 1, paced);
    expect(await buckets.take('k', 1, paced, 250)).toEqual({ taken: true, waitMs: 200 });
  });
});

describe('createRedisTokenBuckets without Redis', () => {
  it('answers from this process at once, and says so at warn without the URL', async () => {
    const { logger, entries } = capturingLogger('info');
    // Nothing listens on port 1: the connection never becomes ready.
    const redis = connectRedis('redis://gateway:hunter2@127.0.0.1:1', logger);
    try {
      const fallback = createMemoryTokenBuckets({ now: () => 0 });
      const buckets = createRedisTokenBuckets(redis, { prefix: 'test:', logger, fallback });
      const shape = { ratePerSecond: 1, capacity: 2 };
      expect(await buckets.take('a', 2, shape)).toEqual({ taken: true, waitMs: 0 });
      expect(await buckets.take('a', 1, shape)).toEqual({ taken: false, available: 0, waitMs: 1000 });
      expect(entries).toContainEqual(
        expect.objectContaining({
          level: 40,
          buckets: 'test:',
          msg: 'redis unavailable: token buckets are kept in this process until it is back',
        }),
      );
      expect(JSON.stringify(entries)).not.toMatch(/hunter2|127\.0\.0\.1/);
    } finally {
      redis.disconnect();
    }
  });
});

describe('createRedisTokenBuckets with a Redis that stops answering', () => {
  it('answers from this process once the wait for Redis runs out', async () => {
    // A Redis that passes the connection's handshake and ready check, then answers nothing else.
    const server = createServer((socket) =>
      socket.on('data', (data) => {
        for (const [, command] of data.toString().matchAll(/\*\d+\r\n\$\d+\r\n(\w+)/g)) {
          const name = command!.toLowerCase();
          if (name === 'hello') socket.write('%1\r\n$5\r\nproto\r\n:3\r\n');
          else if (name === 'client') socket.write('+OK\r\n');
          else if (name === 'info') socket.write('$9\r\nloading:0\r\n');
        }
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { logger, entries } = capturingLogger('info');
    const redis = connectRedis(`redis://127.0.0.1:${(server.address() as { port: number }).port}`, logger);
    try {
      await new Promise((resolve) => redis.once('ready', resolve));
      const fallback = createMemoryTokenBuckets({ now: () => 0 });
      const buckets = createRedisTokenBuckets(redis, { prefix: 'test:', logger, fallback, timeoutMs: 50 });
      const shape = { ratePerSecond: 1, capacity: 1 };
      expect(await buckets.take('a', 1, shape)).toEqual({ taken: true, waitMs: 0 });
      expect(await fallback.take('a', 1, shape)).toMatchObject({ taken: false });
      expect(entries).toContainEqual(expect.objectContaining({ level: 40, code: 'ETIMEDOUT' }));
    } finally {
      redis.disconnect();
      server.close();
    }
  });
});
