/**
 * Problems found in content, reported to editors as
 * `file:line  field  expected …, found …  (hint)`. Every check in Assay speaks this one format.
 */

import { distance } from 'fastest-levenshtein';

export type PathKey = string | number;

export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Where in the file's data the problem is, e.g. `['biasMeter', 'dimensions', 0, 'rating']`. */
  path: PathKey[];
  /** What a valid value looks like. */
  expected: string;
  /** What the file holds instead. */
  found: string;
  /** A suggestion that helps fix it, when there is one. */
  hint?: string;
  /** 1-based line of the field in the file, when known. */
  line?: number;
  /** Errors stop a build; warnings do not. */
  severity: 'error' | 'warning';
}

/** What a problem may add to its place and finding. */
export interface ProblemDetails {
  /** A suggestion that helps fix it; an empty one is left out. */
  hint?: string | undefined;
  /** 1-based line of the field in the file, when known. */
  line?: number | undefined;
  /** Errors stop a build, warnings do not; an error unless said otherwise. */
  severity?: Problem['severity'];
}

/**
 * The one way a problem record is made: `problem(file, ['review', 'url'], 'an http(s) URL',
 * '"javascript:…"', { hint })`. Every check builds its problems through it, so they all have the
 * same shape and `formatProblem` can print any of them.
 */
export function problem(
  file: string,
  path: readonly PathKey[],
  expected: string,
  found: string,
  { hint, line, severity = 'error' }: ProblemDetails = {},
): Problem {
  return { file, path: [...path], expected, found, ...(hint ? { hint } : {}), ...(line ? { line } : {}), severity };
}

/** Formats a data path as editors write it: `biasMeter.dimensions[0].rating`. */
export function formatPath(path: readonly PathKey[]): string {
  if (path.length === 0) return '(file)';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** Describes a value found in a file, briefly: `"extreme"`, `42`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'string')
    return value.length > 80 ? `${JSON.stringify(value.slice(0, 76))}…` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'object') return 'a group of fields';
  const shown = typeof value;
  return shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
}

/** Reads the value at `path` inside parsed data, or undefined. */
export function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathKey, unknown>)[key];
  }
  return current;
}

/** One line per problem, for terminals and build logs. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const label = problem.severity === 'error' ? 'error' : 'warning';
  const hint = problem.hint ? `\n    hint: ${problem.hint}` : '';
  return `${label}  ${where}\n    ${formatPath(problem.path)}: expected ${problem.expected}; found ${problem.found}${hint}`;
}

/** A full report: every problem, then a count. */
export function formatReport(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines = problems.map(formatProblem);
  lines.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return lines.join('\n');
}

/**
 * The closest of `options` to `value` by edit distance (case aside), if it is close enough to be a
 * likely typo: at most two edits, or a third of the option's length, or the only option it begins.
 * Ties go to the first listed.
 */
export function closest(value: string, options: readonly string[]): string | undefined {
  // The start of a longer id (`stimson` for `stimson-center`) is as likely as a typo.
  const lower = value.toLowerCase();
  const starts = lower.length >= 3 ? options.filter((option) => option.toLowerCase().startsWith(lower)) : [];
  if (starts.length === 1) return starts[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const d = distance(value.toLowerCase(), option.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/**
 * A "did you mean" hint naming the one likely option; only when none is close, the options after
 * `lead`, so the editor can choose.
 */
export function suggest(value: string, options: readonly string[], lead = 'known values:'): string {
  const near = closest(value, options);
  if (near) return `did you mean \`${near}\`?`;
  return options.length ? `${lead} ${options.join(', ')}` : '';
}

/**
 * Problems by file, then by line, as an editor reads them top to bottom; a problem of the whole
 * file (no line) comes first. The sort is stable, so problems on one line keep their order.
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
}

/**
 * The problem with a hint saying what to do, when its check gave none: a missing field is added,
 * anything else is changed to what was expected. Every error then tells the editor a next step.
 */
export function withNextStep(found: Problem): Problem {
  if (found.hint || found.severity !== 'error') return found;
  const field = formatPath(found.path);
  const where = found.path.length === 0 ? 'the file' : `\`${field}\``;
  const hint =
    found.found === 'nothing'
      ? `add ${where}, e.g. a line \`${String(found.path[found.path.length - 1])}: …\` (docs/editing.md lists every field)`
      : `change ${where} to ${found.expected}`;
  return { ...found, hint };
}
