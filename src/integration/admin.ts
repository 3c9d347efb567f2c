/**
 * The editor's files beside its page (src/routes/admin.astro): Decap's bundle copied from
 * node_modules into `admin/decap/` at build time, served from there by `astro dev` too, and in
 * `astro dev` only, decap-server's file-system API on the dev server itself, so the editor reads
 * and writes the working copy. Nothing here runs for readers' pages.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createReadStream, existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported with the integration: in an installed site Astro loads Assay through Vite's module
// runner, which is closed by the time astro:build:done runs, so a dynamic import there fails.
import { build as viteBuild } from 'vite';

const require = createRequire(import.meta.url);

/** The folder of Decap's prebuilt bundle in node_modules. */
function decapDist(): string {
  return join(dirname(require.resolve('decap-cms/package.json')), 'dist');
}

/** Decap's entry, its lazy chunks, their WebAssembly and licence; not the source maps or the second copy (`cms.js`). */
const isDecapFile = (name: string): boolean => /^(\d+\.)?decap-cms\.js(\.LICENSE\.txt)?$|\.wasm$/.test(name);

/** Copies Decap's bundle into `<outDir>/admin/decap/`; returns how many files. */
export async function copyDecap(outDir: string): Promise<number> {
  const from = decapDist();
  const to = join(outDir, 'admin', 'decap');
  await mkdir(to, { recursive: true });
  const files = (await readdir(from)).filter(isDecapFile);
  await Promise.all(files.map((file) => copyFile(join(from, file), join(to, file))));
  return files.length;
}

/** Where `astro dev` answers the editor's local backend, under the site's base (paths there never clash with a page's). */
export const ADMIN_API = '_admin-api';

/** The editor's own script (src/client/admin/main.ts), which `astro dev` serves from the source. */
export const ADMIN_SCRIPT = fileURLToPath(new URL('../client/admin/main.ts', import.meta.url));

/**
 * Bundles the editor's script into `<outDir>/admin/assay-admin.js`, in a build of its own: bundled
 * with the pages' scripts, it would share chunks with them (the check's date and search-key
 * modules), and readers' pages would load a chunk more for the editor's sake.
 */
export async function buildAdminScript(outDir: string): Promise<void> {
  await viteBuild({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: join(outDir, 'admin'),
      emptyOutDir: false,
      copyPublicDir: false,
      lib: { entry: ADMIN_SCRIPT, formats: ['es'], fileName: () => 'assay-admin.js' },
    },
  });
}

type Next = (error?: unknown) => void;
type Handler = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

/** Serves Decap's bundle under `<base>admin/decap/` in `astro dev`. */
export function serveDecap(): Handler {
  const from = decapDist();
  return (req, res, next) => {
    const name = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
    if (!isDecapFile(name) || !existsSync(join(from, name))) return next();
    res.setHeader('content-type', name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8');
    createReadStream(join(from, name)).pipe(res);
  };
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Whether a request to the local backend comes from the preview's own pages: addressed to a
 * loopback name (a page of another site cannot reach it through a name of its own pointed at
 * 127.0.0.1) and, when the browser says where it comes from, from the preview's own origin (a page
 * of another site open in the editor's browser cannot write the working copy).
 */
function fromThisPreview(host: string | undefined, origin: string | undefined): boolean {
  const name = (host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  if (!['localhost', '127.0.0.1', '::1'].includes(name)) return false;
  return origin === undefined || origin === `http://${host}`;
}

/**
 * decap-server's file-system API for the working copy in `root`, answering only this machine: an
 * `astro dev --host` shares the preview on the network, never write access to the files.
 */
export async function localBackend(root: string): Promise<Handler> {
  // Loaded from decap-server's own dependencies: the express it is written for.
  const fromServer = createRequire(require.resolve('decap-server/package.json'));
  const express = fromServer('express') as () => Handler;
  const { registerLocalFs } = fromServer('decap-server/dist/middlewares.js') as {
    registerLocalFs: (app: Handler, options: { logLevel: string }) => Promise<void>;
  };
  const app = express();
  // decap-server takes the folder from this variable, read as it registers; it is put back at once.
  const before = process.env['GIT_REPO_DIRECTORY'];
  process.env['GIT_REPO_DIRECTORY'] = root;
  const registered = registerLocalFs(app, { logLevel: 'warn' });
  if (before === undefined) delete process.env['GIT_REPO_DIRECTORY'];
  else process.env['GIT_REPO_DIRECTORY'] = before;
  await registered;
  return (req, res, next) => {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '') || !fromThisPreview(req.headers.host, req.headers.origin)) {
      res.statusCode = 403;
      res.end('The editor saves only from this machine.');
      return;
    }
    app(req, res, next);
  };
}
