/** Topics, regions and minerals: the subjects readers browse by. */

export const TAXONOMIES = ['topics', 'regions', 'minerals'] as const;
export type Taxonomy = (typeof TAXONOMIES)[number];

/** How each taxonomy is named on the site. */
export const TAXONOMY_NAMES: Record<Taxonomy, { plural: string; singular: string }> = {
  topics: { plural: 'Topics', singular: 'Topic' },
  regions: { plural: 'Regions', singular: 'Region' },
  minerals: { plural: 'Minerals', singular: 'Mineral' },
};

/** Words that keep their own spelling when a slug becomes a label. */
const SPECIAL_WORDS: Record<string, string> = {
  drc: 'DRC',
  eu: 'EU',
  us: 'US',
  uk: 'UK',
  un: 'UN',
  asean: 'ASEAN',
  and: 'and',
  of: 'of',
};

/** Labels already worked out, by `taxonomy:slug`. */
const labels = new Map<string, string>();

/**
 * A readable label for a slug: regions are Title Case (`united-states` → `United States`), topics
 * and minerals sentence case (`rare-earths` → `Rare earths`).
 */
export function termLabel(taxonomy: Taxonomy, slug: string): string {
  // Pages ask for the same few labels tens of thousands of times in a large build.
  const key = `${taxonomy}:${slug}`;
  let label = labels.get(key);
  if (label === undefined) {
    label = slug
      .split('-')
      .map(
        (word, i) =>
          SPECIAL_WORDS[word] ??
          (i === 0 || taxonomy === 'regions' ? word.charAt(0).toUpperCase() + word.slice(1) : word),
      )
      .join(' ');
    labels.set(key, label);
  }
  return label;
}

export interface Term {
  slug: string;
  label: string;
  count: number;
}

type Tagged = { data: Record<Taxonomy, string[]> };

/** Every term used in a taxonomy with how many briefs carry it, most used first, then A–Z. */
export function termsOf(briefs: readonly Tagged[], taxonomy: Taxonomy): Term[] {
  const counts = new Map<string, number>();
  for (const brief of briefs)
    for (const slug of new Set(brief.data[taxonomy])) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  return [...counts]
    .map(([slug, count]) => ({ slug, label: termLabel(taxonomy, slug), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** The briefs tagged with `slug`, in the order given. */
export function briefsWithTerm<T extends Tagged>(briefs: readonly T[], taxonomy: Taxonomy, slug: string): T[] {
  return briefs.filter((brief) => brief.data[taxonomy].includes(slug));
}
