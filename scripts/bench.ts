// `npm run bench [-- --sizes 1000,5000,10000] [--workloads generated,copied]`: for each size and
// workload (N synthetic briefs, and N copies of the demo's published .md briefs), builds them in one
// run with a bare Astro project, with Pagefind over the bare project's pages, with a Starlight
// project (its built-in Pagefind) and last with Assay's full build (the demo's options without social
// cards, which the others do not draw; `--cards` measures them). Prints wall time, ms per brief,
// peak memory of the whole process tree, output size, search index size, time per Assay build stage,
// and the ratios Assay / (bare + Pagefind) and Assay / Starlight. Starlight is installed into .bench/
// from the npm registry on first use (`--no-starlight` skips it); it is not a project dependency.
// `--incremental` instead builds each size cold, then again with the cache: nothing changed, one
// brief published, one word fixed (see incrementalBuilds); with `--pages-cache`, with the demo's
// options and `incrementalBuild: true`.
// `--cards` measures the social cards instead (scripts/lib/cardsBench.ts): a cold build, then warm
// builds with cards and without, taking turns.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentCacheDir } from '../src/content/sources.ts';
import { copyDemoBriefs, copyOf, demoBriefs } from './lib/copyDemoBriefs.ts';
import { generateBriefs } from './lib/generateBriefs.ts';
import { pagefindBinary } from '../src/integration/searchIndex.ts';
import { writeStarlightContent, writeStarlightProject } from './lib/starlightBench.ts';
import { formatTable } from './lib/table.ts';
import { benchCards, CARDS_HEADER } from './lib/cardsBench.ts';

const ROOT = process.cwd();
const BENCH = join(ROOT, '.bench');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    seed: { type: 'string', default: '1' },
    'no-starlight': { type: 'boolean', default: false },
    cards: { type: 'boolean', default: false },
    workloads: { type: 'string', default: 'generated,copied' },
    incremental: { type: 'boolean', default: false },
    'pages-cache': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
const WORKLOADS = ['generated', 'copied'] as const;
type Workload = (typeof WORKLOADS)[number];
const workloads = values.workloads.split(',').map((name) => {
  const workload = WORKLOADS.find((known) => known === name.trim());
  if (!workload) throw new Error(`--workloads: expected ${WORKLOADS.join(' or ')}, found "${name}"`);
  return workload;
});

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

interface Run {
  wallMs: number;
  peakRss: number;
  output: string;
  status: number | null;
}

/** Runs a command (Node itself unless `command` names another), sampling the memory of its process tree every 100 ms. */
function measure(args: string[], cwd: string, env: NodeJS.ProcessEnv, command = process.execPath): Promise<Run> {
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakRss = 0;
    const timer = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 100);
    child.on('close', (status) => {
      clearInterval(timer);
      done({ wallMs: performance.now() - start, peakRss, output, status });
    });
  });
}

function folderSize(dir: string): { bytes: number; files: number } {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      bytes += statSync(join(entry.parentPath, entry.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

/** A minimal Astro project: one collection, one route rendering each brief's content, no layout. */
function writeBareProject(dir: string, contentDir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/briefs'), { recursive: true });
  mkdirSync(join(dir, 'src/components'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { briefs: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: ${JSON.stringify(join(contentDir, 'briefs'))} }) }) };\n`,
  );
  // The generated MDX briefs place <Chart id>; the bare site renders it as nothing.
  writeFileSync(join(dir, 'src/components/Chart.astro'), '---\n---\n');
  writeFileSync(
    join(dir, 'src/pages/briefs/[slug].astro'),
    // A minimal document around the content, so Pagefind has a page with a language to index.
    `---\nimport { getCollection, render } from 'astro:content';\nimport Chart from '../../components/Chart.astro';\nexport async function getStaticPaths() {\n  return (await getCollection('briefs')).map((brief) => ({ params: { slug: brief.id }, props: { brief } }));\n}\nconst { Content } = await render(Astro.props.brief);\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{Astro.props.brief.data.title}</title></head><body><main><Content components={{ Chart }} /></main></body></html>\n`,
  );
}

if (values.cards) {
  const cardRows: string[][] = [];
  for (const n of sizes) {
    const content = join(BENCH, `content-${n}`);
    generateBriefs({ count: n, out: content, seed: Number(values.seed) });
    cardRows.push(await benchCards(measure, ROOT, BENCH, content, n));
    console.error(formatTable(CARDS_HEADER, cardRows.slice(-1), 'right'));
  }
  console.log(`\nNode ${process.version}, ${resolve(BENCH)}, load ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
  console.log(formatTable(CARDS_HEADER, cardRows, 'right'));
  console.log(
    '\ncold: a build with no content or cards cache; warm: every card from the cache; no cards: the same site with `cards: false`.',
  );
  process.exit(0);
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
const s = (ms: number): string => (ms / 1000).toFixed(1);
const astroBin = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const starlightDir = join(BENCH, 'starlight');

/** The briefs of a workload at a size, written into `.bench/` (replacing an earlier run's). */
function writeWorkload(workload: Workload, n: number): string {
  const content = join(BENCH, `content-${workload}-${n}`);
  if (workload === 'generated') generateBriefs({ count: n, out: content, seed: Number(values.seed) });
  else copyDemoBriefs({ count: n, out: content });
  return content;
}

interface AssayRun extends Run {
  /** Stage marks of src/integration/buildTimings.ts and src/cli/build.ts, in milliseconds. */
  marks: Record<string, number>;
  /** Vite's bundling time, summed from Astro's log. */
  bundleMs: number;
  /** Pages Astro rendered, and pages it took from its incremental cache. */
  rendered: number;
  reused: number;
}

/** A site in .bench/ with the demo's options and `overrides` (written as JavaScript). */
function writeBenchSite(name: string, overrides: string): string {
  const dir = join(BENCH, name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import assay from '../../src/index.ts';
import { demoOptions } from '../../astro.config.mjs';
export default { integrations: [assay({ ...demoOptions, ${overrides} })] };
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { assayCollections } from '../../../src/content/collections.ts';
export const collections = assayCollections();
`,
  );
  return dir;
}

/**
 * `--pages-cache`: a site with the demo's options and `incrementalBuild: true`, so the incremental
 * runs measure Astro reusing unchanged pages.
 */
const writePagesCacheSite = (): string => writeBenchSite('site-pages-cache', 'incrementalBuild: true');

/**
 * The site the comparison builds: the demo's options without social cards. Neither bare Astro nor
 * Starlight draws cards, and a cold build (no content cache) would draw every card again: 175 s of
 * a 210 s build at 5,000 briefs. What cards cost, cold and cached, is `--cards`' to measure.
 */
const writeCompareSite = (): string => writeBenchSite('site-compare', 'cards: false');

/** `npm run build` of a content folder into `dist` in the site `root`, from a cold cache unless `warm`. */
async function assayBuild(content: string, dist: string, warm: boolean, root = ROOT): Promise<AssayRun> {
  const timingsFile = `${dist}.timings.json`;
  rmSync(timingsFile, { force: true });
  if (!warm) {
    // A cold build, like the bare project's: no content cache or earlier output.
    rmSync(contentCacheDir(root, content), { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  }
  const run = await measure([join(ROOT, 'bin/assay.mjs'), 'build'], root, {
    ASSAY_CONTENT_DIR: content,
    ASSAY_OUT_DIR: dist,
    ASSAY_LOG_LEVEL: 'info',
    ASSAY_TIMINGS_FILE: timingsFile,
  });
  if (run.status !== 0) throw new Error(`Assay build of ${content} failed:\n${run.output.slice(-4000)}`);
  const marks = JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>;
  return {
    ...run,
    marks,
    bundleMs: sumOf(run.output, /\[vite\] ✓ built in ([\d.]+)(ms|s)/g),
    rendered: [...run.output.matchAll(/\s\(\+[\d.]+m?s\)/g)].length,
    reused: [...run.output.matchAll(/\((?:cached|restored)\)/g)].length,
  };
}

/** Durations Astro logs, such as `(+12ms)` after a page or `built in 8.2s` after bundling, summed. */
function sumOf(output: string, pattern: RegExp): number {
  return [...output.matchAll(pattern)].reduce((sum, m) => sum + Number(m[1]) * (m[2] === 's' ? 1000 : 1), 0);
}

const compareHeader = [
  'workload',
  'briefs',
  'wall s',
  'ms/brief',
  'peak MB',
  'dist MB / files',
  'index MB',
  'check s',
  'sync s',
  'bundle s',
  'pages s',
  'feeds s',
  'after s',
  'search s',
  'bare s',
  'bare MB',
  'bare PF s',
  'bare PF MB',
  'Starlight s',
  'Starlight MB',
  'Assay/(bare+PF)',
  'Assay/Starlight',
];

/** One workload at one size: bare Astro, Pagefind over its pages, Starlight and Assay, one after the other. */
async function compareBuilds(workload: Workload, n: number): Promise<string[]> {
  console.error(`\n== ${workload}, ${n} briefs: writing…`);
  const content = writeWorkload(workload, n);

  console.error(`== ${workload}, ${n} briefs: building the bare Astro project…`);
  const bareDir = join(BENCH, 'bare');
  writeBareProject(bareDir, content);
  const bare = await measure([astroBin, 'build', '--silent'], bareDir, {});
  if (bare.status !== 0) throw new Error(`Bare build of ${n} briefs failed:\n${bare.output.slice(-4000)}`);

  console.error(`== ${workload}, ${n} briefs: Pagefind over the bare pages…`);
  const bareSearch = await measure(['--site', join(bareDir, 'dist'), '--quiet'], bareDir, {}, pagefindBinary());
  if (bareSearch.status !== 0) throw new Error(`Pagefind over the bare pages failed:\n${bareSearch.output}`);

  let starlight: Run | undefined;
  if (!values['no-starlight']) {
    console.error(`== ${workload}, ${n} briefs: building the Starlight project…`);
    writeStarlightContent(starlightDir, content);
    const starlightBin = join(starlightDir, 'node_modules/astro/bin/astro.mjs');
    starlight = await measure([starlightBin, 'build', '--silent'], starlightDir, {});
    if (starlight.status !== 0)
      throw new Error(`Starlight build of ${n} briefs failed:\n${starlight.output.slice(-4000)}`);
  }

  console.error(`== ${workload}, ${n} briefs: building with Assay…`);
  const dist = join(BENCH, `dist-${workload}-${n}`);
  const assay = await assayBuild(content, dist, false, writeCompareSite());
  const { marks, bundleMs } = assay;
  const renderMs = marks['pagesGenerated']! - marks['contentSynced']! - bundleMs;
  // Astro renders several pages at once, so per-page times overlap: feeds get their share of the
  // rendering time in proportion to the time Astro reports for feed routes.
  const feedMs =
    (renderMs * sumOf(assay.output, /(?:rss\.xml|feed\.json)\s+\(\+([\d.]+)(ms|s)\)/g)) /
    sumOf(assay.output, /\s\(\+([\d.]+)(ms|s)\)/g);
  const size = folderSize(dist);
  const index = folderSize(join(dist, 'pagefind'));

  return [
    workload,
    String(n),
    s(assay.wallMs),
    (assay.wallMs / n).toFixed(1),
    mb(assay.peakRss),
    `${mb(size.bytes)} / ${size.files}`,
    mb(index.bytes),
    s(marks['checkMs']!),
    s(marks['contentSynced']! - marks['configDone']!),
    s(bundleMs),
    s(renderMs - feedMs),
    s(feedMs),
    s(marks['done']! - marks['pagesGenerated']!),
    s(marks['searchMs']!),
    s(bare.wallMs),
    mb(bare.peakRss),
    s(bareSearch.wallMs),
    mb(bareSearch.peakRss),
    starlight ? s(starlight.wallMs) : '–',
    starlight ? mb(starlight.peakRss) : '–',
    (assay.wallMs / (bare.wallMs + bareSearch.wallMs)).toFixed(2),
    starlight ? (assay.wallMs / starlight.wallMs).toFixed(2) : '–',
  ];
}

const incrementalHeader = [
  'workload',
  'briefs',
  'build',
  'wall s',
  '/ cold',
  '/ cold, cards cached',
  'peak MB',
  'pages rendered / reused',
  'start s',
  'sync s',
  'bundle s',
  'render s',
  'after s',
  'exit s',
  'search s',
  'swap s',
  'floor s',
];

/** Removes a build's output and every cache it keeps but the social cards'. */
function clearAllButCards(root: string, content: string, dist: string): void {
  rmSync(dist, { recursive: true, force: true });
  const cache = contentCacheDir(root, content);
  if (!existsSync(cache)) return;
  for (const name of readdirSync(cache))
    if (name !== 'social-cards') rmSync(join(cache, name), { recursive: true, force: true });
}

/** A brief file of the workload, the same one every run: the middle one by name. */
function middleBrief(content: string): string {
  const folder = join(content, 'briefs');
  const names = readdirSync(folder)
    .filter((name) => /\.mdx?$/.test(name))
    .sort();
  return join(folder, names[Math.floor(names.length / 2)]!);
}

/** Adds one new brief dated today (a copy of a demo brief under its own title), as publishing one does. */
function publishOne(content: string): void {
  // Dated today, a copy must not carry entries dated before it (replies, corrections, rating changes).
  const brief = demoBriefs(join(ROOT, 'content')).find(
    (demo) => !/^(replies|corrections|ratingChanges):/m.test(demo.frontmatter),
  );
  if (!brief)
    throw new Error('content/briefs: expected a published .md brief without replies, corrections or rating changes');
  const today = new Date().toISOString().slice(0, 10);
  const text = copyOf(brief, 0, 'A newly published brief').replace(/^date: .*$/m, `date: ${today}`);
  writeFileSync(join(content, 'briefs', 'newly-published-brief.md'), text);
}

/** Changes one word of one brief's body, as fixing a typo does. */
function fixOneWord(content: string): void {
  const file = middleBrief(content);
  const text = readFileSync(file, 'utf8');
  const bodyStart = text.indexOf('\n---', 4) + 4;
  const body = text.slice(bodyStart);
  const word = /\b[a-z]{6,}\b/.exec(body);
  if (!word) throw new Error(`${file}: expected a word of six letters or more in the body, found none`);
  const fixed = body.slice(0, word.index) + word[0].toUpperCase() + body.slice(word.index + word[0].length);
  writeFileSync(file, text.slice(0, bodyStart) + fixed);
}

/**
 * `--incremental`: at one size, the cold build, then with the previous build's cache a rebuild
 * with nothing changed (its start, sync, bundle, card/sitemap and search steps are the floor that
 * skipping pages cannot go below), one brief published, one word fixed.
 */
async function incrementalBuilds(workload: Workload, n: number): Promise<string[][]> {
  console.error(`\n== ${workload}, ${n} briefs, incremental: writing…`);
  const content = writeWorkload(workload, n);
  const dist = join(BENCH, `dist-${workload}-${n}`);
  const rows: string[][] = [];
  const root = values['pages-cache'] ? writePagesCacheSite() : ROOT;
  let coldMs = 0;
  let cardsCachedMs = 0;
  const steps: [string, () => void][] = [
    ['cold', () => {}],
    // Cold again but for the social cards, as a site's first build after a deploy that kept only
    // the cards (or whose cards were all drawn before): every page, feed and index made anew.
    ['cold, cards cached', () => clearAllButCards(root, content, dist)],
    ['nothing changed', () => {}],
    ['publish one', () => publishOne(content)],
    ['fix one word', () => fixOneWord(content)],
  ];
  for (const [name, change] of steps) {
    console.error(`== ${workload}, ${n} briefs: ${name}…`);
    change();
    const run = await assayBuild(content, dist, name !== 'cold', root);
    if (name === 'cold') coldMs = run.wallMs;
    if (name === 'cold, cards cached') cardsCachedMs = run.wallMs;
    const { marks, bundleMs } = run;
    const startMs = marks['configDone']!;
    const syncMs = marks['contentSynced']! - marks['configDone']!;
    const renderMs = marks['pagesGenerated']! - marks['contentSynced']! - bundleMs;
    const afterMs = marks['done']! - marks['pagesGenerated']!;
    const searchMs = marks['searchMs']!;
    // Both processes count from their own start, which are a few milliseconds apart.
    const exitMs = Math.max(0, marks['pagesExitMs']! - marks['done']!);
    const swapMs = marks['swapMs']!;
    rows.push([
      values['pages-cache'] ? `${workload}, pages cache` : workload,
      String(n),
      name,
      s(run.wallMs),
      (run.wallMs / coldMs).toFixed(2),
      cardsCachedMs ? (run.wallMs / cardsCachedMs).toFixed(2) : '–',
      mb(run.peakRss),
      `${run.rendered} / ${run.reused}`,
      s(startMs),
      s(syncMs),
      s(bundleMs),
      s(renderMs),
      s(afterMs),
      s(exitMs),
      s(searchMs),
      s(swapMs),
      s(startMs + syncMs + bundleMs + afterMs + exitMs + searchMs + swapMs),
    ]);
    console.error(formatTable(incrementalHeader, rows.slice(-1), 'right'));
  }
  return rows;
}

if (!values['no-starlight'] && !values.incremental) {
  writeStarlightProject(starlightDir);
  if (!existsSync(join(starlightDir, 'node_modules/@astrojs/starlight'))) {
    console.error('== installing Starlight into .bench/starlight from the npm registry…');
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: starlightDir, stdio: 'inherit' });
    if (install.status !== 0) throw new Error('Could not install Starlight into .bench/starlight');
  }
}

const rows: string[][] = [];
for (const n of sizes) {
  for (const workload of workloads) {
    const added = values.incremental ? await incrementalBuilds(workload, n) : [await compareBuilds(workload, n)];
    rows.push(...added);
    // Each size's row as soon as it is known, so a long run that is stopped still reports.
    if (!values.incremental) console.error(formatTable(compareHeader, added, 'right'));
  }
}

console.log(`\nNode ${process.version}, ${resolve(BENCH)}`);
if (values.incremental) {
  console.log(formatTable(incrementalHeader, rows, 'right'));
  console.log(
    '\n/ cold: wall time against the cold build; / cold, cards cached: against the cold build that found its cards cached.',
  );
  console.log('start: Node and Astro until the config is ready; sync: content layer;');
  console.log(
    'bundle: Vite; render: pages generated (rendered or reused); after: social cards, sitemap, alias pages; search: Pagefind.',
  );
  console.log(
    "exit: Astro's process from its last hook to its end; swap: replacing the previous output folder with the new one.",
  );
  console.log('floor: start + sync + bundle + after + exit + search + swap, what a build costs with no page rendered.');
} else {
  console.log(formatTable(compareHeader, rows, 'right'));
  console.log(
    '\nwall: whole `npm run build` (content check, Astro, search index). check: content check before Astro; sync: content layer;',
  );
  console.log(
    'bundle: Vite; pages: rendering pages, feeds excluded; feeds: their share of rendering time; after: social cards, sitemap,',
  );
  console.log(
    'alias pages; search: Pagefind, after Astro. generated: synthetic briefs; copied: the demo published .md briefs in turn.',
  );
  console.log(
    'bare: one collection, one route, no layout; bare PF: Pagefind over its pages; Starlight: same briefs, empty sidebar, its Pagefind.',
  );
}
console.log('peak MB: resident memory of the whole process tree, sampled every 100 ms.');
