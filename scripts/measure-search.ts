// Measures what search costs a reader at scale: generates N briefs, builds them with the real build
// command, serves the site compressed as a static host would, and records in Chromium the bytes
// sent for the first query and for a later, different one. Prints the figures; it is a
// measurement, not a test, and has no pass mark.
//
//   node scripts/measure-search.ts [--count 1000] [--reuse] [--verbose] [--port 4425] [--first lithium] [--later cobalt] [--work .bench]
//
// --work names the folder for the generated content and site, so a measurement can run beside a
// benchmark, which uses .bench/content-N too.
// --reuse keeps an earlier generated site in .bench/ instead of rebuilding it; --verbose lists
// every response.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from './lib/findChromium.ts';
import { generateBriefs } from './lib/generateBriefs.ts';
import { serve, type Sent } from './lib/serve.ts';
import { formatTable } from './lib/table.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    port: { type: 'string', default: '4425' },
    first: { type: 'string', default: 'lithium' },
    later: { type: 'string', default: 'cobalt' },
    reuse: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    work: { type: 'string', default: '.bench' },
  },
});
const count = Number(values.count);
const root = process.cwd();
const contentDir = `${values.work}/content-${count}`;
const siteDir = resolve(root, `${values.work}/site-${count}`);
// A fixed clock after every generated brief's date, so all of them are published.
const now = '2026-06-01T12:00:00Z';

// 1. Content and build.
let buildSeconds: number | undefined;
if (!values.reuse || !existsSync(join(siteDir, 'pagefind'))) {
  const generated = generateBriefs({ count, out: contentDir });
  console.log(
    `Generated ${generated.briefs} briefs (${generated.mdx} MDX, ${generated.withCharts} with charts) in ${contentDir}`,
  );
  const started = performance.now();
  const build = spawnSync(process.execPath, ['bin/assay.mjs', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASSAY_CONTENT_DIR: contentDir, ASSAY_OUT_DIR: siteDir, ASSAY_NOW: now, NO_COLOR: '1' },
  });
  buildSeconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
  console.log(build.stdout.split('\n').find((line) => line.startsWith('Search index:')) ?? '');
}

// 2. Index size on disk.
function filesUnder(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(dir, path), bytes: statSync(path).size };
    });
}
const indexFiles = filesUnder(join(siteDir, 'pagefind'));
const sum = (list: { bytes: number }[]): number => list.reduce((total, file) => total + file.bytes, 0);
const group = (prefix: string): { path: string; bytes: number }[] =>
  indexFiles.filter((file) => file.path.startsWith(prefix));

// 3. The static server, compressing text as hosts do (Pagefind's index files are compressed
// already), counting the bytes of every response body it sends.
const sent: Sent[] = [];
const server = await serve({
  dir: siteDir,
  port: Number(values.port),
  cacheAssets: true,
  onRequest: (response) => sent.push(response),
});
const base = `http://127.0.0.1:${values.port}`;

/** Waits until no request has started or grown for a while: the query is fully answered. */
async function settle(): Promise<void> {
  let last = -1;
  for (;;) {
    const now = sent.length * 1e9 + sum(sent);
    if (now === last) return;
    last = now;
    await new Promise((done) => setTimeout(done, 600));
  }
}

interface Step {
  label: string;
  requests: Sent[];
}
const since = (mark: number): Sent[] => sent.slice(mark);

async function typeQuery(page: Page, status: string, query: string): Promise<void> {
  // Typed at a brisk human pace, so the results-as-you-type searches along the way count too.
  await page.keyboard.type(query, { delay: 120 });
  await page
    .locator(status)
    .filter({ hasText: `for “${query}”` })
    .waitFor();
  await settle();
}

// 4. Chromium: the dialog on a brief page, then the full search page.
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const steps: Step[] = [];
try {
  const dialogPage = await (await browser.newContext()).newPage();
  await dialogPage.goto(`${base}/briefs/generated-00001/`);
  await settle();
  let mark = sent.length;
  await dialogPage.keyboard.press('/');
  await typeQuery(dialogPage, 'dialog [role="status"]', values.first);
  steps.push({ label: `dialog, first query "${values.first}" (opens search)`, requests: since(mark) });
  mark = sent.length;
  await dialogPage.keyboard.press('Control+a');
  await typeQuery(dialogPage, 'dialog [role="status"]', values.later);
  steps.push({ label: `dialog, later query "${values.later}"`, requests: since(mark) });

  const searchPage = await (await browser.newContext()).newPage();
  mark = sent.length;
  await searchPage.goto(`${base}/search/`);
  // A reader takes a moment to start typing; by then the page has loaded Pagefind and its filters.
  await settle();
  steps.push({ label: '/search/ page without a query (the page, its assets, Pagefind)', requests: since(mark) });
  mark = sent.length;
  await searchPage.locator('input[name="q"]').focus();
  await typeQuery(searchPage, '[data-search-status]', values.first);
  steps.push({ label: `/search/ page, first query "${values.first}"`, requests: since(mark) });
  mark = sent.length;
  await searchPage.keyboard.press('Control+a');
  await typeQuery(searchPage, '[data-search-status]', values.later);
  steps.push({ label: `/search/ page, later query "${values.later}"`, requests: since(mark) });
} finally {
  await browser.close();
  server.close();
}

// 5. Report.
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const kind = (path: string): string =>
  path.startsWith('/pagefind/index/')
    ? 'index chunks'
    : path.startsWith('/pagefind/fragment/')
      ? 'result fragments'
      : path.startsWith('/pagefind/filter/')
        ? 'filters'
        : path.startsWith('/pagefind/')
          ? 'pagefind runtime and meta'
          : path.startsWith('/_astro/')
            ? 'site scripts and styles'
            : 'pages';
console.log(`\nSearch at ${count} briefs`);
if (buildSeconds !== undefined) console.log(`Build (check, Astro, Pagefind): ${buildSeconds.toFixed(1)} s`);
console.log(
  `Index on disk: ${kb(sum(indexFiles))} in ${indexFiles.length} files (index chunks ${kb(sum(group('index/')))} in ${group('index/').length}, fragments ${kb(sum(group('fragment/')))} in ${group('fragment/').length}, filters ${kb(sum(group('filter/')))})`,
);
for (const step of steps) {
  const parts = new Map<string, { bytes: number; files: number }>();
  for (const request of step.requests) {
    const part = parts.get(kind(request.path)) ?? { bytes: 0, files: 0 };
    part.bytes += request.bytes;
    part.files += 1;
    parts.set(kind(request.path), part);
  }
  console.log(`\n${step.label}: ${kb(sum(step.requests))} in ${step.requests.length} responses\n`);
  const rows = [...parts].map(([name, part]) => [name, kb(part.bytes), String(part.files)]);
  console.log(formatTable(['part', 'sent', 'responses'], rows, ['left', 'right', 'right']));
  if (values.verbose) for (const request of step.requests) console.log(`    ${request.path} ${request.bytes}`);
}

// 6. The three figures the performance targets name (issue #15), against their budgets.
const [dialogFirst, dialogLater, searchPageEmpty] = steps;
const targets: [string, Step | undefined, number][] = [
  ['first query from the header', dialogFirst, 120],
  ['a later query', dialogLater, 20],
  ['/search/ without a query', searchPageEmpty, 150],
];
console.log('');
console.log(
  formatTable(
    ['target', 'sent', 'budget', 'status'],
    targets.map(([name, step, budget]) => {
      const bytes = sum(step?.requests ?? []);
      return [name, kb(bytes), `${budget} KB`, bytes <= budget * 1024 ? 'met' : `over by ${kb(bytes - budget * 1024)}`];
    }),
    ['left', 'right', 'right', 'left'],
  ),
);
