// The one static file server, for the browser tests and the measuring scripts. It serves a built
// site as a static host does: index.html for a folder, 404.html with status 404 for anything
// missing, text compressed on the fly (gzip), and, given a base path such as /assay/, the site
// under that path only, with everything outside it a 404, as GitHub Pages serves a project site.
//
//   node scripts/lib/serve.ts <dir> <port> [--base /assay/]
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import sirv from 'sirv';

/** One response as it went out. */
export interface Sent {
  /** The path asked for, base included. */
  path: string;
  status: number;
  /** Bytes of the body sent so far: compressed, where it was. */
  bytes: number;
}

export interface ServeOptions {
  /** The built site. */
  dir: string;
  /** 0 picks a free port. */
  port: number;
  /** The path the site is served under; `/` by default. */
  base?: string;
  /**
   * Let browsers keep everything but pages for an hour, as hosts do for assets. For measuring:
   * without it the browser asks for the favicon again on every URL change.
   */
  cacheAssets?: boolean;
  /**
   * Called as each request comes in, with its record: `bytes` grows as the body goes out and
   * `status` is set once it has (0 until then). For counting what a page costs a reader.
   */
  onRequest?: (sent: Sent) => void;
}

// Pagefind's own file types: its WebAssembly (a host compresses it like any wasm) and its index
// chunks, which are gzipped already and so are sent as they are.
const PAGEFIND_TYPES: Record<string, string> = {
  '.pagefind': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

// Gzip at level 9, as the figures in docs/performance.md were measured; files already compressed
// are not compressed again.
// compression is Connect middleware: its types name Express's request and response, which are
// Node's own with extras it does not use.
const gzip = compression({
  level: 9,
  threshold: 0,
  filter: (_req, res) => res.getHeader('content-type') !== 'application/octet-stream',
}) as unknown as Middleware;

/** Counts the bytes that reach the connection, under any compression added after it. */
function countBytes(res: ServerResponse, record: Sent): void {
  const add = (chunk: unknown): void => {
    if (typeof chunk === 'string') record.bytes += Buffer.byteLength(chunk);
    else if (chunk instanceof Uint8Array) record.bytes += chunk.length;
  };
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  res.write = ((...args: unknown[]) => {
    add(args[0]);
    return Reflect.apply(write, res, args) as boolean;
  }) as ServerResponse['write'];
  res.end = ((...args: unknown[]) => {
    if (typeof args[0] !== 'function') add(args[0]);
    return Reflect.apply(end, res, args) as ServerResponse;
  }) as ServerResponse['end'];
  res.on('finish', () => (record.status = res.statusCode));
}

/** Serves `options.dir` on 127.0.0.1; resolves once it listens. */
export function serve(options: ServeOptions): Promise<Server> {
  const root = resolve(options.dir);
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const files = sirv(root, {
    setHeaders: (res, pathname) => {
      const pagefindType = PAGEFIND_TYPES[extname(pathname)];
      if (pagefindType) res.setHeader('content-type', pagefindType);
      if (options.cacheAssets && !pathname.endsWith('/') && !pathname.endsWith('.html'))
        res.setHeader('cache-control', 'public, max-age=3600');
    },
  });
  const notFound = (res: ServerResponse, inside: boolean): void => {
    const page = join(root, '404.html');
    res.statusCode = 404;
    if (inside && existsSync(page)) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      createReadStream(page).pipe(res);
    } else {
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('Not found');
    }
  };

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (options.onRequest) {
      const record: Sent = { path: url.split('?')[0] ?? url, status: 0, bytes: 0 };
      options.onRequest(record);
      countBytes(res, record);
    }
    // Gzip only: compression would pick Brotli at its quality 4 for a browser that offers it, which
    // changes the measured bytes (pagefind.js grows by 0.6 KB), and gzip is what every host serves.
    const offered = req.headers['accept-encoding'];
    if (offered !== undefined) req.headers['accept-encoding'] = /\bgzip\b/.test(offered) ? 'gzip' : 'identity';
    gzip(req, res, () => {
      if (`${url.split('?')[0]}/` === base) {
        res.writeHead(301, { location: base }).end();
        return;
      }
      if (!url.startsWith(base)) {
        notFound(res, false);
        return;
      }
      // sirv serves the folder from its root, so the base comes off the path it sees.
      req.url = url.slice(base.length - 1);
      files(req, res, () => notFound(res, true));
    });
  });
  return new Promise((done) => server.listen(options.port, '127.0.0.1', () => done(server)));
}

if (import.meta.main) {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { base: { type: 'string', default: '/' } },
  });
  const [dir = 'dist', port = '4399'] = positionals;
  const server = await serve({ dir, port: Number(port), base: values.base });
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  console.log(`Serving ${resolve(dir)} on http://127.0.0.1:${listening}${values.base}`);
}
