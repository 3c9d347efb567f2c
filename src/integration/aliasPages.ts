/**
 * The addresses of alias pages, for the sitemap's filter: an alias page only redirects, so it is
 * listed nowhere. Read from the brief files once, when the sitemap is written.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frontmatterAliases } from '../lib/aliases.ts';
import { CONTENT_FOLDERS, contentFileNames } from '../lib/contentFiles.ts';
import { absoluteUrl, sitePaths } from '../lib/urls.ts';
import type { SiteSettings } from '../settings.ts';

/** A test for the absolute URL of an alias page (`https://…/briefs/<alias>/`) of the site. */
export function aliasPageTest(site: SiteSettings): (url: string) => boolean {
  let aliasUrls: Set<string> | undefined;
  const paths = sitePaths(site.base);
  const read = (): Set<string> => {
    const folder = join(site.contentDir, CONTENT_FOLDERS.briefs);
    if (!existsSync(folder)) return new Set();
    return new Set(
      contentFileNames('briefs', readdirSync(folder)).flatMap((name) =>
        frontmatterAliases(readFileSync(join(folder, name), 'utf8')).map((alias) =>
          absoluteUrl(site.url, paths.brief(alias)),
        ),
      ),
    );
  };
  return (url) => (aliasUrls ??= read()).has(url);
}
