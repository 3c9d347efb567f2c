// `npm run lighthouse [-- <dist>] [--runs N]`: Lighthouse's mobile audit (its default: a mid-range
// phone on a slow 4G link, simulated) of the home page, a brief, the archive, /insights/ and
// /search/?q=rare, served compressed from a built site by scripts/lib/serve.ts. Each page is
// audited N times (default 3) and the run with the median score is printed: on a shared machine one
// run's blocking time swings with the load. docs/performance.md records the latest figures.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { findChromium } from './lib/findChromium.ts';
import { serve } from './lib/serve.ts';
import { formatTable } from './lib/table.ts';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const dist = args[0] ?? 'dist';
const PAGES: Record<string, string> = {
  home: '/',
  brief: '/briefs/kachin-rare-earths-realpolitik/',
  archive: '/briefs/',
  insights: '/insights/',
  'search ?q=rare': '/search/?q=rare',
};

if (!existsSync(dist)) throw new Error(`${dist} does not exist: run npm run build first.`);
const server = await serve({ dir: dist, port: 0 });
const { port } = server.address() as AddressInfo;
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const rows: string[][] = [];
try {
  for (const [name, path] of Object.entries(PAGES)) {
    const reports: Result[] = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
        port: chrome.port,
        onlyCategories: ['performance'],
        logLevel: 'error',
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      reports.push(result.lhr);
    }
    const score = (lhr: Result): number => lhr.categories['performance']?.score ?? 0;
    const median = reports.sort((a, b) => score(a) - score(b))[Math.floor(reports.length / 2)]!;
    const { categories, audits } = median;
    const value = (id: string): string => audits[id]?.displayValue ?? '–';
    rows.push([
      name,
      `${(categories['performance']?.score ?? 0).toFixed(2)} (${reports.map((r) => score(r).toFixed(2)).join(', ')})`,
      (audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3),
      value('first-contentful-paint'),
      value('largest-contentful-paint'),
      value('total-blocking-time'),
    ]);
  }
} finally {
  chrome.kill();
  server.close();
}

const header = ['page', 'performance, median (all runs)', 'layout shift', 'first paint', 'largest paint', 'blocking'];
console.log(formatTable(header, rows));
