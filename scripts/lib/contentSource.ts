import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SourceFile } from '../../src/lib/check/decode.ts';
import type { ContentSources } from '../../src/lib/check/validateContent.ts';
import { BIAS_METER_FILE, CONTENT_FOLDERS, contentFileNames, type ContentKind } from '../../src/lib/contentFiles.ts';

/** Reads every content file under `contentDir`: the same files the collections load (src/lib/contentFiles.ts). */
export function readContentSources(root: string, contentDir: string): ContentSources {
  const dir = resolve(root, contentDir);
  const read = (path: string): SourceFile => ({ file: relative(root, path), bytes: readFileSync(path) });
  const list = (kind: ContentKind): SourceFile[] => {
    const folder = join(dir, CONTENT_FOLDERS[kind]);
    if (!existsSync(folder)) return [];
    return contentFileNames(kind, readdirSync(folder)).map((name) => read(join(folder, name)));
  };
  const biasMeterPath = join(dir, BIAS_METER_FILE);
  return {
    briefs: list('briefs'),
    publishers: list('publishers'),
    biasMeter: existsSync(biasMeterPath) ? read(biasMeterPath) : undefined,
    dataFiles: list('data'),
  };
}

/** Astro's cache folder for a content folder: each gets its own, so a fixture build never reuses the demo site's entries. */
export function contentCacheDir(root: string, contentDir: string): string {
  return resolve(root, 'node_modules/.astro', contentDir.replace(/[^a-z0-9]+/gi, '_'));
}
