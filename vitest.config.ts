import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Two tiers (docs/testing.md). `*.unit.test.ts`: no sockets, no processes, whole tier in seconds
// (`npm run test:unit`); its setup file makes any socket or process a failure. Every other `*.test.ts` is the
// integration tier. `npm test` runs both.
const unitTests = 'test/**/*.unit.test.ts';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds. Node, loading @apollo/server, takes the CJS one; Vite
    // would hand our sources the ESM one, and two graphql instances refuse each other's schema objects.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    exclude: ['test/bench/**', 'node_modules/**'],
    // The JSON file is how .ci/run prints its closing "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-results.json' },
    pool: 'forks',
    // A poll waits on state; its timeout is a safety net, so it is sized for a loaded machine (default: 1 s).
    expect: { poll: { timeout: 30_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [unitTests],
          setupFiles: ['test/support/unit-tier-guard.ts'],
          // Timeouts are safety nets, never bounds a loaded machine can break (docs/testing.md).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: [unitTests, 'test/bench/**', 'node_modules/**'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
