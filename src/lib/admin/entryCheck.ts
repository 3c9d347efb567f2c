/**
 * The content check run on what an editor is about to save in /admin/: the same rules as
 * `npm run check` (src/lib/check), on the file as it would be written, so the editor reads the
 * check's own message before anything reaches the repository. Rules that need every brief at once
 * (file names taken, aliases) stay with `npm run check` and the build.
 */
import { stringify } from 'yaml';
import { biasMeterSchema } from '../../schemas/biasMeter.ts';
import { publisherSchema } from '../../schemas/publisher.ts';
import { checkBrief } from '../check/brief.ts';
import { formatProblem, type Problem } from '../check/problems.ts';
import { checkYamlFile } from '../check/yamlFile.ts';
import type { AdminPayload } from './payload.ts';

/** A collection of the editor (src/lib/admin/cmsConfig.ts). */
export type EditorCollection = 'briefs' | 'publishers' | 'settings';

/** The text of the file an entry becomes: YAML, or a brief's frontmatter and body. */
export function entryText(collection: EditorCollection, data: Record<string, unknown>): string {
  if (collection !== 'briefs') return stringify(data);
  const { body, ...frontmatter } = data;
  return `---\n${stringify(frontmatter)}---\n${typeof body === 'string' ? body : ''}`;
}

/**
 * Every problem the check finds in an entry about to be saved as `file` (a path from the site's
 * root, for the messages); warnings included, each with its severity.
 */
export function checkEntry(
  collection: EditorCollection,
  file: string,
  data: Record<string, unknown>,
  check: AdminPayload['check'],
  now: Date,
): Problem[] {
  const problems: Problem[] = [];
  const source = { file, bytes: new TextEncoder().encode(entryText(collection, data)) };
  if (collection === 'publishers') checkYamlFile(source, publisherSchema, problems);
  else if (collection === 'settings') checkYamlFile(source, biasMeterSchema, problems);
  else
    checkBrief(
      source,
      { taxonomies: check.taxonomies, fields: check.fields },
      {
        publisherIds: check.publisherIds,
        biasMeter: { dimensions: check.dimensions },
        dataSets: new Map(check.dataSets),
        now,
      },
      problems,
    );
  return problems;
}

/** The check's messages for the problems that stop a save (errors), as `npm run check` prints them. */
export function blockingMessages(problems: readonly Problem[]): string[] {
  return problems.filter((p) => p.severity === 'error').map(formatProblem);
}

type Path = (string | number)[];

/** One change to an entry before it is saved: a value trimmed, or an empty value removed. */
export type Tidy = { path: Path; remove: true } | { path: Path; remove: false; value: string };

/**
 * What to change in an entry before saving: text trimmed (decap-cms #7398), and empty optional
 * values left out rather than written as `""` or `null` (an empty `updated:` is not a date). The
 * body is left as written. Changes come deepest and last first, so removing list items in this order
 * keeps the other paths right.
 */
export function tidyEntry(data: unknown): Tidy[] {
  const changes: Tidy[] = [];
  collectTidy(data, [], changes);
  return changes.reverse();
}

function collectTidy(data: unknown, path: Path, changes: Tidy[]): void {
  if (typeof data === 'string') {
    if (data.trim() === '') changes.push({ path, remove: true });
    else if (data.trim() !== data) changes.push({ path, remove: false, value: data.trim() });
  } else if (data === null || data === undefined) {
    if (path.length > 0) changes.push({ path, remove: true });
  } else if (Array.isArray(data)) {
    data.forEach((item, index) => collectTidy(item, [...path, index], changes));
  } else if (typeof data === 'object') {
    for (const [key, value] of Object.entries(data))
      if (!(path.length === 0 && key === 'body')) collectTidy(value, [...path, key], changes);
  }
}

/** Applies tidyEntry's changes to a plain copy (the editor applies them to Decap's own data). */
export function applyTidy<T>(data: T, changes: readonly Tidy[]): T {
  const copy = structuredClone(data) as unknown;
  for (const change of changes) {
    const parent = change.path
      .slice(0, -1)
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy);
    const key = change.path.at(-1)!;
    if (!change.remove) (parent as Record<string | number, unknown>)[key] = change.value;
    else if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<string, unknown>)[key as string];
  }
  return copy as T;
}
