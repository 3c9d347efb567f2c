// Which files under the content folder are content: the one definition that the collections
// (src/content.config.ts), the checker's file reader (scripts/lib/contentSource.ts), `npm run new`
// and the brief generator all use, so no file can be checked but not built, or built but not checked.
import picomatch from 'picomatch';

/** The kinds of content that live one file each in a folder of their own. */
export type ContentKind = 'briefs' | 'publishers' | 'data';

/** The folder of each kind, inside the content folder. */
export const CONTENT_FOLDERS: Readonly<Record<ContentKind, string>> = {
  briefs: 'briefs',
  publishers: 'publishers',
  data: 'data',
};

/** The Bias Meter's file, at the top of the content folder. */
export const BIAS_METER_FILE = 'bias-meter.yaml';

/** The file names each kind is written in. Only these extensions count: `.markdown` or `.txt` are not content. */
export const CONTENT_PATTERNS: Readonly<Record<ContentKind, readonly string[]>> = {
  briefs: ['*.md', '*.mdx'],
  publishers: ['*.yaml', '*.yml'],
  data: ['*.csv', '*.json'],
};

/** Files whose name starts with `_` are an editor's notes or drafts kept beside the content, never content. */
export const IGNORED_PATTERN = '_*';

const matcherOf = (kind: ContentKind): picomatch.Matcher =>
  picomatch([...CONTENT_PATTERNS[kind]], { ignore: IGNORED_PATTERN });
const matchers: Readonly<Record<ContentKind, picomatch.Matcher>> = {
  briefs: matcherOf('briefs'),
  publishers: matcherOf('publishers'),
  data: matcherOf('data'),
};

/**
 * The patterns for a collection's glob loader (`glob({ pattern })`, which reads `!` as "leave out"),
 * matching exactly the files `isContentFile` accepts.
 */
export function globPatterns(kind: ContentKind): string[] {
  return [...CONTENT_PATTERNS[kind], `!${IGNORED_PATTERN}`];
}

/**
 * Whether a file named `name` (no folder) in the folder of `kind` is content. Names starting with a
 * dot are hidden files and, as for the glob loader, not content either.
 */
export function isContentFile(kind: ContentKind, name: string): boolean {
  return matchers[kind](name);
}

/** The content files among `names` (the entries of the folder of `kind`), sorted. */
export function contentFileNames(kind: ContentKind, names: readonly string[]): string[] {
  return names.filter((name) => isContentFile(kind, name)).sort();
}
