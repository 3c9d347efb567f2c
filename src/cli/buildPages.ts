// The Astro step of `assay build`, run in its own process so that its memory is returned before the
// search index is built. Writes the site into the folder it is given.
import { env } from '../env.ts';
import { build } from 'astro';

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
