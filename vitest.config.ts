import { defineConfig } from 'vitest/config';

// Two projects: `npm run test:unit` runs the fast unit tests alone, `npm run test:build` the build
// tests, and `vitest run` (part of `npm test`) both, the unit tests first.
export default defineConfig({
  test: {
    // UTC+14: a date handled in local time instead of UTC shows up as the wrong day.
    env: { TZ: 'Pacific/Kiritimati' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Worker threads start faster than the default child processes: measured 9-11 s against
          // 17-23 s for the unit tests on 2 cores. No unit test changes the working folder or env.
          pool: 'threads',
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Builds the fixture and demo sites once, for every build test file.
          globalSetup: ['tests/build/globalSetup.ts'],
          // Build tests run real Astro builds and `astro dev`, which share the project's .astro/
          // folder, so their files run one after another, after the unit tests.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          // Real Astro builds need room on a 2-core machine.
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
