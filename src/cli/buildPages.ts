// The Astro step of `assay build`, run in its own process so that its memory is returned before the
// search index is built. Writes the site into the folder it is given.
import { setFlagsFromString } from 'node:v8';
import { env } from '../env.ts';
import { build } from 'astro';

// V8 lets the heap grow up to four times what the last full collection kept before it collects
// again; on a 24 GB machine that let this step reach 2.1-2.2 GiB at 5,000 briefs, most of it
// garbage. Twice is enough: 1.5 GiB, in the same time (docs/performance.md, Social cards). A growth
// factor, not a ceiling, so a larger site still builds.
setFlagsFromString('--heap-growing-percent=100');

/** Builds the site in `root` into `outDir`, leaving the search index to `assay build`. */
export async function buildPages(root: string, outDir: string): Promise<boolean> {
  // ASSAY_LOG_LEVEL=info shows Astro's per-page timings (the benchmark reads them).
  const logLevel = env.logLevel ?? 'warn';
  try {
    await build({ root, outDir, logLevel });
    return true;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return false;
  }
}
