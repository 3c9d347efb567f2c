/**
 * The site's subjects, bound to its settings once: which taxonomies it has, in its order, how their
 * terms are labelled, and the few places that show one subject only (the first listed: the home
 * page's chips, search's suggestions, feed tags and keywords). Pages, components and feeds import
 * these; src/lib/taxonomy.ts stays free of settings and takes them as arguments.
 */
import {
  briefsWithTerm as briefsWithTermOf,
  menuTaxonomies,
  termLabeler,
  termsOf as termsOfIn,
  type Tagged,
  type TaxonomySettings,
  type Term,
} from '../lib/taxonomy.ts';
import type { SearchSubjects } from '../lib/search/meta.ts';
import { site } from './config.ts';

/** The site's subjects, in the order menus list them. */
export const taxonomies: readonly TaxonomySettings[] = site.taxonomies;

/** The first subject the site lists (the demo's topics), or undefined on a site with none. */
export const primaryTaxonomy: TaxonomySettings | undefined = taxonomies[0];

/** Subjects linked from the header, and those linked from the footer. */
export const menus = menuTaxonomies(taxonomies);

/** A term's label as readers see it: `termLabel('regions', 'congo-drc')` → `Congo DRC`. */
export const termLabel = termLabeler(taxonomies, site.labels);

/** Every term of a subject with its count of briefs, most used first. */
export const termsOf = (briefs: readonly Tagged[], taxonomy: string): Term[] => termsOfIn(briefs, taxonomy, termLabel);

export const briefsWithTerm = briefsWithTermOf;

/** The labels of a brief's terms of the first subject: its tags in feeds and keywords in structured data. */
export function primaryLabels(brief: Tagged): string[] {
  if (!primaryTaxonomy) return [];
  const { id } = primaryTaxonomy;
  return (brief.data.terms[id] ?? []).map((slug) => termLabel(id, slug));
}

/** The subjects as search takes them. */
export const searchSubjects: SearchSubjects = { taxonomies, labelOf: termLabel };
