/** Which briefs to suggest next to a brief, and its neighbours in time. */

interface Relatable {
  id: string;
  data: { date: Date; topics: string[]; regions: string[]; minerals: string[]; review: { publisher: string } };
}

/** How much each kind of shared subject counts towards relatedness. */
const WEIGHTS = { topics: 3, minerals: 2, regions: 1, publisher: 1 } as const;

/** Every subject a brief carries, as weighted keys such as `topics:rare-earths`. */
function keysOf(brief: Relatable): [string, number][] {
  return [
    ...new Set(brief.data.topics.map((t) => `topics:${t}`)),
    ...new Set(brief.data.minerals.map((m) => `minerals:${m}`)),
    ...new Set(brief.data.regions.map((r) => `regions:${r}`)),
    `publisher:${brief.data.review.publisher}`,
  ].map((key) => [key, WEIGHTS[key.slice(0, key.indexOf(':')) as keyof typeof WEIGHTS]]);
}

/**
 * For every brief, up to `limit` briefs that share the most with it: each shared topic counts 3,
 * mineral 2, region and the same publisher 1 each. Ties go to the newer brief, then the slug.
 * Briefs that share nothing are left out. Built once for a whole site through an index from
 * subject to briefs, so the cost follows the briefs that actually share something, not all pairs.
 */
export function relatedBriefsOf<T extends Relatable>(all: readonly T[], limit = 3): Map<string, T[]> {
  const bySubject = new Map<string, T[]>();
  for (const brief of all) {
    for (const [key] of keysOf(brief)) {
      let list = bySubject.get(key);
      if (!list) bySubject.set(key, (list = []));
      list.push(brief);
    }
  }
  const related = new Map<string, T[]>();
  for (const brief of all) {
    const scores = new Map<T, number>();
    for (const [key, weight] of keysOf(brief)) {
      for (const other of bySubject.get(key)!) if (other !== brief) scores.set(other, (scores.get(other) ?? 0) + weight);
    }
    const best: [T, number][] = [];
    for (const entry of scores) {
      best.push(entry);
      best.sort(([a, sa], [b, sb]) => sb - sa || b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
      if (best.length > limit) best.pop();
    }
    related.set(
      brief.id,
      best.map(([other]) => other),
    );
  }
  return related;
}

/** The newer and older neighbours of the brief at `index` in a newest-first list. */
export function neighbours<T>(sorted: readonly T[], index: number): { newer: T | undefined; older: T | undefined } {
  return { newer: index > 0 ? sorted[index - 1] : undefined, older: sorted[index + 1] };
}
