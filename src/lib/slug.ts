/** Slugs: the lowercase names in page addresses, taken from file names and written in frontmatter. */
import slugifyText from '@sindresorhus/slugify';

/** Lowercase letters, digits and single hyphens, such as `rare-earths`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug (or id) of a content file: its name without folders or extension. */
export function fileSlug(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.[^.]+$/, '');
}

/** Longest slug made from a title; file names and addresses stay readable. */
const MAX_SLUG_LENGTH = 60;

/**
 * A slug from a title: lowercase ASCII letters, digits and single hyphens, other scripts and
 * accents transliterated (`Énergie & côte` → `energie-and-cote`), at most 60 characters, never
 * only digits (that address is an archive page). `fooBar` stays one word, as editors typed it.
 */
export function slugify(title: string): string {
  const slug = slugifyText(title, { decamelize: false }).slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
  if (slug === '') return 'brief';
  return /^\d+$/.test(slug) ? `brief-${slug}` : slug;
}
