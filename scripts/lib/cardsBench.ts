// `npm run bench -- --cards`: what social cards cost a build of N generated briefs. Two site folders
// in .bench/ with the demo's settings differ only in `cards`. One cold build draws every card; then
// warm builds with cards (every card from the cache) and builds without take turns, so the
// machine's drift falls on both alike, and the table gives each side's times and the ratio of their
// medians.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentCacheDir } from '../../src/content/sources.ts';

export interface Run {
  wallMs: number;
  peakRss: number;
  output: string;
  status: number | null;
}

type Measure = (args: string[], cwd: string, env: NodeJS.ProcessEnv) => Promise<Run>;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * A site folder with the demo's settings and `cards` as given (its `assay` is this repository's
 * package, as a fixture site's is).
 */
function writeSite(root: string, dir: string, cards: boolean): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import assay from 'assay';\nimport { demoOptions } from '../../astro.config.mjs';\nexport default { integrations: [assay({ ...demoOptions, cards: ${cards} })] };\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { assayCollections } from 'assay/content';\nexport const collections = assayCollections();\n",
  );
  // The same public files, so both sites publish the same folder but for the cards.
  if (existsSync(join(root, 'public'))) cpSync(join(root, 'public'), join(dir, 'public'), { recursive: true });
}

function cacheSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    bytes += statSync(join(dir, name)).size;
    files++;
  }
  return { bytes, files };
}

/** Builds `content` cold with cards, then `rounds` times warm with cards and without; returns a table row. */
export async function benchCards(
  measure: Measure,
  root: string,
  bench: string,
  content: string,
  n: number,
  rounds = 3,
): Promise<string[]> {
  const bin = join(root, 'bin/assay.mjs');
  const withCards = join(bench, 'site-with-cards');
  const noCards = join(bench, 'site-without-cards');
  writeSite(root, withCards, true);
  writeSite(root, noCards, false);
  const build = async (cwd: string): Promise<Run> => {
    const run = await measure([bin, 'build'], cwd, {
      ASSAY_CONTENT_DIR: content,
      ASSAY_OUT_DIR: join(bench, `dist-cards-${n}`),
    });
    if (run.status !== 0) throw new Error(`Build of ${n} briefs in ${cwd} failed:\n${run.output.slice(-4000)}`);
    return run;
  };
  const cardsLine = (run: Run): string => /Social cards: .*/.exec(run.output)?.[0] ?? 'no cards line';

  // Cold: no content cache and no cards cache (the cards' cache lives in the content cache folder).
  rmSync(contentCacheDir(withCards, content), { recursive: true, force: true });
  console.error(`== ${n} briefs: cold build with cards…`);
  const cold = await build(withCards);
  console.error(`   ${(cold.wallMs / 1000).toFixed(1)} s; ${cardsLine(cold)}`);
  // The site without cards warms its own content cache once before it is timed.
  await build(noCards);

  const warm: Run[] = [];
  const without: Run[] = [];
  for (let round = 1; round <= rounds; round++) {
    console.error(`== ${n} briefs: round ${round} of ${rounds}, warm with cards, then without…`);
    const on = await build(withCards);
    if (!/Social cards: 0 rendered/.test(on.output)) throw new Error(`A warm build drew cards: ${cardsLine(on)}`);
    warm.push(on);
    without.push(await build(noCards));
    console.error(
      `   ${(on.wallMs / 1000).toFixed(1)} s with, ${(without.at(-1)!.wallMs / 1000).toFixed(1)} s without; ${cardsLine(on)}`,
    );
  }
  const cache = cacheSize(join(contentCacheDir(withCards, content), 'social-cards'));
  const s = (ms: number): string => (ms / 1000).toFixed(1);
  const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);
  const range = (runs: Run[]): string =>
    `${s(Math.min(...runs.map((r) => r.wallMs)))}–${s(Math.max(...runs.map((r) => r.wallMs)))}`;
  const walls = (runs: Run[]): number[] => runs.map((r) => r.wallMs);
  return [
    String(n),
    s(cold.wallMs),
    mb(cold.peakRss),
    range(warm),
    range(without),
    (median(walls(warm)) / median(walls(without))).toFixed(3),
    mb(Math.max(...warm.map((r) => r.peakRss))),
    mb(Math.max(...without.map((r) => r.peakRss))),
    `${mb(cache.bytes)} / ${cache.files}`,
  ];
}

export const CARDS_HEADER = [
  'briefs',
  'cold s',
  'cold peak MB',
  'warm s (range)',
  'no cards s (range)',
  'warm / no cards (medians)',
  'warm peak MB',
  'no cards peak MB',
  'cache MB / cards',
];
