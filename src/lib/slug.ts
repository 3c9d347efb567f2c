/** Slugs: the lowercase names in page addresses, taken from file names and written in frontmatter. */

/** Lowercase letters, digits and single hyphens, such as `rare-earths`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug (or id) of a content file: its name without folders or extension. */
export function fileSlug(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.[^.]+$/, '');
}
