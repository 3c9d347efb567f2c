// A minimal static file server for the browser tests: serves a built site the way a static host
// does (index.html for folders, 404.html for anything missing). Usage: node serve.ts <dir> <port>
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
};

/** Serves `dir` on 127.0.0.1:`port` (0 picks a free port); resolves once it listens. */
export function serve(dir: string, port: number): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = join(root, normalize(decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) path = join(root, '404.html');
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    const status = existsSync(path) ? 200 : 404;
    if (status === 404) path = join(root, '404.html');
    response.writeHead(status, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.main) {
  const [dirArg = 'dist', portArg = '4399'] = process.argv.slice(2);
  await serve(dirArg, Number(portArg));
  console.log(`Serving ${resolve(dirArg)} on http://127.0.0.1:${portArg}/`);
}
