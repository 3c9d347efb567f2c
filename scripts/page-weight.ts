// `npm run page-weight [-- <dist>]`: what a reader downloads on load, per template. Serves a built
// site, opens one page of each template in Chromium and prints HTML, CSS and JavaScript bytes
// (raw and gzip), font bytes (woff2 is compressed already, so counted as sent) and the number of
// requests.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { env } from '../src/env.ts';
import { findChromium } from './lib/findChromium.ts';
import { serve } from './lib/serve.ts';
import { formatTable } from './lib/table.ts';

const dist = process.argv[2] ?? 'dist';
const port = env.weightPort ?? 4466;
const TEMPLATES: Record<string, string> = {
  home: '/',
  archive: '/briefs/',
  'brief (no data charts)': '/briefs/cobalt-artisanal-output-lualaba/',
  'brief (data charts)': '/briefs/kachin-rare-earths-realpolitik/',
  'brief (MDX, inline chart)': '/briefs/graphite-anode-gap/',
  topic: '/topics/rare-earths/',
  publisher: '/publishers/stimson-center/',
  methodology: '/methodology/',
  insights: '/insights/',
  search: '/search/',
  'not found (404)': '/no-such-page/',
};

if (!existsSync(dist)) throw new Error(`${dist} does not exist: run npm run build first.`);
const server = await serve({ dir: dist, port });
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
const kindOf = (type: string): Kind =>
  type.includes('html')
    ? 'html'
    : type.includes('css')
      ? 'css'
      : type.includes('javascript')
        ? 'js'
        : type.includes('font')
          ? 'font'
          : 'other';
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const rows: string[][] = [];
try {
  for (const [name, path] of Object.entries(TEMPLATES)) {
    const page = await browser.newPage();
    const sizes: Record<Kind, { raw: number; gzip: number }> = {
      html: { raw: 0, gzip: 0 },
      css: { raw: 0, gzip: 0 },
      js: { raw: 0, gzip: 0 },
      font: { raw: 0, gzip: 0 },
      other: { raw: 0, gzip: 0 },
    };
    const pending: Promise<void>[] = [];
    let requests = 0;
    page.on('response', (response) => {
      requests++;
      pending.push(
        response.body().then(
          (body) => {
            const size = sizes[kindOf(response.headers()['content-type'] ?? '')];
            size.raw += body.length;
            size.gzip += gzipSync(body).length;
          },
          () => undefined,
        ),
      );
    });
    const response = await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    if (response?.status() === 404 && path !== '/no-such-page/') {
      await page.close();
      continue;
    }
    rows.push([
      name,
      `${kb(sizes.html.raw)} / ${kb(sizes.html.gzip)}`,
      `${kb(sizes.css.raw)} / ${kb(sizes.css.gzip)}`,
      `${kb(sizes.js.raw)} / ${kb(sizes.js.gzip)}`,
      `${kb(sizes.html.gzip + sizes.css.gzip)}`,
      kb(sizes.font.raw),
      String(requests),
    ]);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const header = [
  'template',
  'HTML KB raw / gzip',
  'CSS KB raw / gzip',
  'JS KB raw / gzip',
  'HTML+CSS gzip KB',
  'fonts KB',
  'requests',
];
console.log(formatTable(header, rows));
console.log(
  '\nJS counted on load only: chart code is fetched when a chart nears the viewport, search code when search opens.',
);
