import { defineConfig } from '@playwright/test';

// Separate checkouts on one machine can run their browser tests side by side on other ports.
const port = Number(process.env['ASSAY_TEST_PORT'] ?? 4399);
const siteDir = '.test-site';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      // scripts/test.ts finds (or installs) Chromium and passes it here.
      ...(process.env['CHROMIUM_PATH'] ? { executablePath: process.env['CHROMIUM_PATH'] } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  webServer: {
    // The demo site, built fresh by the real build command into its own folder.
    command: `node scripts/build.ts && node tests/e2e/serve.ts ${siteDir} ${port}`,
    env: { ASSAY_OUT_DIR: siteDir },
    url: `http://127.0.0.1:${port}/`,
    timeout: 300_000,
    reuseExistingServer: false,
  },
});
