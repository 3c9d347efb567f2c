// `npm run bench [-- --sizes 1000,5000,10000]`: builds N synthetic briefs, in one run per size,
// with a bare Astro project, with Pagefind over the bare project's pages, with a Starlight project
// (its built-in Pagefind) and last with Assay's full build. Prints wall time, ms per brief, peak memory
// of the whole process tree, output size, search index size, time per Assay build stage, and the
// ratios Assay / (bare + Pagefind) and Assay / Starlight. Starlight is installed into .bench/ from
// the npm registry on first use (`--no-starlight` skips it); it is not a project dependency.
// `--cards` measures the social cards instead (scripts/lib/cardsBench.ts): a cold build, then warm
// builds with cards and without, taking turns.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentCacheDir } from '../src/content/sources.ts';
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
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));

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
const rows: string[][] = [];
const astroBin = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const starlightDir = join(BENCH, 'starlight');
if (!values['no-starlight']) {
  writeStarlightProject(starlightDir);
  if (!existsSync(join(starlightDir, 'node_modules/@astrojs/starlight'))) {
    console.error('== installing Starlight into .bench/starlight from the npm registry…');
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: starlightDir, stdio: 'inherit' });
    if (install.status !== 0) throw new Error('Could not install Starlight into .bench/starlight');
  }
}

const header = [
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

for (const n of sizes) {
  const content = join(BENCH, `content-${n}`);
  const dist = join(BENCH, `dist-${n}`);
  const timingsFile = join(BENCH, `timings-${n}.json`);
  console.error(`\n== ${n} briefs: generating…`);
  generateBriefs({ count: n, out: content, seed: Number(values.seed) });

  console.error(`== ${n} briefs: building the bare Astro project…`);
  const bareDir = join(BENCH, 'bare');
  writeBareProject(bareDir, content);
  const bare = await measure([astroBin, 'build', '--silent'], bareDir, {});
  if (bare.status !== 0) throw new Error(`Bare build of ${n} briefs failed:\n${bare.output.slice(-4000)}`);

  console.error(`== ${n} briefs: Pagefind over the bare pages…`);
  const bareSearch = await measure(['--site', join(bareDir, 'dist'), '--quiet'], bareDir, {}, pagefindBinary());
  if (bareSearch.status !== 0) throw new Error(`Pagefind over the bare pages failed:\n${bareSearch.output}`);

  let starlight: Run | undefined;
  if (!values['no-starlight']) {
    console.error(`== ${n} briefs: building the Starlight project…`);
    writeStarlightContent(starlightDir, content);
    const starlightBin = join(starlightDir, 'node_modules/astro/bin/astro.mjs');
    starlight = await measure([starlightBin, 'build', '--silent'], starlightDir, {});
    if (starlight.status !== 0)
      throw new Error(`Starlight build of ${n} briefs failed:\n${starlight.output.slice(-4000)}`);
  }

  console.error(`== ${n} briefs: building with Assay…`);
  rmSync(timingsFile, { force: true });
  // A cold build, like the bare project's: no content cache or earlier output.
  rmSync(contentCacheDir(ROOT, content), { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  const assay = await measure(['bin/assay.mjs', 'build'], ROOT, {
    ASSAY_CONTENT_DIR: content,
    ASSAY_OUT_DIR: dist,
    ASSAY_LOG_LEVEL: 'info',
    ASSAY_TIMINGS_FILE: timingsFile,
  });
  if (assay.status !== 0) throw new Error(`Assay build of ${n} briefs failed:\n${assay.output.slice(-4000)}`);
  const marks = JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>;
  // Durations Astro logs, such as `(+12ms)` after a page or `built in 8.2s` after bundling, summed.
  const sumOf = (pattern: RegExp): number =>
    [...assay.output.matchAll(pattern)].reduce((sum, m) => sum + Number(m[1]) * (m[2] === 's' ? 1000 : 1), 0);
  const bundleMs = sumOf(/\[vite\] ✓ built in ([\d.]+)(ms|s)/g);
  const renderMs = marks['pagesGenerated']! - marks['contentSynced']! - bundleMs;
  // Astro renders several pages at once, so per-page times overlap: feeds get their share of the
  // rendering time in proportion to the time Astro reports for feed routes.
  const feedMs =
    (renderMs * sumOf(/(?:rss\.xml|feed\.json)\s+\(\+([\d.]+)(ms|s)\)/g)) / sumOf(/\s\(\+([\d.]+)(ms|s)\)/g);
  const size = folderSize(dist);
  const index = folderSize(join(dist, 'pagefind'));

  rows.push([
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
    s(marks['searchMs']!),
    s(bare.wallMs),
    mb(bare.peakRss),
    s(bareSearch.wallMs),
    mb(bareSearch.peakRss),
    starlight ? s(starlight.wallMs) : '–',
    starlight ? mb(starlight.peakRss) : '–',
    (assay.wallMs / (bare.wallMs + bareSearch.wallMs)).toFixed(2),
    starlight ? (assay.wallMs / starlight.wallMs).toFixed(2) : '–',
  ]);
  // Each size's row as soon as it is known, so a long run that is stopped still reports.
  console.error(formatTable(header, rows.slice(-1), 'right'));
}

console.log(`\nNode ${process.version}, ${resolve(BENCH)}`);
console.log(formatTable(header, rows, 'right'));
console.log(
  '\nwall: whole `npm run build` (content check, Astro, search index). check: content check before Astro; sync: content layer;',
);
console.log(
  'bundle: Vite; pages: rendering pages, feeds excluded; feeds: their share of rendering time; search: Pagefind, after Astro.',
);
console.log(
  'bare: one collection, one route, no layout; bare PF: Pagefind over its pages; Starlight: same briefs, empty sidebar, its Pagefind.',
);
console.log('peak MB: resident memory of the whole process tree, sampled every 100 ms.');
