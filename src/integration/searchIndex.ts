// The search index step of `npm run build`: runs Pagefind's command-line indexer over a built site.
// It runs after Astro has exited, so the two never hold their memory at the same time (about 1.5
// and 2 GiB at 5,000 briefs).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import { env } from '../env.ts';

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

/**
 * The pages that carry `data-pagefind-body`: brief pages, the first page of each publisher, the
 * methodology. Pagefind holds every file it reads in memory, so it is shown only these (at 5,000
 * briefs its peak falls from 2.1 to 1.9 GiB); a build test checks that no indexed page is missed.
 */
export const INDEXED_PAGES = ['briefs/*/index.html', 'publishers/*/index.html', 'methodology/index.html'];

/**
 * Word positions per index chunk (Pagefind's default is 20,000). A search downloads the chunk that
 * holds its word, so smaller chunks make each search lighter, at the cost of one more line per chunk
 * in the metadata every first search downloads. At 5,000 briefs: the chunk for a word 22-28 KB to
 * 10-12 KB, the metadata 53.6 to 57.2 KB (docs/performance.md, Search). Pagefind 1.6 reads it from
 * this environment variable only, which it names unstable: check it when Pagefind is upgraded.
 */
export const INDEX_CHUNK_SIZE = 5000;

/** The Pagefind executable that the `pagefind` package installed for this platform. */
export function pagefindBinary(): string {
  const override = env.pagefindBinaryPath;
  if (override) return override;
  const require = createRequire(import.meta.url);
  // Pagefind names its packages @pagefind/<linux|darwin|windows>-<arch>.
  const system = platform() === 'win32' ? 'windows' : platform();
  const suffix = system === 'windows' ? '.exe' : '';
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return require.resolve(`@pagefind/${system}-${arch()}/bin/${name}${suffix}`);
    } catch {
      // Try the next name.
    }
  }
  throw new Error(`Search index: no Pagefind executable for ${system}-${arch()}; run \`npm ci\` again.`);
}

export interface IndexResult {
  pages: number;
  seconds: number;
}

/**
 * Indexes the pages of `siteDir` that carry `data-pagefind-body` (briefs, publisher profiles, the
 * methodology) into `siteDir/pagefind/`. Rejects with Pagefind's own output when it fails, so a
 * failed index fails the build.
 */
export function buildSearchIndex(siteDir: string): Promise<IndexResult> {
  const started = performance.now();
  const outputDir = join(siteDir, 'pagefind');
  return new Promise((resolve, reject) => {
    const child = spawn(
      pagefindBinary(),
      ['--site', siteDir, '--glob', `{${INDEXED_PAGES.join(',')}}`, '--output-subdir', 'pagefind', '--quiet'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE) },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => reject(new Error(`Search index: could not start Pagefind: ${error.message}`)));
    child.on('close', (status) => {
      const entryFile = join(outputDir, 'pagefind-entry.json');
      if (status !== 0 || !existsSync(entryFile)) {
        reject(new Error(`Search index: Pagefind failed (exit ${status}):\n${output.trim()}`));
        return;
      }
      for (const file of UNUSED_BUNDLE_FILES) rmSync(join(outputDir, file), { force: true });
      const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
      if (pages === 0) {
        reject(new Error(`Search index: Pagefind found no page with data-pagefind-body in ${siteDir}`));
        return;
      }
      resolve({ pages, seconds: (performance.now() - started) / 1000 });
    });
  });
}
