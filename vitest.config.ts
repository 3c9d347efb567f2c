import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    globalSetup: ['tests/build/globalSetup.ts'],
    // Build tests run real Astro builds and `astro dev`, which share the project's .astro/ folder,
    // so test files run one after another.
    fileParallelism: false,
    // Build tests run real Astro builds; give them room on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    env: { TZ: 'Pacific/Kiritimati' },
  },
});
