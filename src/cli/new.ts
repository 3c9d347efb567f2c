// `assay new "Title" --publisher id [--<subject> a,b]… [--mdx]`, one option per subject of the site
// (the demo: --topics, --regions, --minerals), writes content/briefs/<slug>.md(x) with every field,
// as a draft. It never overwrites a brief.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { BIAS_METER_FILE, CONTENT_FOLDERS, contentFileNames } from '../lib/contentFiles.ts';
import { closest } from '../lib/check/problems.ts';
import { newBriefText } from '../lib/newBrief.ts';
import { fileSlug, slugify } from '../lib/slug.ts';
import { biasMeterSchema } from '../schemas/biasMeter.ts';
import type { SiteSettings } from '../settings.ts';
import { loadSiteSettings } from './siteSettings.ts';

/** The command's usage, with one option per subject of the site. */
function usage(taxonomies: readonly { id: string }[]): string {
  return `Usage: assay new "Title of the brief" --publisher <id> ${taxonomies
    .map((taxonomy) => `[--${taxonomy.id} a,b]`)
    .join(' ')} [--mdx] [--slug <slug>]`;
}

/** A mistake in the command: reported with the usage, and nothing is written. */
class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

/** Writes a new brief in the site in `root`; false (with the reason printed) when nothing was written. */
export async function newBrief(root: string, args: string[]): Promise<boolean> {
  const site = await loadSiteSettings(root);
  try {
    write(root, args, site);
    return true;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${usage(site.taxonomies)}`);
    return false;
  }
}

function write(root: string, args: string[], site: SiteSettings): void {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        args,
        allowPositionals: true,
        options: {
          publisher: { type: 'string' },
          ...Object.fromEntries(
            site.taxonomies.map((taxonomy) => [taxonomy.id, { type: 'string', default: '' } as const]),
          ),
          slug: { type: 'string' },
          mdx: { type: 'boolean', default: false },
        },
      });
    } catch (error) {
      return fail((error as Error).message);
    }
  })();

  const title = positionals.join(' ').trim();
  if (!title) fail('Give the brief a title.');
  const list = (value: string): string[] =>
    value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map(slugify);
  const dir = join(root, site.contentDir, CONTENT_FOLDERS.briefs);
  const slug = values.slug ? slugify(values.slug) : slugify(title);
  if (!slug)
    fail(
      `The title "${title}" has no letters or digits to name the file; pass --slug with a name such as cobalt-review.`,
    );
  // Compared without case, as a file system that ignores case would.
  const taken = existsSync(dir)
    ? contentFileNames('briefs', readdirSync(dir)).find((name) => fileSlug(name).toLowerCase() === slug)
    : undefined;
  if (taken)
    fail(
      `A brief with the slug "${slug}" already exists: ${join(dir, taken)}. Nothing was written; choose another title or pass --slug.`,
    );

  const publishersDir = join(root, site.contentDir, CONTENT_FOLDERS.publishers);
  const publisherIds = existsSync(publishersDir)
    ? contentFileNames('publishers', readdirSync(publishersDir)).map(fileSlug)
    : [];
  if (!values.publisher)
    fail(`Which publisher's work does the brief review? Pass --publisher with one of: ${publisherIds.join(', ')}.`);
  if (!publisherIds.includes(values.publisher)) {
    const near = closest(values.publisher, publisherIds);
    fail(
      near
        ? `Unknown publisher "${values.publisher}". Did you mean --publisher ${near}? Nothing was written.`
        : `Unknown publisher "${values.publisher}". Known publishers: ${publisherIds.join(', ')}. Add content/publishers/${values.publisher}.yaml first; nothing was written.`,
    );
  }

  const biasMeter = biasMeterSchema.parse(parse(readFileSync(join(root, site.contentDir, BIAS_METER_FILE), 'utf8')));
  const file = join(dir, `${slug}.${values.mdx ? 'mdx' : 'md'}`);
  const text = newBriefText(
    {
      title,
      publisher: values.publisher,
      taxonomies: site.taxonomies,
      terms: Object.fromEntries(
        site.taxonomies.map(({ id }) => {
          const given = (values as Record<string, unknown>)[id];
          return [id, list(typeof given === 'string' ? given : '')];
        }),
      ),
      mdx: values.mdx,
      today: new Date(),
    },
    biasMeter.dimensions,
  );
  writeFileSync(file, text, { flag: 'wx' });
  console.log(
    `Created ${file} (draft). Fill in every TODO, run \`npm run check\`, preview with \`npm run dev\`, then set draft: false.`,
  );
}
