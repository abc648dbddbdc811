import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // graphql ships CommonJS and ESM builds; Pothos and Yoga must share one instance with our code.
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: {
    include: ['test/**/*.test.ts'],
    // The browser suite needs Chromium: `npm run test:integration` (vitest.integration.config.ts).
    exclude: [...configDefaults.exclude, 'test/integration/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
