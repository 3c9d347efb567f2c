// A minimal static file server for the browser tests: serves a built site the way a static host
// does (index.html for folders, 404.html for anything missing). Usage: node serve.ts <dir> <port>
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [dirArg = 'dist', portArg = '4399'] = process.argv.slice(2);
const root = resolve(dirArg);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
};

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path = join(root, normalize(decodeURIComponent(url.pathname)));
  if (!path.startsWith(root)) path = join(root, '404.html');
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  const status = existsSync(path) ? 200 : 404;
  if (status === 404) path = join(root, '404.html');
  response.writeHead(status, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
}).listen(Number(portArg), '127.0.0.1', () => console.log(`Serving ${root} on http://127.0.0.1:${portArg}/`));
