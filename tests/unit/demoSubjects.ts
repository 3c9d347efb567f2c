// The demo site's subjects (topics, regions, minerals) as src/lib takes them, for the unit tests.
import type { SearchSubjects } from '../../src/lib/search/meta.ts';
import { termLabeler } from '../../src/lib/taxonomy.ts';
import { demoSite as site } from './demoSite.ts';

export const demoTaxonomies = site.taxonomies;
export const demoLabel = termLabeler(site.taxonomies, site.labels);
export const demoSubjects: SearchSubjects = { taxonomies: demoTaxonomies, labelOf: demoLabel };

/** Brief data with the demo's three subject lists as they are written in frontmatter, as `terms`. */
export function withTerms<T extends { topics?: string[]; regions?: string[]; minerals?: string[] }>(
  data: T,
): Omit<T, 'topics' | 'regions' | 'minerals'> & { terms: Record<string, string[]> } {
  const { topics = [], regions = [], minerals = [], ...rest } = data;
  return { ...rest, terms: { topics, regions, minerals } };
}
