import { describe, expect, it } from 'vitest';
import { neighbours, relatedBriefsOf } from '../../src/lib/related.ts';

const brief = (id: string, date: string, topics: string[], minerals: string[] = [], publisher = 'p') => ({
  id,
  data: { date: new Date(date), topics, regions: [], minerals, review: { publisher } },
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
    expect(
      relatedBriefsOf(all)
        .get('base')
        ?.map((b) => b.id),
    ).toEqual(['same-topics', 'one-topic-newer', 'one-topic-older']);
    expect(
      relatedBriefsOf(all, 1)
        .get('base')
        ?.map((b) => b.id),
    ).toEqual(['same-topics']);
    expect(relatedBriefsOf(all).get('nothing-shared')).toEqual([]);
  });

  it('finds neighbours in a newest-first list', () => {
    expect(neighbours(['a', 'b', 'c'], 0)).toEqual({ newer: undefined, older: 'b' });
    expect(neighbours(['a', 'b', 'c'], 2)).toEqual({ newer: 'b', older: undefined });
  });
});
