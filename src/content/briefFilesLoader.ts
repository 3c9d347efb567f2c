/**
 * The briefs collection of `npm run dev`: it lists the brief files and nothing else. Each entry is
 * a name and a file for Astro's `render()`, which compiles the file itself when its page is asked
 * for, and which Vite compiles again when the file is saved. The fields and the body come from the
 * preview's check (src/previewCheck.ts), which reads every file with the same schema anyway.
 *
 * Why not the glob loader: it puts every brief's fields into Astro's content store, and Astro
 * writes that store out and loads it back after every save, which at 5,000 briefs took about
 * 4.5 s before a change could show (docs/performance.md). A save changes no entry here, so the
 * store stays as it is; only adding or removing a brief changes it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentFileNames, isContentFile } from '../lib/contentFiles.ts';
import { fileSlug } from '../lib/slug.ts';

/** Lists the brief files of `folder` in the store, and keeps the list up to date in `npm run dev`. */
function listBriefFiles(folder: string, { store, config, watcher }: LoaderContext): void {
  const root = fileURLToPath(config.root);
  const base = resolve(root, folder);
  // No fields and no digest: a build's glob loader, which reuses an entry only when its digest
  // matches the file, never mistakes one of these for a parsed brief.
  const add = (path: string): void => {
    store.set({ id: fileSlug(path), data: {}, filePath: relative(root, path), deferredRender: true });
  };
  store.clear();
  // No folder yet is a site with no briefs yet, as for the build's loader.
  const names = existsSync(base) ? readdirSync(base) : [];
  for (const name of contentFileNames('briefs', names)) add(join(base, name));
  if (!watcher) return;
  watcher.add(base);
  const isBrief = (path: string): boolean => dirname(path) === base && isContentFile('briefs', basename(path));
  watcher.on('add', (path) => {
    if (isBrief(path)) add(path);
  });
  watcher.on('unlink', (path) => {
    if (isBrief(path)) store.delete(fileSlug(path));
  });
}

export function briefFilesLoader(folder: string): Loader {
  return { name: 'assay:brief-files', load: (context) => Promise.resolve(listBriefFiles(folder, context)) };
}
