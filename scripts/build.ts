// `npm run build`: checks the content first, builds into a staging folder, and only on success
// swaps it in as dist/. A failed build leaves the previous dist/ exactly as it was.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import { site } from '../src/site.ts';
import { holdBuildLock } from './buildLock.ts';
import { checkContent } from './check-content.ts';

const root = process.cwd();
const outDir = resolve(root, process.env['ASSAY_OUT_DIR'] ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

if (!checkContent(root)) {
  console.error(`\nBuild stopped: fix the errors above. ${existsSync(outDir) ? `${outDir} was left unchanged.` : ''}`);
  process.exit(1);
}

await holdBuildLock(resolve(root, 'node_modules/.astro/build.lock'));
rmSync(staging, { recursive: true, force: true });
try {
  // Each content folder gets its own cache, so a fixture build never reuses the demo site's entries.
  const cacheDir = resolve(root, 'node_modules/.astro', site.contentDir.replace(/[^a-z0-9]+/gi, '_'));
  // ASSAY_LOG_LEVEL=info shows Astro's per-page timings (the benchmark reads them).
  const logLevel = process.env['ASSAY_LOG_LEVEL'] === 'info' ? 'info' : 'warn';
  await build({ root, outDir: staging, cacheDir, logLevel });
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  console.error(`\nBuild failed. ${existsSync(outDir) ? `${outDir} was left unchanged.` : ''}`);
  process.exit(1);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Built ${join(outDir)}`);
