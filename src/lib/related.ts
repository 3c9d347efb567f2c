/** Which briefs to suggest next to a brief, and its neighbours in time. */
import { byNewest } from './published.ts';
import { termsIn, weightOf, type TaxonomySettings } from './taxonomy.ts';

interface Relatable {
  id: string;
  data: { date: Date; terms: Readonly<Record<string, readonly string[]>>; review: { publisher: string } };
}

/** How much having the same publisher counts towards relatedness. */
const PUBLISHER_WEIGHT = 1;

/** Every subject a brief carries, as weighted keys such as `topics:rare-earths`, and its publisher. */
function keysOf(brief: Relatable, taxonomies: readonly TaxonomySettings[]): [string, number][] {
  const keys: [string, number][] = [];
  for (const taxonomy of taxonomies)
    for (const slug of new Set(termsIn(brief, taxonomy.id))) keys.push([`${taxonomy.id}:${slug}`, weightOf(taxonomy)]);
  // `@` is in no subject id, so the publisher's key never meets a term's.
  keys.push([`@publisher:${brief.data.review.publisher}`, PUBLISHER_WEIGHT]);
  return keys;
}

/**
 * Up to `limit` briefs that share the most with a brief: each shared term counts its subject's
 * weight (the demo: topic 3, mineral 2, region 1; default 1), the same publisher 1. Ties go to the
 * newer brief, then the slug. Briefs that
 * share nothing are left out. Returns a lookup by brief id: the index from subject to briefs is
 * built once for the whole site, and each brief's list is worked out when first asked for, so a
 * preview that shows one brief page does not pay for all of them (at 5,000 briefs with few
 * subjects, every brief shares something with thousands of others: 0.5-0.9 s for the whole set).
 * Scores are kept in one typed array indexed by rank.
 */
export function relatedBriefs<T extends Relatable>(
  all: readonly T[],
  taxonomies: readonly TaxonomySettings[],
  limit = 3,
): (id: string) => T[] {
  // Rank = position in newest-first order, so "lower rank wins a tie" is the tie-break rule.
  const ranked = [...all].sort(byNewest);
  const rankOf = new Map(ranked.map((brief, rank) => [brief.id, rank]));
  const keys = ranked.map((brief) => keysOf(brief, taxonomies));
  const bySubject = new Map<string, number[]>();
  keys.forEach((briefKeys, rank) => {
    for (const [key] of briefKeys) {
      let list = bySubject.get(key);
      if (!list) bySubject.set(key, (list = []));
      list.push(rank);
    }
  });
  const scores = new Float64Array(ranked.length);
  const found = new Map<string, T[]>();
  return (id) => {
    const known = found.get(id);
    if (known) return known;
    const self = rankOf.get(id);
    if (self === undefined) return [];
    const touched: number[] = [];
    for (const [key, weight] of keys[self]!) {
      for (const other of bySubject.get(key)!) {
        if (other === self) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += weight;
      }
    }
    // Keep the best `limit` in order: higher score first, then lower rank.
    const best: number[] = [];
    for (const other of touched) {
      let at = best.length;
      while (
        at > 0 &&
        (scores[best[at - 1]!]! < scores[other]! || (scores[best[at - 1]!] === scores[other] && best[at - 1]! > other))
      )
        at--;
      if (at < limit) {
        best.splice(at, 0, other);
        if (best.length > limit) best.pop();
      }
    }
    for (const other of touched) scores[other] = 0;
    const related = best.map((rank) => ranked[rank]!);
    found.set(id, related);
    return related;
  };
}

/** The newer and older neighbours of the brief at `index` in a newest-first list. */
export function neighbours<T>(sorted: readonly T[], index: number): { newer: T | undefined; older: T | undefined } {
  return { newer: index > 0 ? sorted[index - 1] : undefined, older: sorted[index + 1] };
}
