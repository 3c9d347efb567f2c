/**
 * The subjects readers browse by (the demo's topics, regions and minerals; a climate site's sectors
 * and countries). Which ones a site has comes from its settings, passed in by the caller.
 */

/** One subject as a site configures it. */
export interface TaxonomySettings {
  /** The frontmatter field and the first segment of its pages: `topics` → `/topics/<term>/`. Lowercase slug. */
  id: string;
  /** Its name for one term, e.g. `Topic`. */
  singular: string;
  /** Its name for the list, e.g. `Topics`, used in menus and headings. */
  plural: string;
  /**
   * How a term's slug becomes its label: `sentence` capitalises the first word (`rare-earths` →
   * `Rare earths`), `title` every word (`united-states` → `United States`). Default `sentence`.
   */
  labelCase?: 'sentence' | 'title' | undefined;
  /** How much one shared term counts towards related briefs. Default {@link DEFAULT_WEIGHT}. */
  weight?: number | undefined;
  /** Whether every brief must carry at least one term. Default false: the field may be left out. */
  required?: boolean | undefined;
  /** The search filter's key, which is also its URL parameter (`?topic=…`). Default the id. */
  filterKey?: string | undefined;
}

/** What one shared term of a subject counts towards related briefs unless the site says otherwise. */
export const DEFAULT_WEIGHT = 1;

/**
 * Header menus have room for this many subjects; the others are linked from the footer (the demo:
 * topics and regions above, minerals below).
 */
export const HEADER_TAXONOMIES = 2;

/**
 * Words kept as written in every label unless the site's own labels say otherwise: small words of
 * a name stay lowercase (`democratic-republic-of-the-congo` → `Democratic Republic of the Congo`).
 */
export const DEFAULT_LABELS: Readonly<Record<string, string>> = { and: 'and', of: 'of' };

/** The weight of a subject for related briefs. */
export const weightOf = (taxonomy: TaxonomySettings): number => taxonomy.weight ?? DEFAULT_WEIGHT;

/** The search filter key of a subject. */
export const filterKeyOf = (taxonomy: TaxonomySettings): string => taxonomy.filterKey ?? taxonomy.id;

/** The header's subjects and the footer's, in the site's order. */
export function menuTaxonomies<T>(taxonomies: readonly T[]): { header: T[]; footer: T[] } {
  return { header: taxonomies.slice(0, HEADER_TAXONOMIES), footer: taxonomies.slice(HEADER_TAXONOMIES) };
}

/** A readable label for a term of a subject: `labelOf('regions', 'united-states')`. */
export type TermLabeler = (taxonomy: string, slug: string) => string;

/**
 * The labeler of a site: each word of a slug capitalised as its subject's `labelCase` says, except
 * the words in `labels` (the site's, over {@link DEFAULT_LABELS}), which keep their spelling
 * (`drc` → `DRC`). Labels are remembered: pages ask for the same few tens of thousands of times in a
 * large build.
 */
export function termLabeler(
  taxonomies: readonly TaxonomySettings[],
  labels: Readonly<Record<string, string>>,
): TermLabeler {
  const special: Record<string, string> = { ...DEFAULT_LABELS, ...labels };
  const titleCase = new Set(taxonomies.filter((t) => t.labelCase === 'title').map((t) => t.id));
  const known = new Map<string, string>();
  return (taxonomy, slug) => {
    const key = `${taxonomy}:${slug}`;
    let label = known.get(key);
    if (label === undefined) {
      const everyWord = titleCase.has(taxonomy);
      label = slug
        .split('-')
        .map(
          (word, i) =>
            (Object.hasOwn(special, word) ? special[word] : undefined) ??
            (i === 0 || everyWord ? word.charAt(0).toUpperCase() + word.slice(1) : word),
        )
        .join(' ');
      known.set(key, label);
    }
    return label;
  };
}

export interface Term {
  slug: string;
  label: string;
  count: number;
}

/** A brief as far as subjects go: its terms by subject id (a subject it has none of may be missing). */
export type Tagged = { data: { terms: Readonly<Record<string, readonly string[]>> } };

/** The terms a brief carries for one subject, as written. */
export function termsIn(brief: Tagged, taxonomy: string): readonly string[] {
  return brief.data.terms[taxonomy] ?? [];
}

/** Every term used in a subject with how many briefs carry it, most used first, then A–Z. */
export function termsOf(briefs: readonly Tagged[], taxonomy: string, labelOf: TermLabeler): Term[] {
  const counts = new Map<string, number>();
  for (const brief of briefs)
    for (const slug of new Set(termsIn(brief, taxonomy))) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  return [...counts]
    .map(([slug, count]) => ({ slug, label: labelOf(taxonomy, slug), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** The briefs tagged with `slug`, in the order given. */
export function briefsWithTerm<T extends Tagged>(briefs: readonly T[], taxonomy: string, slug: string): T[] {
  return briefs.filter((brief) => termsIn(brief, taxonomy).includes(slug));
}
