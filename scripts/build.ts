// `npm run build`: checks the content, builds the pages with Astro into a staging folder, indexes
// them for search, and only when every step succeeded swaps the staging folder in as dist/. A
// failed build leaves the previous dist/ exactly as it was. Each step runs in its own process, one
// after the other, so the build's peak memory is that of its largest step, not their sum.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { env } from '../src/env.ts';
import { PLACEHOLDER_URL, site } from '../src/site.ts';
import { holdBuildLock } from './lib/buildLock.ts';
import { buildSearchIndex } from './lib/searchIndex.ts';

const root = process.cwd();
const outDir = resolve(root, env.outDir ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;
const timings: Record<string, number> = {};
const since = (start: number): number => performance.now() - start;

function fail(message?: string): never {
  rmSync(staging, { recursive: true, force: true });
  if (message) console.error(message);
  console.error(`\nBuild failed. ${existsSync(outDir) ? `${outDir} was left unchanged.` : ''}`);
  process.exit(1);
}

/** Runs a script of this folder as its own process, so its memory is returned when it ends. */
async function runStep(script: string, args: string[] = []): Promise<number | null> {
  const child = spawn(process.execPath, [resolve(import.meta.dirname, script), ...args], { stdio: 'inherit' });
  return new Promise((done) => child.on('close', done));
}

let start = performance.now();
if (site.url === PLACEHOLDER_URL)
  console.warn(
    `warning: the site address is still the placeholder ${PLACEHOLDER_URL}; feeds, the sitemap and canonical links point there. Set ASSAY_SITE_URL to the public address before publishing.`,
  );
if ((await runStep('check-content.ts')) !== 0) {
  console.error(`\nBuild stopped: fix the errors above. ${existsSync(outDir) ? `${outDir} was left unchanged.` : ''}`);
  process.exit(1);
}
timings['checkMs'] = since(start);

await holdBuildLock(resolve(root, 'node_modules/.astro/build.lock'));
rmSync(staging, { recursive: true, force: true });

if ((await runStep('lib/buildPages.ts', [staging])) !== 0) fail();

start = performance.now();
try {
  const index = await buildSearchIndex(staging);
  // Astro's own info lines are silenced by `npm run build`; this one result is worth a line.
  console.log(`Search index: ${index.pages} pages indexed in ${index.seconds.toFixed(1)} s`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
timings['searchMs'] = since(start);

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Built ${outDir}`);

// For the benchmark: add this process's step times to the stage marks Astro's run wrote.
const timingsFile = env.timingsFile;
if (timingsFile) {
  const marks = existsSync(timingsFile)
    ? (JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>)
    : {};
  writeFileSync(timingsFile, JSON.stringify({ ...marks, ...timings }));
}
