import { defineConfig } from '@playwright/test';
import { env } from './src/env.ts';

// Separate checkouts on one machine can run their browser tests side by side on other ports.
const port = env.testPort ?? 4399;
const siteDir = '.test-site';
// The fixture site (tests/fixtures/site) holds what the demo content must not, such as a brief
// quoting markup; tests named *.fixture.spec.ts run against it, on the next port.
const fixturePort = port + 1;
const fixtureDir = '.test-fixture-site';
// A sub-path deploy (tests named *.subpath.spec.ts): demo and generated briefs built with a base
// path and served under it only, on the port after that.
const subpathPort = port + 2;
// The comment server (Waline, fresh SQLite database) the fixture site's briefs talk to; the demo
// site has comments off.
const commentsPort = port + 3;
const subpathContent = '.test-subpath-content';
const subpathDir = '.test-subpath-site';
// The editor at /admin/ (tests named *.admin.spec.ts): `assay dev` on a copy of the fixture content,
// which the tests save into, on the port after the comment server's.
const adminPort = port + 4;

const browserOptions = {
  browserName: 'chromium' as const,
  launchOptions: {
    // scripts/test.ts finds (or installs) Chromium and passes it here.
    ...(env.chromiumPath ? { executablePath: env.chromiumPath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  },
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  projects: [
    {
      name: 'demo',
      testIgnore: /\.(fixture|subpath|admin)\.spec\.ts$/,
      use: { ...browserOptions, baseURL: `http://127.0.0.1:${port}` },
    },
    {
      name: 'fixture',
      testMatch: /\.fixture\.spec\.ts$/,
      use: { ...browserOptions, baseURL: `http://127.0.0.1:${fixturePort}` },
    },
    {
      name: 'subpath',
      testMatch: /\.subpath\.spec\.ts$/,
      use: { ...browserOptions, baseURL: `http://127.0.0.1:${subpathPort}` },
    },
    {
      name: 'admin',
      testMatch: /\.admin\.spec\.ts$/,
      use: { ...browserOptions, baseURL: `http://127.0.0.1:${adminPort}` },
    },
  ],
  webServer: [
    {
      // The demo site, built fresh by the real build command into its own folder.
      command: `node bin/assay.mjs build && node scripts/lib/serve.ts ${siteDir} ${port}`,
      env: { ASSAY_OUT_DIR: siteDir },
      url: `http://127.0.0.1:${port}/`,
      timeout: 300_000,
      reuseExistingServer: false,
    },
    {
      command: `node bin/assay.mjs build && node scripts/lib/serve.ts ${fixtureDir} ${fixturePort}`,
      env: {
        ASSAY_CONTENT_DIR: 'tests/fixtures/site/content',
        ASSAY_OUT_DIR: fixtureDir,
        ASSAY_NOW: '2026-06-01T12:00:00Z',
        ASSAY_COMMENTS_SERVER: `http://127.0.0.1:${commentsPort}`,
      },
      url: `http://127.0.0.1:${fixturePort}/`,
      timeout: 300_000,
      reuseExistingServer: false,
    },
    {
      command: `node tests/e2e/subpathContent.ts ${subpathContent} && node bin/assay.mjs build && node scripts/lib/serve.ts ${subpathDir} ${subpathPort} --base /assay/`,
      env: {
        ASSAY_BASE: '/assay/',
        ASSAY_CONTENT_DIR: subpathContent,
        ASSAY_OUT_DIR: subpathDir,
        // After every generated brief's date, so all of them are published.
        ASSAY_NOW: '2026-06-01T12:00:00Z',
      },
      url: `http://127.0.0.1:${subpathPort}/assay/`,
      timeout: 300_000,
      reuseExistingServer: false,
    },
    {
      command: `node tests/e2e/adminContent.ts && node bin/assay.mjs dev --host 127.0.0.1 --port ${adminPort}`,
      env: { ASSAY_CONTENT_DIR: '.test-admin-content', ASSAY_NOW: '2026-06-01T12:00:00Z' },
      url: `http://127.0.0.1:${adminPort}/admin/`,
      timeout: 300_000,
      reuseExistingServer: false,
    },
    {
      command: `node tests/comment-server/start.ts ${commentsPort}`,
      url: `http://127.0.0.1:${commentsPort}/api/comment?type=count&url=/`,
      // A first run installs the server (sqlite3 compiles from source).
      timeout: 600_000,
      reuseExistingServer: false,
    },
  ],
});
