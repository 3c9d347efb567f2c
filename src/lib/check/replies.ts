/**
 * The cross-checks of a brief's `replies` (the right of reply): who replies (a known publisher, or
 * a named person with a role), dates in range and oldest first, and the rating change an editors'
 * answer points to existing and coming no earlier than the reply.
 */
import type { BriefData } from '../../schemas/brief.ts';
import { startOfUtcDay, toIsoDate } from '../calendarDate.ts';
import { describeValue, problem, suggest, type Problem } from './problems.ts';

type Report = (path: Problem['path'], expected: string, found: string, hint?: string) => void;

/** Each reply dated on or after the brief, no later than the build's day, the list oldest first. */
export function checkReplyDates(data: BriefData, now: Date, report: Report): void {
  const today = startOfUtcDay(now);
  let previous: Date | undefined;
  data.replies.forEach((reply, i) => {
    const found = toIsoDate(reply.date);
    if (reply.date < data.date)
      report(
        ['replies', i, 'date'],
        `a date on or after the brief's date (${toIsoDate(data.date)})`,
        found,
        'a reply answers the published brief, so it cannot come before it',
      );
    else if (reply.date > today)
      report(['replies', i, 'date'], `a date no later than the day of the build (${toIsoDate(today)})`, found);
    else if (previous && reply.date < previous)
      report(['replies', i, 'date'], `replies oldest first (a date on or after ${toIsoDate(previous)})`, found);
    previous = reply.date;
  });
}

/** Each reply says who speaks: a publisher of content/publishers, or a named person with a role. */
export function checkReplyAuthors(data: BriefData, publisherIds: readonly string[], report: Report): void {
  data.replies.forEach((reply, i) => {
    if (reply.publisher === undefined && reply.name === undefined)
      report(
        ['replies', i],
        'a `publisher` (the id of a file in content/publishers), or a `name` with a `role`',
        'neither',
        `to let the reviewed publisher reply, add "publisher: ${data.review.publisher}"`,
      );
    if (reply.name !== undefined && reply.role === undefined)
      report(['replies', i, 'role'], `the role of ${reply.name}, such as Lead author`, 'nothing');
    if (reply.role !== undefined && reply.name === undefined)
      report(['replies', i, 'name'], `the name of the person whose role is ${reply.role}`, 'nothing');
    if (reply.publisher !== undefined && !publisherIds.includes(reply.publisher))
      report(
        ['replies', i, 'publisher'],
        'the id of a file in content/publishers (its name without .yaml)',
        describeValue(reply.publisher),
        suggest(reply.publisher, publisherIds, 'add the publisher file first, or use one of'),
      );
  });
}

/** `ratingChange` names an entry of `ratingChanges`, dated on or after the reply. */
export function checkReplyRatingChanges(data: BriefData, report: Report): void {
  data.replies.forEach((reply, i) => {
    if (reply.ratingChange === undefined) return;
    const change = data.ratingChanges[reply.ratingChange - 1];
    const count = data.ratingChanges.length;
    if (!change)
      report(
        ['replies', i, 'ratingChange'],
        count === 0
          ? 'the number of a ratingChanges entry (this brief has none)'
          : `the number of a ratingChanges entry (1 to ${count})`,
        String(reply.ratingChange),
        count === 0 ? 'add the rating change to ratingChanges first, or remove ratingChange' : undefined,
      );
    else if (change.date < reply.date)
      report(
        ['replies', i, 'ratingChange'],
        `a rating change dated on or after the reply (${toIsoDate(reply.date)})`,
        `ratingChanges entry ${reply.ratingChange}, dated ${toIsoDate(change.date)}`,
      );
  });
}

/** All the checks above, as problems of `file`. */
export function replyProblems(file: string, data: BriefData, publisherIds: readonly string[], now: Date): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, expected, found, hint) => problems.push(problem(file, path, expected, found, { hint }));
  checkReplyDates(data, now, report);
  checkReplyAuthors(data, publisherIds, report);
  checkReplyRatingChanges(data, report);
  return problems;
}
