/**
 * Corrections and rating changes of a brief, as readers see them: one dated list, newest first,
 * the date the brief counts as last modified, and each dimension's earlier rating.
 */

export interface CorrectionData {
  date: Date;
  text: string;
}

export interface RatingChangeData {
  date: Date;
  dimension: string;
  from: string;
  to: string;
  reason: string;
}

/** The fields of a brief this module reads. */
export interface Amendable {
  date: Date;
  updated?: Date | undefined;
  corrections: readonly CorrectionData[];
  ratingChanges: readonly RatingChangeData[];
}

/** One entry of a brief's "Corrections and rating changes" list. */
export type Amendment =
  | ({ kind: 'correction'; index: number } & CorrectionData)
  | ({ kind: 'rating-change'; index: number } & RatingChangeData);

/** Every correction and rating change, newest first (a rating change before a correction of the same day). */
export function amendmentsOf(data: Amendable): Amendment[] {
  const all: Amendment[] = [
    ...data.corrections.map((c, index) => ({ kind: 'correction' as const, index, ...c })),
    ...data.ratingChanges.map((c, index) => ({ kind: 'rating-change' as const, index, ...c })),
  ];
  return all.sort(
    (a, b) =>
      b.date.getTime() - a.date.getTime() ||
      (a.kind === b.kind ? b.index - a.index : a.kind === 'rating-change' ? -1 : 1),
  );
}

/** The date of the latest correction or rating change, if any. */
export function latestAmendment(data: Amendable): Date | undefined {
  return amendmentsOf(data)[0]?.date;
}

/**
 * The date the brief counts as last modified: `updated`, or the latest correction or rating change
 * when that is later (or `updated` is absent). Undefined when the brief was never changed.
 */
export function lastModified(data: Amendable): Date | undefined {
  const latest = latestAmendment(data);
  if (!latest) return data.updated;
  if (!data.updated) return latest;
  return latest > data.updated ? latest : data.updated;
}

/** The newest date of each kind, for the mark near the brief's header. */
export function amendmentMarks(data: Amendable): { kind: Amendment['kind']; date: Date }[] {
  const marks: { kind: Amendment['kind']; date: Date }[] = [];
  const correction = data.corrections.at(-1);
  const change = [...data.ratingChanges].sort((a, b) => b.date.getTime() - a.date.getTime())[0];
  if (correction) marks.push({ kind: 'correction', date: correction.date });
  if (change) marks.push({ kind: 'rating-change', date: change.date });
  return marks.sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** A dimension's rating before its first change, and the date of its latest change. */
export function earlierRating(
  data: Pick<Amendable, 'ratingChanges'>,
  dimension: string,
): { from: string; date: Date } | undefined {
  const changes = data.ratingChanges.filter((c) => c.dimension === dimension);
  const last = changes.at(-1);
  return last ? { from: last.from, date: last.date } : undefined;
}

/** A correction or rating change with the brief it belongs to, for the site-wide list. */
export interface SiteAmendment<B> {
  brief: B;
  amendment: Amendment;
}

/** Every correction and rating change of `briefs`, newest first; ties keep the briefs' order. */
export function siteAmendments<B extends { data: Amendable }>(briefs: readonly B[]): SiteAmendment<B>[] {
  const all = briefs.flatMap((brief) => amendmentsOf(brief.data).map((amendment) => ({ brief, amendment })));
  return all
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => b.entry.amendment.date.getTime() - a.entry.amendment.date.getTime() || a.order - b.order)
    .map(({ entry }) => entry);
}

/** The anchor of an amendment on its brief's page: `correction-1`, `rating-change-2` (1-based, oldest first). */
export function amendmentAnchor(amendment: Pick<Amendment, 'kind' | 'index'>): string {
  return `${amendment.kind}-${amendment.index + 1}`;
}

/** Whether a brief was corrected or re-rated after publication. */
export function isAmended(data: Amendable): boolean {
  return data.corrections.length > 0 || data.ratingChanges.length > 0;
}
