import { startChimeLocal } from './server.ts';

/** `npm run emulator`: chime-local as a standalone program, configured from the environment. */
const seed = process.env.CHIME_LOCAL_SEED ?? 'demo';
if (seed !== 'demo' && seed !== 'none') {
  console.error(`CHIME_LOCAL_SEED must be demo or none, got ${JSON.stringify(seed)}`);
  process.exit(2);
}
const port = Number(process.env.CHIME_LOCAL_PORT ?? 4577);
const latencyMs = Number(process.env.CHIME_LOCAL_LATENCY_MS ?? 0);
for (const [name, value] of [
  ['CHIME_LOCAL_PORT', port],
  ['CHIME_LOCAL_LATENCY_MS', latencyMs],
] as const) {
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a whole number, got ${JSON.stringify(process.env[name])}`);
    process.exit(2);
  }
}
const local = await startChimeLocal({
  port,
  host: process.env.CHIME_LOCAL_HOST ?? '0.0.0.0',
  seed,
  latencyMs,
  credentials: [
    {
      accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? 'test',
      secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? 'test',
    },
  ],
});
console.log(`chime-local listening on ${local.url} (seed: ${seed}, latency: ${latencyMs} ms)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    local.close().then(() => process.exit(0));
  });
}
