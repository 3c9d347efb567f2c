// Finds a Chromium for the browser tests, installing one where it can:
// CHROMIUM_PATH, then the system's Chromium, then Playwright's own; else Playwright's download
// (where the network allows), else Debian's package when running as root; else it stops and says
// exactly what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { env } from '../../src/env.ts';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function found(): string | undefined {
  const fromEnv = env.chromiumPath;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const candidates = [...SYSTEM_PATHS, chromium.executablePath()];
  return candidates.find((path) => existsSync(path));
}

function run(command: string, args: string[]): boolean {
  console.error(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', timeout: 15 * 60_000 }).status === 0;
}

/** The path of a usable Chromium, installing one if needed and possible. */
export function findChromium(): string {
  const existing = found();
  if (existing) return existing;
  console.error('No Chromium found; trying Playwright’s download.');
  if (run(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'])) {
    const downloaded = found();
    if (downloaded) return downloaded;
  }
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.error('Trying Debian’s chromium package.');
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])) {
      const installed = found();
      if (installed) return installed;
    }
  }
  throw new Error(
    'The browser tests need Chromium and none could be found or installed.\n' +
      'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or `npx playwright install chromium`,\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}

if (import.meta.main) console.log(findChromium());
