import { describe, expect, it } from 'vitest';
import {
  briefsWithTerm,
  DEFAULT_WEIGHT,
  menuTaxonomies,
  termLabeler,
  termsOf,
  weightOf,
} from '../../src/lib/taxonomy.ts';
import { demoLabel, demoTaxonomies } from './demoSubjects.ts';

const brief = (topics: string[], regions: string[] = [], minerals: string[] = []) => ({
  data: { terms: { topics, regions, minerals } },
});

describe('taxonomy', () => {
  it('labels slugs for readers', () => {
    expect(demoLabel('topics', 'rare-earths')).toBe('Rare earths');
    expect(demoLabel('regions', 'united-states')).toBe('United States');
    expect(demoLabel('regions', 'congo-drc')).toBe('Congo DRC');
    expect(demoLabel('minerals', 'dysprosium')).toBe('Dysprosium');
  });

  it("labels with the site's own words and each subject's case", () => {
    const label = termLabeler(
      [
        { id: 'sectors', singular: 'Sector', plural: 'Sectors' },
        { id: 'countries', singular: 'Country', plural: 'Countries', labelCase: 'title' },
      ],
      { ict: 'ICT', us: 'U.S.' },
    );
    expect(label('sectors', 'ict-and-buildings')).toBe('ICT and buildings');
    expect(label('countries', 'united-states')).toBe('United States');
    expect(label('countries', 'us')).toBe('U.S.');
    expect(label('countries', 'isle-of-man')).toBe('Isle of Man');
    // Words the site lists replace Assay's own; a word like `constructor` is only a word.
    expect(termLabeler([], { of: 'Of' })('x', 'bay-of-constructor')).toBe('Bay Of constructor');
  });

  it('counts terms, most used first, each brief once', () => {
    const briefs = [brief(['trade', 'energy']), brief(['energy', 'energy']), brief(['mining'])];
    expect(termsOf(briefs, 'topics', demoLabel)).toEqual([
      { slug: 'energy', label: 'Energy', count: 2 },
      { slug: 'mining', label: 'Mining', count: 1 },
      { slug: 'trade', label: 'Trade', count: 1 },
    ]);
    expect(termsOf(briefs, 'sectors', demoLabel)).toEqual([]);
  });

  it('finds the briefs carrying a term', () => {
    const a = brief(['x'], ['chile']);
    const b = brief(['y'], ['peru']);
    expect(briefsWithTerm([a, b], 'regions', 'peru')).toEqual([b]);
    expect(briefsWithTerm([a, b], 'sectors', 'peru')).toEqual([]);
  });

  it('weighs the demo subjects as before, others by the default', () => {
    expect(demoTaxonomies.map((t) => [t.id, weightOf(t)])).toEqual([
      ['topics', 3],
      ['regions', 1],
      ['minerals', 2],
    ]);
    expect(weightOf({ id: 'sectors', singular: 'Sector', plural: 'Sectors' })).toBe(DEFAULT_WEIGHT);
  });

  it('puts the first two subjects in the header and the rest in the footer', () => {
    expect(menuTaxonomies(['topics', 'regions', 'minerals'])).toEqual({
      header: ['topics', 'regions'],
      footer: ['minerals'],
    });
    expect(menuTaxonomies(['sectors', 'countries'])).toEqual({ header: ['sectors', 'countries'], footer: [] });
  });
});
