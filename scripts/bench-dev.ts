// `npm run bench:dev [-- --count 5000 --seed 1 --keep]`: how the editor preview behaves on a large
// site. Generates that many synthetic briefs (scripts/lib/generateBriefs.ts) into .bench/, starts
// `astro dev` on them and prints: the time until it answers, the first brief page, warm brief pages
// (one warm-up, then ~10 other briefs: median and max), and the time from saving a changed brief to
// the page serving the new text (5 saves, each polled until it shows: median and max).
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { startDevServer } from './lib/devServer.ts';
import { generateBriefs } from './lib/generateBriefs.ts';
import { contentCacheDir } from '../src/content/sources.ts';
import { formatTable } from './lib/table.ts';

const ROOT = process.cwd();
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '1' },
    pages: { type: 'string', default: '10' },
    saves: { type: 'string', default: '5' },
    // Keep the generated briefs and the content cache afterwards (for profiling by hand).
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const content = relative(ROOT, join(ROOT, '.bench', `dev-content-${count}`));

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** Fetches a page and returns its time and text; a failed page stops the benchmark. */
async function timed(url: string): Promise<{ ms: number; html: string }> {
  const start = performance.now();
  const response = await fetch(url);
  const html = await response.text();
  const ms = performance.now() - start;
  if (!response.ok) throw new Error(`${url} answered ${response.status}:\n${html.slice(0, 2000)}`);
  return { ms, html };
}

generateBriefs({ count, out: content, seed: Number(values.seed) });
// A cold start, as an editor's first `npm run dev` on a fresh clone: no content cache from before.
rmSync(contentCacheDir(ROOT, content), { recursive: true, force: true });
const briefs = readdirSync(join(ROOT, content, 'briefs'))
  .filter((name) => /\.mdx?$/.test(name))
  .sort();
const slug = (name: string): string => name.replace(/\.mdx?$/, '');
const pick = (i: number): string => briefs[Math.floor((i * briefs.length) / 23) % briefs.length]!;

console.log(`Starting astro dev on ${briefs.length} briefs in ${content}/ …`);
const server = await startDevServer({ root: ROOT, contentDir: content, env: process.env, timeoutMs: 600_000 });
try {
  const first = await timed(`${server.origin}/briefs/${slug(pick(0))}/`);
  const pages = Number(values.pages);
  const warm: number[] = [];
  for (let i = 1; i <= pages; i++) warm.push((await timed(`${server.origin}/briefs/${slug(pick(i))}/`)).ms);

  const saves: number[] = [];
  for (let i = 0; i < Number(values.saves); i++) {
    const name = pick(pages + 1 + i);
    const file = join(ROOT, content, 'briefs', name);
    const before = readFileSync(file, 'utf8');
    const marker = `Edited in bench run ${Date.now()}-${i}`;
    // The new text goes into the first highlight, which every brief page shows.
    const after = before.replace(/^highlights:\n {2}- (.*)$/m, `highlights:\n  - ${marker}. $1`);
    if (after === before) throw new Error(`${name}: no highlight to edit`);
    const url = `${server.origin}/briefs/${slug(name)}/`;
    await timed(url); // the page as it was, rendered once
    const start = performance.now();
    writeFileSync(file, after);
    for (;;) {
      const { html } = await timed(url);
      if (html.includes(marker)) break;
      if (performance.now() - start > 60_000) throw new Error(`${name}: the change did not show within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    saves.push(performance.now() - start);
  }

  console.log(
    formatTable(
      ['Preview at ' + briefs.length + ' briefs', 'Time'],
      [
        ['Ready (answers its first request)', seconds(server.readyMs)],
        ['First brief page', seconds(first.ms)],
        [`Warm brief page, median of ${warm.length}`, seconds(median(warm))],
        [`Warm brief page, max of ${warm.length}`, seconds(Math.max(...warm))],
        [`Saved change visible, median of ${saves.length}`, seconds(median(saves))],
        [`Saved change visible, max of ${saves.length}`, seconds(Math.max(...saves))],
      ],
      ['left', 'right'],
    ),
  );
} finally {
  await server.stop();
  if (!values.keep) {
    rmSync(join(ROOT, content), { recursive: true, force: true });
    rmSync(contentCacheDir(ROOT, content), { recursive: true, force: true });
  }
}
