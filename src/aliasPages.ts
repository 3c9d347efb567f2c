/**
 * The addresses of alias pages, for the sitemap filter in astro.config.mjs: an alias page only
 * redirects, so it is listed nowhere. Read from the brief files once, when the sitemap is written.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frontmatterAliases } from './lib/aliases.ts';
import { CONTENT_FOLDERS, contentFileNames } from './lib/contentFiles.ts';
import { site } from './site.ts';
import { absolute, paths } from './urls.ts';

let aliasUrls: Set<string> | undefined;

function readAliasUrls(): Set<string> {
  const folder = join(site.contentDir, CONTENT_FOLDERS.briefs);
  if (!existsSync(folder)) return new Set();
  return new Set(
    contentFileNames('briefs', readdirSync(folder)).flatMap((name) =>
      frontmatterAliases(readFileSync(join(folder, name), 'utf8')).map((alias) => absolute(paths.brief(alias))),
    ),
  );
}

/** True for the absolute URL of an alias page (`https://…/briefs/<alias>/`). */
export function isAliasPage(url: string): boolean {
  aliasUrls ??= readAliasUrls();
  return aliasUrls.has(url);
}
