import { type ChimeLocalConfig, ChimeLocalConfigError, loadChimeLocalConfig } from './config.ts';
import { startChimeLocal } from './server.ts';

/** `npm run emulator`: chime-local as a standalone program, configured from the environment. */
let config: ChimeLocalConfig;
try {
  config = loadChimeLocalConfig();
} catch (error) {
  if (!(error instanceof ChimeLocalConfigError)) throw error;
  console.error(error.message);
  process.exit(2);
}
const local = await startChimeLocal(config);
console.log(`chime-local listening on ${local.url} (seed: ${config.seed}, latency: ${config.latencyMs} ms)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    local.close().then(() => process.exit(0));
  });
}
