import { DEMO_BEARER_ARN } from './chime-local/messaging/seed.ts';
import { startChimeLocal } from './chime-local/server.ts';

/** Static keys chime-local accepts by default. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

/**
 * The one place the gateway starts chime-local: in-process, on a free loopback port (its
 * key pair is well known, so it is never reachable from elsewhere), with its demo seed, for
 * `npm start` with no CHIME_ENDPOINT.
 */
export async function startEmbeddedChimeLocal(): Promise<{
  url: string;
  bearerArn: string;
  close(): Promise<void>;
}> {
  const local = await startChimeLocal({
    port: 0,
    host: '127.0.0.1',
    seed: 'demo',
    credentials: [LOCAL_CREDENTIALS],
  });
  return { url: local.url, bearerArn: DEMO_BEARER_ARN, close: () => local.close() };
}
