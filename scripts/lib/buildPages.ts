// The Astro step of `npm run build`, run as its own process by scripts/build.ts so that its memory
// is returned before the search index is built. Writes the site into the folder given as argument.
import { build } from 'astro';
import { env } from '../../src/env.ts';

const root = process.cwd();
const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node scripts/lib/buildPages.ts <output folder>');

// ASSAY_LOG_LEVEL=info shows Astro's per-page timings (the benchmark reads them).
const logLevel = env.logLevel ?? 'warn';
try {
  await build({ root, outDir, logLevel });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
