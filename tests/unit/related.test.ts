import { describe, expect, it } from 'vitest';
import { neighbours, relatedBriefs } from '../../src/lib/related.ts';
import { demoTaxonomies } from './demoSubjects.ts';

const brief = (id: string, date: string, topics: string[], minerals: string[] = [], publisher = 'p') => ({
  id,
  data: { date: new Date(date), terms: { topics, regions: [], minerals }, review: { publisher } },
});

describe('related briefs', () => {
  const base = brief('base', '2025-01-01', ['energy', 'trade'], ['lithium']);
  const all = [
    base,
    brief('same-topics', '2024-01-01', ['energy', 'trade'], [], 'q'),
    brief('one-topic-newer', '2025-05-01', ['energy'], [], 'q'),
    brief('one-topic-older', '2023-05-01', ['trade'], [], 'q'),
    brief('nothing-shared', '2025-06-01', ['other'], [], 'z'),
  ];

  it('ranks by what is shared, newer first on ties, never itself or unrelated briefs', () => {
    expect(relatedBriefs(all, demoTaxonomies)('base').map((b) => b.id)).toEqual([
      'same-topics',
      'one-topic-newer',
      'one-topic-older',
    ]);
    expect(relatedBriefs(all, demoTaxonomies, 1)('base').map((b) => b.id)).toEqual(['same-topics']);
    expect(relatedBriefs(all, demoTaxonomies)('nothing-shared')).toEqual([]);
    expect(relatedBriefs(all, demoTaxonomies)('no-such-brief')).toEqual([]);
  });

  it('agrees with scoring every pair on a few hundred varied briefs', () => {
    // A small deterministic generator, so a failure is reproducible.
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pick = (pool: string[], most: number): string[] => [
      ...new Set(Array.from({ length: next(most + 1) }, () => pool[next(pool.length)]!)),
    ];
    const many = Array.from({ length: 300 }, (_, i) =>
      brief(
        `b${i}`,
        `202${next(5)}-0${1 + next(9)}-1${next(9)}`,
        pick(['t1', 't2', 't3', 't4'], 2),
        pick(['m1', 'm2', 'm3'], 2),
        `p${next(4)}`,
      ),
    );
    const shared = (a: (typeof many)[number], b: (typeof many)[number]): number =>
      3 * a.data.terms.topics.filter((t) => b.data.terms.topics.includes(t)).length +
      2 * a.data.terms.minerals.filter((m) => b.data.terms.minerals.includes(m)).length +
      (a.data.review.publisher === b.data.review.publisher ? 1 : 0);
    const fast = relatedBriefs(many, demoTaxonomies);
    for (const one of many) {
      const expected = many
        .filter((other) => other !== one && shared(one, other) > 0)
        .sort(
          (a, b) =>
            shared(one, b) - shared(one, a) ||
            b.data.date.getTime() - a.data.date.getTime() ||
            a.id.localeCompare(b.id),
        )
        .slice(0, 3)
        .map((b) => b.id);
      expect(fast(one.id).map((b) => b.id)).toEqual(expected);
    }
  });

  it('finds neighbours in a newest-first list', () => {
    expect(neighbours(['a', 'b', 'c'], 0)).toEqual({ newer: undefined, older: 'b' });
    expect(neighbours(['a', 'b', 'c'], 2)).toEqual({ newer: 'b', older: undefined });
  });
});
