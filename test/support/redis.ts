import { type ChildProcess, spawn } from 'node:child_process';
import { canConnect, freePort, until } from './net.ts';

/** A real `redis-server` (the Debian package) on a free port, for the integration suite. */
export interface RedisServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts `redis-server` on a free loopback port, without persistence; `close` stops it. */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const failed = new Promise<never>((_, reject) =>
    child.once('error', (error) =>
      reject(
        new Error(`redis-server could not start (is the redis-server package installed?): ${error.message}`),
      ),
    ),
  );
  await Promise.race([until(() => canConnect('127.0.0.1', port)), failed]);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
