/**
 * One brief file checked as `npm run check` does: frontmatter, schema, the soft limits that only
 * warn, unfinished placeholders, then the cross-checks against the rest of the content.
 */
import { briefSchema } from '../../schemas/brief.ts';
import { chartSchema } from '../../schemas/chart.ts';
import { calendarDate } from '../../schemas/fields.ts';
import { fileSlug } from '../slug.ts';
import type { TaxonomySettings } from '../taxonomy.ts';
import type { CheckSettings } from './validateContent.ts';
import {
  crossCheckBrief,
  crossCheckFacts,
  type BriefFacts,
  type CheckedBrief,
  type ContentContext,
} from './crossCheck.ts';
import { aliasEntries, type BriefAliases } from './aliases.ts';
import { decode, type SourceFile } from './decode.ts';
import { FRONTMATTER_FIRST_LINE, splitFrontmatter } from './frontmatter.ts';
import { placeholderProblems } from './placeholders.ts';
import { formatPath, problem, valueAt, type Problem } from './problems.ts';
import { checkSchema } from './schema.ts';
import { parseYaml } from './yaml.ts';

/** Past this, a summary still validates but is flagged as long. */
export const SUMMARY_SOFT_MAX = 280;

/**
 * Adds the chart's id to a problem inside `charts[i]`, as the content checks do, so an editor with
 * several charts sees at once which one is wrong (`charts[0].type` alone does not say).
 */
export function nameChart(found: Problem, data: unknown): Problem {
  const [field, index] = found.path;
  if (field !== 'charts' || typeof index !== 'number') return found;
  const id = valueAt(data, ['charts', index, 'id']);
  return typeof id === 'string' && id !== '' ? { ...found, found: `${found.found} (chart "${id}")` } : found;
}

/** The brief schema of each site's settings, made once. */
const schemas = new WeakMap<CheckSettings, ReturnType<typeof briefSchema>>();

function schemaFor(settings: CheckSettings): ReturnType<typeof briefSchema> {
  let schema = schemas.get(settings);
  if (!schema) schemas.set(settings, (schema = briefSchema(settings.taxonomies, settings.fields)));
  return schema;
}

/**
 * A top-level field the site does not know that holds a list is most likely a subject of another
 * site (`sectors: [buildings]`): the problem then names this site's own subjects. A likely typo of
 * a known field keeps its "did you mean" hint.
 */
export function nameSubjects(found: Problem, data: unknown, taxonomies: readonly TaxonomySettings[]): Problem {
  const [field] = found.path;
  if (found.path.length !== 1 || typeof field !== 'string' || found.hint?.startsWith('did you mean')) return found;
  if (!found.found.startsWith('an unknown field') || !Array.isArray(valueAt(data, [field]))) return found;
  const ids = taxonomies.map((taxonomy) => taxonomy.id);
  const own = ids.length > 0 ? `this site's subjects are ${ids.join(', ')}` : 'this site has no subjects';
  return {
    ...found,
    expected: `only the subjects this site has (unknown field ${field}; ${own})`,
    hint: `use one of ${ids.join(', ') || 'no subjects'}, or add ${field} to the site's taxonomies setting first`,
  };
}

/** `draft: true` as written, for a brief whose schema failed. */
function isDraft(data: object): boolean {
  return (data as { draft?: unknown }).draft === true;
}

/** What the cross-checks can read of a brief that failed its schema: each part only if valid. */
export function rawFacts(file: string, data: object, body: string, bodyLine: number): BriefFacts {
  const text = (path: (string | number)[]): string | undefined => {
    const value = valueAt(data, path);
    return typeof value === 'string' ? value : undefined;
  };
  const date = (path: string[]): Date | undefined => {
    const result = calendarDate.safeParse(valueAt(data, path));
    return result.success ? result.data : undefined;
  };
  const list = (path: string[]): unknown[] => {
    const value = valueAt(data, path);
    return Array.isArray(value) ? value : [];
  };
  const ratings = valueAt(data, ['biasMeter', 'dimensions']);
  const charts = list(['charts']);
  return {
    file,
    body,
    bodyLine,
    publisher: text(['review', 'publisher']),
    date: date(['date']),
    updated: date(['updated']),
    ratings: Array.isArray(ratings)
      ? ratings.map((entry: unknown) => ({
          dimension: valueAt(entry, ['dimension']),
          rating: valueAt(entry, ['rating']),
        }))
      : undefined,
    // A chart without a readable id already has its own problem; tags are matched only when all have one.
    chartIds: charts.every((_, i) => text(['charts', i, 'id']) !== undefined)
      ? charts.map((_, i) => text(['charts', i, 'id'])!)
      : undefined,
    charts: charts.flatMap((raw, index) => {
      const result = chartSchema.safeParse(raw);
      return result.success ? [{ index, chart: result.data }] : [];
    }),
  };
}

/**
 * The brief if it passed its own schema (cross-check problems aside), with every problem added.
 * Its aliases, as written, go to `aliases`: they are checked against every other brief's names.
 */
export function checkBrief(
  source: SourceFile,
  /** The site's subjects (each a list field of the brief) and fields of its own. */
  settings: CheckSettings,
  context: ContentContext,
  problems: Problem[],
  aliases: BriefAliases[] = [],
): CheckedBrief | undefined {
  const { file } = source;
  const text = decode(source, problems);
  if (text === undefined) return undefined;
  const parts = splitFrontmatter(file, text, problems);
  if (!parts) return undefined;
  const { body, bodyLine } = parts;
  const parsed = parseYaml(parts.yaml, file, FRONTMATTER_FIRST_LINE, problems);
  if (!parsed) return undefined;
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    problems.push(
      problem(file, [], 'frontmatter fields such as `title: …`', 'no fields', { line: FRONTMATTER_FIRST_LINE }),
    );
    return undefined;
  }
  const listed = valueAt(parsed.data, ['aliases']);
  aliases.push({
    id: fileSlug(file),
    file,
    aliases: aliasEntries(listed, (index) => parsed.lineOf(['aliases', index])),
  });
  if (body.trim() === '')
    problems.push(
      problem(file, ['body'], 'the text of the brief below the frontmatter', 'an empty body', { line: bodyLine }),
    );
  const schemaProblems: Problem[] = [];
  const data = checkSchema(schemaFor(settings), parsed, file, schemaProblems, (found) =>
    nameSubjects(nameChart(found, parsed.data), parsed.data, settings.taxonomies),
  );
  problems.push(...schemaProblems);
  if (!data) {
    // Every rule that can run on what the file has still runs; a field the schema already
    // reported is not reported twice.
    const reported = new Set(schemaProblems.map((p) => formatPath(p.path)));
    for (const found of crossCheckFacts(rawFacts(file, parsed.data, body, bodyLine), context))
      if (!reported.has(formatPath(found.path))) problems.push(parsed.locate(found));
    if (!isDraft(parsed.data)) problems.push(...placeholderProblems(parsed, body, bodyLine, file));
    return undefined;
  }
  if (data.summary.length > SUMMARY_SOFT_MAX)
    problems.push(
      problem(
        file,
        ['summary'],
        `a summary of about ${SUMMARY_SOFT_MAX} characters or fewer, so cards stay even`,
        `${data.summary.length} characters`,
        { line: parsed.lineOf(['summary']) ?? FRONTMATTER_FIRST_LINE, severity: 'warning' },
      ),
    );
  if (data.sources.length === 0)
    problems.push(
      problem(file, ['sources'], 'at least one source, so readers can check the brief', 'none', {
        line: FRONTMATTER_FIRST_LINE,
        severity: 'warning',
      }),
    );
  if (!data.draft) problems.push(...placeholderProblems(parsed, body, bodyLine, file));
  const brief: CheckedBrief = { id: fileSlug(file), file, data, body, bodyLine };
  for (const found of crossCheckBrief(brief, context)) problems.push(parsed.locate(found));
  return brief;
}
