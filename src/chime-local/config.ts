/** chime-local's configuration as `npm run emulator` reads it from the environment (see README). */
export interface ChimeLocalConfig {
  port: number;
  /** Loopback unless set: its default key pair is well known. */
  host: string;
  seed: 'demo' | 'none';
  latencyMs: number;
  credentials: { accessKeyId: string; secretAccessKey: string }[];
}

/** Thrown when an environment variable is unusable; the message names it. */
export class ChimeLocalConfigError extends Error {
  override name = 'ChimeLocalConfigError';
}

/** Reads and checks `CHIME_LOCAL_*` and the key pair it accepts. */
export function loadChimeLocalConfig(env: NodeJS.ProcessEnv = process.env): ChimeLocalConfig {
  const seed = env.CHIME_LOCAL_SEED ?? 'demo';
  if (seed !== 'demo' && seed !== 'none')
    throw new ChimeLocalConfigError(`CHIME_LOCAL_SEED must be demo or none, got ${JSON.stringify(seed)}`);
  const port = Number(env.CHIME_LOCAL_PORT ?? 4577);
  const latencyMs = Number(env.CHIME_LOCAL_LATENCY_MS ?? 0);
  for (const [name, value] of [
    ['CHIME_LOCAL_PORT', port],
    ['CHIME_LOCAL_LATENCY_MS', latencyMs],
  ] as const) {
    if (!Number.isInteger(value) || value < 0)
      throw new ChimeLocalConfigError(`${name} must be a whole number, got ${JSON.stringify(env[name])}`);
  }
  return {
    port,
    host: env.CHIME_LOCAL_HOST || '127.0.0.1',
    seed,
    latencyMs,
    credentials: [
      {
        accessKeyId: env.AWS_ACCESS_KEY_ID ?? 'test',
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? 'test',
      },
    ],
  };
}
