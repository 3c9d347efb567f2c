// Starts the browser tests' comment server: Waline on 127.0.0.1:<port> with a fresh SQLite database
// in a temporary folder, every comment held for approval, no spam service, avatars or region look-up.
// Installs the server from the npm registry first if .ci/run has not (`npm ci` in this folder).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { WALINE_SQLITE_SCHEMA } from './schema.ts';

const here = import.meta.dirname;
const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port < 1)
  throw new Error(`start.ts: expected a port as its argument; found ${process.argv[2]}`);

if (!existsSync(join(here, 'node_modules/@waline/vercel'))) {
  console.log('Installing the comment server (Waline) for the browser tests; sqlite3 compiles, which takes minutes.');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'assay-comments-'));
const database = new DatabaseSync(join(dataDir, 'waline.sqlite'));
database.exec(WALINE_SQLITE_SCHEMA);
database.close();

// Waline asks its OAuth service (oauth.lithub.cc unless OAUTH_URL says otherwise) which social
// sign-ins exist, on every request, and answers 500 when it cannot. Readers here sign in with
// nothing, so a stub on the loopback says "none" and the server calls no third party.
const noSignIn = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end('{"services":[]}');
});
await new Promise<void>((resolve) => noSignIn.listen(0, '127.0.0.1', resolve));
const oauthUrl = `http://127.0.0.1:${String((noSignIn.address() as AddressInfo).port)}/`;

const started = performance.now();
const server = spawn(process.execPath, [join(here, 'serve.ts'), String(port)], {
  cwd: here,
  stdio: 'inherit',
  env: {
    ...process.env,
    SQLITE_PATH: dataDir,
    SQLITE_DB: 'waline',
    JWT_TOKEN: `assay-test-${String(process.pid)}-${String(Date.now())}`,
    OAUTH_URL: oauthUrl,
    COMMENT_AUDIT: 'true',
    AKISMET_KEY: 'false',
    AVATAR_PROXY: 'false',
    // An avatar address that renders empty: the client then draws no avatar at all.
    GRAVATAR_STR: '{{""}}',
    IPQPS: '0',
    DISABLE_REGION: 'true',
    DISABLE_USERAGENT: 'true',
  },
});

const stop = (): void => {
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
};
process.on('SIGTERM', () => {
  stop();
  process.exit(0);
});
process.on('SIGINT', () => {
  stop();
  process.exit(0);
});
server.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 1);
});

// Says once how long the server took to answer, the start time docs/deploying.md reports.
let answered = false;
const poll = setInterval(() => {
  fetch(`http://127.0.0.1:${String(port)}/api/comment?type=count&url=/`)
    .then((response) => {
      if (!response.ok || answered) return;
      answered = true;
      clearInterval(poll);
      console.log(
        `Comment server answered on 127.0.0.1:${String(port)} after ${String(Math.round(performance.now() - started))} ms`,
      );
    })
    .catch(() => undefined);
}, 100);
