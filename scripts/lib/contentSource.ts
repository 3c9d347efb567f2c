import { createHash } from 'node:crypto';
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

/**
 * Astro's cache folder for a content folder: each gets its own, so a fixture build never reuses the
 * demo site's entries. Its name also carries a hash of the schemas: Astro re-reads cached entries
 * only when content.config.ts itself changes, not a schema it imports, so without it a new field's
 * default would be missing from entries parsed before.
 */
export function contentCacheDir(root: string, contentDir: string): string {
  const schemas = join(root, 'src/schemas');
  const hash = createHash('sha256');
  for (const name of readdirSync(schemas).sort()) hash.update(name).update(readFileSync(join(schemas, name)));
  return resolve(
    root,
    'node_modules/.astro',
    `${contentDir.replace(/[^a-z0-9]+/gi, '_')}-${hash.digest('hex').slice(0, 8)}`,
  );
}
