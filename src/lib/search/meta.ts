/**
 * What the search index knows about each brief (filters, sort key, result metadata) and the facets
 * the search page offers. Filter values in the index are the labels readers see ("Rare earths");
 * the facets pair each label with a stable slug, which is what goes into a shareable URL.
 */
import { REVIEW_KINDS } from '../../schemas/brief.ts';
import { toIsoDate } from '../calendarDate.ts';
import { encodeMeter, meterReading, type MeterRating } from '../meter.ts';
import { ratingLabel } from '../scores.ts';
import { PAGE_TYPES, TYPE_FILTER, type Facet, type FacetValue } from './keys.ts';
import { filterKeyOf, termsIn, type TaxonomySettings, type TermLabeler } from '../taxonomy.ts';

/**
 * Filters every brief can have besides one per subject of the site (before these) and one per Bias
 * Meter dimension (after), in the order the search page shows them. `revised` only when it was
 * corrected or re-rated, `replied` only when it has a reply, so other briefs carry no bytes for them.
 */
const BASE_FILTER_KEYS = ['publisher', 'kind', 'year', 'revised', 'replied'] as const;

/** The site's subjects as search needs them: each becomes a filter, its terms labelled by `labelOf`. */
export interface SearchSubjects {
  taxonomies: readonly TaxonomySettings[];
  labelOf: TermLabeler;
}

/** The fields of a brief that search uses. */
export interface SearchableBrief {
  data: {
    title: string;
    summary: string;
    date: Date;
    review: { publisher: string; kind: string };
    terms: Readonly<Record<string, readonly string[]>>;
    biasMeter: { overall: string; dimensions: { dimension: string; rating: string }[] };
    corrections: readonly unknown[];
    ratingChanges: readonly unknown[];
    replies: readonly unknown[];
  };
}

/**
 * The interface words search writes into the index and onto the search page, in the site's
 * language (src/site/searchText.ts shapes them from the dictionary).
 */
export interface SearchWords {
  /** The legends of the filters every site has. */
  legends: Readonly<Record<(typeof BASE_FILTER_KEYS)[number], string>>;
  /** The one value of the `revised` filter, carried only by briefs that were corrected or re-rated. */
  revised: string;
  /** The one value of the `replied` filter, carried only by briefs with a reply. */
  replied: string;
  /** Review kinds as readers see them, by kind: `report` → `Report`. */
  kinds: Readonly<Record<string, string>>;
}

/** The dictionary keys of the search words. */
export type SearchWordKey =
  | 'search.facet.publisher'
  | 'search.facet.kind'
  | 'search.facet.year'
  | 'search.facet.revised'
  | 'search.facet.revisedValue'
  | 'search.facet.replied'
  | 'search.facet.repliedValue'
  | `work.kinds.${(typeof REVIEW_KINDS)[number]}`;

/** The search words from a site's dictionary lookup. */
export function searchWordsOf(t: (key: SearchWordKey) => string): SearchWords {
  return {
    legends: {
      publisher: t('search.facet.publisher'),
      kind: t('search.facet.kind'),
      year: t('search.facet.year'),
      revised: t('search.facet.revised'),
      replied: t('search.facet.replied'),
    },
    revised: t('search.facet.revisedValue'),
    replied: t('search.facet.repliedValue'),
    kinds: Object.fromEntries(REVIEW_KINDS.map((kind) => [kind, t(`work.kinds.${kind}`)])),
  };
}

/** The slug of the `revised` and `replied` filters' one value, in shareable URLs (`?revised=yes`). */
const REVISED_SLUG = 'yes';

/** A publisher as search names it. */
export interface NamedPublisher {
  id: string;
  name: string;
}

/** A Bias Meter dimension as search needs it. */
export interface SearchDimension {
  id: string;
  label: string;
  scale: readonly string[];
}

/** One `key: value` pair tagged on a page for Pagefind. */
export interface SearchFilter {
  key: string;
  value: string;
}

/** Everything Pagefind is told about a brief besides its text. */
export interface SearchRecord {
  filters: SearchFilter[];
  /** Sort keys; `date` is ISO `YYYY-MM-DD`, so sorting it as text sorts by date. */
  sort: { date: string };
  /**
   * Shown in results. Raw text: the search UI must escape it. `meter` is the Bias Meter as
   * `encodeMeter` writes it, so a result draws the same strips as a card.
   */
  meta: { title: string; date: string; publisher: string; summary: string; meter: string };
}

/** The slug/label pairs a brief carries under each filter key: subjects first, then base filters, then one per dimension. */
function briefFacetValues(
  brief: SearchableBrief,
  publisherName: string,
  dimensions: readonly SearchDimension[],
  subjects: SearchSubjects,
  words: SearchWords,
): Map<string, FacetValue[]> {
  const { data } = brief;
  const values = new Map<string, FacetValue[]>();
  for (const taxonomy of subjects.taxonomies) {
    const slugs = new Set(termsIn(brief, taxonomy.id));
    values.set(
      filterKeyOf(taxonomy),
      [...slugs].map((slug) => ({ slug, label: subjects.labelOf(taxonomy.id, slug) })),
    );
  }
  values.set('publisher', [{ slug: data.review.publisher, label: publisherName }]);
  values.set('kind', [{ slug: data.review.kind, label: words.kinds[data.review.kind] ?? data.review.kind }]);
  const year = String(data.date.getUTCFullYear());
  values.set('year', [{ slug: year, label: year }]);
  values.set(
    'revised',
    data.corrections.length > 0 || data.ratingChanges.length > 0 ? [{ slug: REVISED_SLUG, label: words.revised }] : [],
  );
  values.set('replied', data.replies.length > 0 ? [{ slug: REVISED_SLUG, label: words.replied }] : []);
  for (const dimension of dimensions) {
    const rated = data.biasMeter.dimensions.find((d) => d.dimension === dimension.id);
    values.set(dimension.id, rated ? [{ slug: rated.rating, label: ratingLabel(rated.rating) }] : []);
  }
  return values;
}

/** Every brief's facet values, one brief and facet key at a time (each key once per brief). */
function* facetValuesOfEach(
  briefs: readonly SearchableBrief[],
  publishers: readonly NamedPublisher[],
  dimensions: readonly SearchDimension[],
  subjects: SearchSubjects,
  words: SearchWords,
): Generator<[string, FacetValue[]]> {
  const names = new Map(publishers.map((p) => [p.id, p.name]));
  for (const brief of briefs)
    yield* briefFacetValues(
      brief,
      names.get(brief.data.review.publisher) ?? brief.data.review.publisher,
      dimensions,
      subjects,
      words,
    );
}

/** A brief's ratings on its dimension's scales, in the dimensions' order (unrated ones left out). */
function ratingsOf(brief: SearchableBrief, dimensions: readonly SearchDimension[]): MeterRating[] {
  return dimensions.flatMap((dimension) => {
    const rating = brief.data.biasMeter.dimensions.find((d) => d.dimension === dimension.id)?.rating;
    const position = rating === undefined ? 0 : dimension.scale.indexOf(rating) + 1;
    return rating !== undefined && position > 0 ? [{ dimension, rating, position }] : [];
  });
}

/**
 * The filters, sort key and result metadata for one brief. Values are the labels readers see, so
 * Pagefind's own counts and results need no translation.
 */
export function briefSearchRecord(
  brief: SearchableBrief,
  publisher: NamedPublisher,
  dimensions: readonly SearchDimension[],
  subjects: SearchSubjects,
  words: SearchWords,
): SearchRecord {
  const filters: SearchFilter[] = [{ key: TYPE_FILTER, value: PAGE_TYPES.brief }];
  for (const [key, values] of briefFacetValues(brief, publisher.name, dimensions, subjects, words)) {
    for (const value of values) filters.push({ key, value: value.label });
  }
  const date = toIsoDate(brief.data.date);
  return {
    filters,
    sort: { date },
    meta: {
      title: brief.data.title,
      date,
      publisher: publisher.name,
      summary: brief.data.summary,
      meter: encodeMeter(meterReading(brief.data.biasMeter.overall, ratingsOf(brief, dimensions))),
    },
  };
}

/** What Pagefind is told about a page that is not a brief (a publisher profile, the methodology). */
export interface PageSearchRecord {
  filters: SearchFilter[];
  /** `section` names the kind of page in results, e.g. `Publisher`. Raw text. */
  meta: { title: string; section: string };
}

/** The tags for an indexed page that is not a brief: it is kept out of brief results and shown apart. */
export function pageSearchRecord(title: string, section: string): PageSearchRecord {
  return { filters: [{ key: TYPE_FILTER, value: PAGE_TYPES.page }], meta: { title, section } };
}

const byLabel = (a: FacetValue, b: FacetValue): number => a.label.localeCompare(b.label, 'en');

/**
 * The facets of the search page, holding only values some brief in `briefs` carries (so nothing
 * from a draft leaks). Values are ordered so they do not jump around as counts change: terms and
 * publishers A–Z, kinds as the schema lists them, years newest first, ratings best to worst.
 */
export function searchFacets(
  briefs: readonly SearchableBrief[],
  publishers: readonly NamedPublisher[],
  dimensions: readonly SearchDimension[],
  subjects: SearchSubjects,
  words: SearchWords,
): Facet[] {
  const seen = new Map<string, Map<string, FacetValue>>();
  for (const [key, values] of facetValuesOfEach(briefs, publishers, dimensions, subjects, words)) {
    const bucket = seen.get(key) ?? new Map<string, FacetValue>();
    for (const value of values) bucket.set(value.slug, value);
    seen.set(key, bucket);
  }
  const valuesOf = (key: string): FacetValue[] => [...(seen.get(key)?.values() ?? [])];
  const inOrder = (key: string, order: readonly string[]): FacetValue[] =>
    valuesOf(key).sort((a, b) => order.indexOf(a.slug) - order.indexOf(b.slug));
  const facets: Facet[] = subjects.taxonomies.map((taxonomy) => {
    const key = filterKeyOf(taxonomy);
    return { key, legend: taxonomy.singular, values: valuesOf(key).sort(byLabel) };
  });
  for (const key of BASE_FILTER_KEYS) {
    const values =
      key === 'kind'
        ? inOrder(key, REVIEW_KINDS)
        : key === 'year'
          ? valuesOf(key).sort((a, b) => b.slug.localeCompare(a.slug))
          : valuesOf(key).sort(byLabel);
    facets.push({ key, legend: words.legends[key], values });
  }
  for (const dimension of dimensions)
    facets.push({ key: dimension.id, legend: dimension.label, values: inOrder(dimension.id, dimension.scale) });
  return facets.filter((facet) => facet.values.length > 0);
}

/**
 * How many briefs carry each facet value, by facet key and slug: the counts the search page shows
 * before a query, written into the page when the site is built so that Pagefind and its filter files
 * load only once the reader searches. Pagefind counts pages per indexed label (a page once per
 * label), so values are counted by label here too; only briefs carry these filters, so these equal
 * Pagefind's counts for all briefs.
 */
export function facetCounts(
  briefs: readonly SearchableBrief[],
  publishers: readonly NamedPublisher[],
  dimensions: readonly SearchDimension[],
  subjects: SearchSubjects,
  words: SearchWords,
  facets: readonly Facet[],
): Record<string, Record<string, number>> {
  const perLabel = new Map<string, Map<string, number>>();
  for (const [key, values] of facetValuesOfEach(briefs, publishers, dimensions, subjects, words)) {
    const counts = perLabel.get(key) ?? new Map<string, number>();
    for (const label of new Set(values.map((value) => value.label))) counts.set(label, (counts.get(label) ?? 0) + 1);
    perLabel.set(key, counts);
  }
  return Object.fromEntries(
    facets.map((facet) => [
      facet.key,
      Object.fromEntries(facet.values.map((value) => [value.slug, perLabel.get(facet.key)?.get(value.label) ?? 0])),
    ]),
  );
}
