import { describe, expect, it } from 'vitest';
import { briefsWithTerm, termLabel, termsOf } from '../../src/lib/taxonomy.ts';

const brief = (topics: string[], regions: string[] = [], minerals: string[] = []) => ({
  data: { topics, regions, minerals },
});

describe('taxonomy', () => {
  it('labels slugs for readers', () => {
    expect(termLabel('topics', 'rare-earths')).toBe('Rare earths');
    expect(termLabel('regions', 'united-states')).toBe('United States');
    expect(termLabel('regions', 'congo-drc')).toBe('Congo DRC');
    expect(termLabel('minerals', 'dysprosium')).toBe('Dysprosium');
  });

  it('counts terms, most used first, each brief once', () => {
    const briefs = [brief(['trade', 'energy']), brief(['energy', 'energy']), brief(['mining'])];
    expect(termsOf(briefs, 'topics')).toEqual([
      { slug: 'energy', label: 'Energy', count: 2 },
      { slug: 'mining', label: 'Mining', count: 1 },
      { slug: 'trade', label: 'Trade', count: 1 },
    ]);
  });

  it('finds the briefs carrying a term', () => {
    const a = brief(['x'], ['chile']);
    const b = brief(['y'], ['peru']);
    expect(briefsWithTerm([a, b], 'regions', 'peru')).toEqual([b]);
  });
});
