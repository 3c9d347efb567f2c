import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Sent } from '../../scripts/lib/serve.ts';

const site = mkdtempSync(join(tmpdir(), 'assay-serve-'));
const page = `<!doctype html><title>Brief</title>${'<p>A brief about lithium.</p>'.repeat(50)}`;
const chunk = gzipSync('an index chunk Pagefind compressed itself');
let server: Server;
let origin: string;
const sent: Sent[] = [];

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  raw: Buffer;
}

/** A GET as Chromium sends it, offering Brotli and zstd besides gzip; the body as it came over the wire. */
function fetchRaw(path: string): Promise<Reply> {
  return new Promise((done, fail) => {
    get(`${origin}${path}`, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, raw: Buffer.concat(parts) }));
    }).on('error', fail);
  });
}

const text = (reply: Reply): string =>
  (reply.headers['content-encoding'] === 'gzip' ? gunzipSync(reply.raw) : reply.raw).toString();

beforeAll(async () => {
  mkdirSync(join(site, 'briefs/lithium'), { recursive: true });
  mkdirSync(join(site, 'pagefind/index'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(join(site, 'briefs/lithium/index.html'), page);
  writeFileSync(join(site, '404.html'), '<!doctype html><title>Page not found</title>');
  writeFileSync(join(site, 'pagefind/index/en_1.pf_index'), chunk);
  server = await serve({ dir: site, port: 0, base: '/assay/', onRequest: (s) => sent.push(s) });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  rmSync(site, { recursive: true, force: true });
});

describe('the static server', () => {
  it('serves a folder’s index.html under the base, gzipped (as the measurements assume) for a browser', async () => {
    const reply = await fetchRaw('/assay/briefs/lithium/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.raw.length).toBeLessThan(page.length / 5);
    expect(text(reply)).toBe(page);
  });

  it('answers a missing page under the base with the site’s 404 page and status 404', async () => {
    const reply = await fetchRaw('/assay/briefs/no-such-brief/');
    expect(reply.status).toBe(404);
    expect(text(reply)).toContain('Page not found');
  });

  it('serves nothing outside the base, not even the site’s own files at the root', async () => {
    for (const path of ['/', '/briefs/lithium/', '/index.html']) {
      const reply = await fetchRaw(path);
      expect(reply.status, path).toBe(404);
      expect(text(reply), path).not.toContain('<title>');
    }
  });

  it('sends the base without its slash on to the base', async () => {
    const reply = await fetchRaw('/assay');
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe('/assay/');
  });

  it('sends Pagefind’s index chunks as they are, since they are compressed already', async () => {
    const reply = await fetchRaw('/assay/pagefind/index/en_1.pf_index');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.raw).toEqual(chunk);
  });

  it('reports each request with the bytes it sent', async () => {
    sent.length = 0;
    const reply = await fetchRaw('/assay/briefs/lithium/?q=x');
    await new Promise((done) => setTimeout(done, 50));
    expect(sent).toEqual([{ path: '/assay/briefs/lithium/', status: 200, bytes: reply.raw.length }]);
  });
});
