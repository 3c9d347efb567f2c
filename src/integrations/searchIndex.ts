import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Pagefind's ready-made interfaces, which Assay replaces with its own (src/client/search/). */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Throws when Pagefind reports errors, so a bad index fails the build instead of shipping. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * Builds the Pagefind search index at the end of every build, over the folder just written (the
 * staging folder under `npm run build`, so a failed index fails the build and the published site is
 * left alone). Only pages with `data-pagefind-body` are indexed: briefs, publisher profiles and the
 * methodology; drafts and future briefs have no page, so they cannot be indexed.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'assay:search-index',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const siteDir = fileURLToPath(dir);
        const outputPath = join(siteDir, 'pagefind');
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          check('starting Pagefind', errors);
          if (!index) throw new Error('Search index: Pagefind returned no index');
          check(`reading ${siteDir}`, (await index.addDirectory({ path: siteDir })).errors);
          check(`writing ${outputPath}`, (await index.writeFiles({ outputPath })).errors);
        } finally {
          await pagefind.close();
        }
        for (const file of UNUSED_BUNDLE_FILES) rmSync(join(outputPath, file), { force: true });
        const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
        const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
        // Astro's own info lines are silenced by `npm run build`; this one result is worth a line.
        console.log(`Search index: ${pages} pages indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
