/**
 * Aliases: a brief's old file names, each kept as an address that redirects to the brief. One old
 * address can lead to one brief only, and never to a name a brief has now, so the check runs over
 * every brief at once.
 */
import { SLUG_PATTERN } from '../slug.ts';
import { describeValue, problem, type Problem } from './problems.ts';

/** One entry of a brief's `aliases` list as written, with its file line when known. */
export interface AliasEntry {
  value: unknown;
  line?: number | undefined;
}

/** A brief's file name and the aliases it lists. */
export interface BriefAliases {
  /** The brief's file name without extension (its address now). */
  id: string;
  file: string;
  aliases: readonly AliasEntry[];
}

/** The entries of a brief's `aliases` field as written; none when the field is missing or not a list. */
export function aliasEntries(value: unknown, lineOf: (index: number) => number | undefined): AliasEntry[] {
  return Array.isArray(value)
    ? (value as unknown[]).map((entry, index) => ({ value: entry, line: lineOf(index) }))
    : [];
}

const USED_ONCE = 'an old file name that no other brief has, as its name or as an alias';

/** Every alias problem of every brief: not a file name, the brief's own name, or already taken. */
export function aliasProblems(briefs: readonly BriefAliases[]): Problem[] {
  const problems: Problem[] = [];
  const names = new Map(briefs.map((brief) => [brief.id.toLowerCase(), brief.file]));
  const claimed = new Map<string, string>();
  for (const brief of briefs) {
    brief.aliases.forEach(({ value, line }, index) => {
      // A value that is not text already has the frontmatter check's own problem.
      if (typeof value !== 'string' || value.trim() === '') return;
      const at = (expected: string, found: string, hint: string): void => {
        problems.push(problem(brief.file, ['aliases', index], expected, found, { hint, line }));
      };
      const alias = value.trim();
      const key = alias.toLowerCase();
      if (!SLUG_PATTERN.test(alias) || /^\d+$/.test(alias)) {
        at(
          'an old file name without folder or extension: lowercase letters, digits and hyphens, not only digits',
          describeValue(value),
          'write the name the file had before, as it appeared in the address, e.g. `old-name` for /briefs/old-name/',
        );
        return;
      }
      if (key === brief.id.toLowerCase()) {
        at(
          'an old file name of this brief, not the one it has now',
          `${describeValue(alias)}, this brief's own file name`,
          'remove it: the brief is already at that address',
        );
        return;
      }
      const owner = names.get(key);
      if (owner) {
        at(
          USED_ONCE,
          `${describeValue(alias)}, the file name of ${owner}`,
          'remove the alias: that address belongs to the other brief (or rename one of the two files)',
        );
        return;
      }
      const first = claimed.get(key);
      if (first) {
        at(
          USED_ONCE,
          first === brief.file
            ? `${describeValue(alias)} twice in this list`
            : `${describeValue(alias)}, already an alias of ${first}`,
          first === brief.file
            ? 'delete one of the two entries'
            : 'keep the alias on the brief that had that file name, and remove it from the other',
        );
        return;
      }
      claimed.set(key, brief.file);
    });
  }
  return problems;
}
