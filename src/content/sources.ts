import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../lib/check/decode.ts';
import type { ContentSources } from '../lib/check/validateContent.ts';
import { BIAS_METER_FILE, CONTENT_FOLDERS, contentFileNames, type ContentKind } from '../lib/contentFiles.ts';

/** Every content file under `contentDir`: the same files the collections load (src/lib/contentFiles.ts). */
function contentPaths(root: string, contentDir: string): Record<ContentKind, string[]> & { biasMeter?: string } {
  const dir = resolve(root, contentDir);
  const list = (kind: ContentKind): string[] => {
    const folder = join(dir, CONTENT_FOLDERS[kind]);
    if (!existsSync(folder)) return [];
    return contentFileNames(kind, readdirSync(folder)).map((name) => join(folder, name));
  };
  const biasMeter = join(dir, BIAS_METER_FILE);
  return {
    briefs: list('briefs'),
    publishers: list('publishers'),
    data: list('data'),
    ...(existsSync(biasMeter) ? { biasMeter } : {}),
  };
}

/** Files read before, by path, with the size and modification time they had when read. */
export type ReadCache = Map<string, { stamp: string; bytes: Uint8Array }>;

/**
 * Reads every content file under `contentDir` as raw bytes. Given the cache of an earlier call (the
 * editor preview keeps one), a file whose size and modification time are unchanged is not read
 * again: at 5,000 briefs, a save then costs a stat per file instead of reading them all.
 */
export function readContentSources(root: string, contentDir: string, kept?: ReadCache): ContentSources {
  const read = (path: string): SourceFile => {
    if (!kept) return { file: relative(root, path), bytes: readFileSync(path) };
    const stat = statSync(path);
    const stamp = `${stat.size}\t${stat.mtimeMs}`;
    let entry = kept.get(path);
    // Read after the stat: a save in between leaves newer bytes under the older stamp, so the next
    // call, seeing a newer stamp, reads the file again.
    if (entry?.stamp !== stamp) kept.set(path, (entry = { stamp, bytes: readFileSync(path) }));
    return { file: relative(root, path), bytes: entry.bytes };
  };
  const paths = contentPaths(root, contentDir);
  if (kept) {
    const present = new Set([...paths.briefs, ...paths.publishers, ...paths.data, paths.biasMeter]);
    for (const path of kept.keys()) if (!present.has(path)) kept.delete(path);
  }
  return {
    briefs: paths.briefs.map(read),
    publishers: paths.publishers.map(read),
    biasMeter: paths.biasMeter === undefined ? undefined : read(paths.biasMeter),
    dataFiles: paths.data.map(read),
  };
}

/**
 * The name, size and modification time of every content file, as one string: it changes whenever a
 * file is saved, added or removed, and costs a directory listing and a stat per file, not a read.
 */
export function contentFingerprint(root: string, contentDir: string): string {
  const paths = contentPaths(root, contentDir);
  return [...paths.briefs, ...paths.publishers, ...paths.data, paths.biasMeter ?? '']
    .map((path) => {
      if (!path) return '';
      try {
        const stat = statSync(path);
        return `${path}\t${stat.size}\t${stat.mtimeMs}`;
      } catch {
        return `${path}\tgone`; // removed between the listing and the stat
      }
    })
    .join('\n');
}

/** Assay's schemas: the cache folder's name carries a hash of them. */
const SCHEMAS = fileURLToPath(new URL('../schemas/', import.meta.url));

/**
 * Astro's cache folder for a content folder: each gets its own, so a fixture build never reuses the
 * demo site's entries. Its name also carries a hash of Assay's schemas: Astro re-reads cached entries
 * only when content.config.ts itself changes, not a schema it imports, so without it a new field's
 * default would be missing from entries parsed before (an upgrade of Assay must not keep them).
 */
export function contentCacheDir(root: string, contentDir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(SCHEMAS).sort()) hash.update(name).update(readFileSync(join(SCHEMAS, name)));
  return resolve(
    root,
    'node_modules/.astro',
    `${contentDir.replace(/[^a-z0-9]+/gi, '_')}-${hash.digest('hex').slice(0, 8)}`,
  );
}
