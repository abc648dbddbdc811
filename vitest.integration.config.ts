import { configDefaults, defineConfig } from 'vitest/config';
import unit from './vitest.config.ts';

/** `npm run test:integration`: the suites that need outside programs: Chromium and redis-server, from the system. */
export default defineConfig({
  ...unit,
  test: {
    ...unit.test,
    include: ['test/integration/**/*.test.ts'],
    exclude: configDefaults.exclude,
  },
});
