import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ContentSources, SourceFile } from '../../src/lib/validateContent.ts';

/** Reads every content file under `contentDir` (files starting with `_` are ignored, as in the site). */
export function readContentSources(root: string, contentDir: string): ContentSources {
  const dir = resolve(root, contentDir);
  const read = (path: string): SourceFile => ({ file: relative(root, path), bytes: readFileSync(path) });
  const list = (sub: string, pattern: RegExp): SourceFile[] => {
    const folder = join(dir, sub);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((name) => pattern.test(name) && !name.startsWith('_'))
      .sort()
      .map((name) => read(join(folder, name)));
  };
  const biasMeterPath = join(dir, 'bias-meter.yaml');
  return {
    briefs: list('briefs', /\.mdx?$/),
    publishers: list('publishers', /\.ya?ml$/),
    biasMeter: existsSync(biasMeterPath) ? read(biasMeterPath) : undefined,
    dataFiles: list('data', /\.(csv|json)$/),
  };
}

/** Astro's cache folder for a content folder: each gets its own, so a fixture build never reuses the demo site's entries. */
export function contentCacheDir(root: string, contentDir: string): string {
  return resolve(root, 'node_modules/.astro', contentDir.replace(/[^a-z0-9]+/gi, '_'));
}
