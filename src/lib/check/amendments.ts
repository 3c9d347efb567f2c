/**
 * The cross-checks of a brief's `corrections` and `ratingChanges`: dates in range and in order,
 * ratings on their dimension's scale, each dimension's changes chaining to its current rating, and
 * `updated` no earlier than the latest change. Each rule is its own function.
 */
import type { BiasMeterConfig } from '../../schemas/biasMeter.ts';
import type { BriefData } from '../../schemas/brief.ts';
import { startOfUtcDay, toIsoDate } from '../calendarDate.ts';
import { latestAmendment } from '../corrections.ts';
import { describeValue, problem, suggest, type Problem } from './problems.ts';

type Report = (path: Problem['path'], expected: string, found: string, hint?: string) => void;

const LISTS = ['corrections', 'ratingChanges'] as const;

/** Every date on or after the brief's date and no later than the build's day, each list oldest first. */
export function checkAmendmentDates(data: BriefData, now: Date, report: Report): void {
  const today = startOfUtcDay(now);
  for (const list of LISTS) {
    let previous: Date | undefined;
    data[list].forEach((entry, i) => {
      const found = toIsoDate(entry.date);
      if (entry.date < data.date)
        report([list, i, 'date'], `a date on or after the brief's date (${toIsoDate(data.date)})`, found);
      else if (entry.date > today)
        report([list, i, 'date'], `a date no later than the day of the build (${toIsoDate(today)})`, found);
      else if (previous && entry.date < previous)
        report([list, i, 'date'], `entries oldest first (a date on or after ${toIsoDate(previous)})`, found);
      previous = entry.date;
    });
  }
}

/** Each change names a known dimension, and `from` and `to` are different values of its scale. */
export function checkRatingChangeScales(data: BriefData, biasMeter: BiasMeterConfig, report: Report): void {
  const ids = biasMeter.dimensions.map((d) => d.id);
  data.ratingChanges.forEach((change, i) => {
    const dimension = biasMeter.dimensions.find((d) => d.id === change.dimension);
    if (!dimension) {
      report(
        ['ratingChanges', i, 'dimension'],
        `a dimension of content/bias-meter.yaml (${ids.join(', ')})`,
        describeValue(change.dimension),
        suggest(change.dimension, ids),
      );
      return;
    }
    for (const field of ['from', 'to'] as const) {
      if (!dimension.scale.includes(change[field]))
        report(
          ['ratingChanges', i, field],
          `one of ${dimension.scale.join(', ')} (the ${dimension.label} scale)`,
          describeValue(change[field]),
          suggest(change[field], dimension.scale),
        );
    }
    if (change.from === change.to)
      report(['ratingChanges', i, 'to'], `a rating different from \`from\` (${change.from})`, describeValue(change.to));
  });
}

/** Per dimension, each `from` is the `to` before it, and the last `to` is the rating in `biasMeter`. */
export function checkRatingChangeChains(data: BriefData, report: Report): void {
  const lastTo = new Map<string, string>();
  const lastIndex = new Map<string, number>();
  data.ratingChanges.forEach((change, i) => {
    const before = lastTo.get(change.dimension);
    if (before !== undefined && change.from !== before)
      report(
        ['ratingChanges', i, 'from'],
        `the rating the previous ${change.dimension} change ended at (${before})`,
        describeValue(change.from),
      );
    lastTo.set(change.dimension, change.to);
    lastIndex.set(change.dimension, i);
  });
  for (const [dimension, to] of lastTo) {
    const current = data.biasMeter.dimensions.find((d) => d.dimension === dimension)?.rating;
    if (current !== undefined && current !== to)
      report(
        ['ratingChanges', lastIndex.get(dimension)!, 'to'],
        `the current ${dimension} rating in biasMeter (${current}), as the last change of a dimension ends there`,
        describeValue(to),
      );
  }
}

/** `updated`, when given, is not earlier than the latest correction or rating change. */
export function checkUpdatedAfterAmendments(data: BriefData, report: Report): void {
  const latest = latestAmendment(data);
  if (data.updated && latest && data.updated < latest)
    report(
      ['updated'],
      `a date on or after the latest correction or rating change (${toIsoDate(latest)})`,
      toIsoDate(data.updated),
      'remove `updated` or set it to that date; a correction already marks the brief as updated',
    );
}

/** All the checks above, as problems of `file`. */
export function amendmentProblems(
  file: string,
  data: BriefData,
  biasMeter: BiasMeterConfig | undefined,
  now: Date,
): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, expected, found, hint) => problems.push(problem(file, path, expected, found, { hint }));
  checkAmendmentDates(data, now, report);
  if (biasMeter) checkRatingChangeScales(data, biasMeter, report);
  checkRatingChangeChains(data, report);
  checkUpdatedAfterAmendments(data, report);
  return problems;
}
