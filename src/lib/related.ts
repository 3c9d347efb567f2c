/** Which briefs to suggest next to a brief, and its neighbours in time. */

interface Relatable {
  id: string;
  data: { date: Date; topics: string[]; regions: string[]; minerals: string[]; review: { publisher: string } };
}

const shared = (a: readonly string[], b: readonly string[]): number => a.filter((x) => b.includes(x)).length;

/**
 * Up to `limit` briefs that share the most with `brief`: topics count 3, minerals 2, regions and
 * the same publisher 1 each. Ties go to the newer brief. Briefs that share nothing are left out.
 */
export function relatedBriefs<T extends Relatable>(brief: T, all: readonly T[], limit = 3): T[] {
  return all
    .filter((other) => other.id !== brief.id)
    .map((other) => ({
      other,
      score:
        3 * shared(brief.data.topics, other.data.topics) +
        2 * shared(brief.data.minerals, other.data.minerals) +
        shared(brief.data.regions, other.data.regions) +
        (brief.data.review.publisher === other.data.review.publisher ? 1 : 0),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.other.data.date.getTime() - a.other.data.date.getTime() || a.other.id.localeCompare(b.other.id))
    .slice(0, limit)
    .map(({ other }) => other);
}

/** The newer and older neighbours of the brief at `index` in a newest-first list. */
export function neighbours<T>(sorted: readonly T[], index: number): { newer: T | undefined; older: T | undefined } {
  return { newer: index > 0 ? sorted[index - 1] : undefined, older: sorted[index + 1] };
}
