// `npm test`: every test. Unit and build tests (Vitest), then browser tests (Playwright in
// Chromium) against the demo site built fresh into test-results/site.
import { spawnSync } from 'node:child_process';
import { findChromium } from './lib/findChromium.ts';

const step = (label: string, args: string[], env: NodeJS.ProcessEnv = process.env): void => {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed.`);
    process.exit(result.status ?? 1);
  }
};

step('Unit and build tests (Vitest)', ['node_modules/vitest/vitest.mjs', 'run']);
let chromiumPath: string;
try {
  chromiumPath = findChromium();
} catch (error) {
  console.error(`\n✗ ${(error as Error).message}`);
  process.exit(1);
}
step('Browser tests (Playwright, Chromium)', ['node_modules/@playwright/test/cli.js', 'test'], {
  ...process.env,
  CHROMIUM_PATH: chromiumPath,
});
console.log('\n✓ All tests passed.');
