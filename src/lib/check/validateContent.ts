import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { biasMeterSchema, type BiasMeterConfig } from '../../schemas/biasMeter.ts';
import { briefSchema } from '../../schemas/brief.ts';
import { publisherSchema } from '../../schemas/publisher.ts';
import { crossCheckBrief, crossCheckSlugs, type CheckedBrief } from './crossCheck.ts';
import { parseDataSet, type DataSet } from '../charts/dataSets.ts';
import { TODO } from '../newBrief.ts';
import { valueAt, type PathKey, type Problem } from './problems.ts';
import { problemsFromZod } from './zodProblems.ts';
import type { z } from 'astro/zod';

/** A file as read from disk. */
export interface SourceFile {
  /** Path relative to the project root, used in messages. */
  file: string;
  bytes: Uint8Array;
}

/** Everything under `content/`. */
export interface ContentSources {
  briefs: SourceFile[];
  publishers: SourceFile[];
  biasMeter: SourceFile | undefined;
  dataFiles: SourceFile[];
}

/** Largest file an editor may commit; anything bigger is almost certainly a mistake (a pasted binary). */
export const MAX_FILE_BYTES = 512 * 1024;
/** Past this, a summary still validates but is flagged as long. */
export const SUMMARY_SOFT_MAX = 280;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;
// ignoreBOM keeps a byte-order mark in the text, so it can be reported rather than silently dropped.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** File name without folders or extension. */
export function baseName(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.[^.]+$/, '');
}

interface ParsedYaml {
  data: unknown;
  lineOf: (path: readonly PathKey[]) => number | undefined;
}

/** Decodes a file strictly as UTF-8 without a byte-order mark. */
function decode(source: SourceFile, problems: Problem[]): string | undefined {
  const error = (expected: string, found: string): undefined => {
    problems.push({ file: source.file, path: [], expected, found, severity: 'error' });
    return undefined;
  };
  if (source.bytes.byteLength > MAX_FILE_BYTES)
    return error(`a file of at most ${MAX_FILE_BYTES / 1024} KB`, `${Math.ceil(source.bytes.byteLength / 1024)} KB`);
  let text: string;
  try {
    text = utf8.decode(source.bytes);
  } catch {
    return error('a UTF-8 text file', 'bytes that are not UTF-8 (save the file as UTF-8)');
  }
  if (text.startsWith('\uFEFF'))
    return error(
      'a UTF-8 file without a byte-order mark',
      'a byte-order mark at the start (save as UTF-8 without BOM)',
    );
  return text;
}

/** Parses YAML text precisely with `yaml`, which knows where every node starts. */
function parseYamlDocument(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false }), lineCounter };
}

/**
 * Parses YAML text; `firstLine` is the file line the text starts on. Valid files take the fast
 * path (js-yaml, YAML 1.2's core schema, about five times faster); the slower `yaml` parser, which
 * keeps positions, runs only to report an error or to find the line of a problem.
 */
function parseYaml(text: string, file: string, firstLine: number, problems: Problem[]): ParsedYaml | undefined {
  let data: unknown;
  let fastError: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    fastError = error;
  }
  let precise: ReturnType<typeof parseYamlDocument> | undefined;
  const parsePrecisely = (): ReturnType<typeof parseYamlDocument> => (precise ??= parseYamlDocument(text));
  if (fastError !== undefined) {
    const { doc, lineCounter } = parsePrecisely();
    // Later YAML errors are nearly always echoes of the first; one precise message helps more.
    // Should the two parsers ever disagree, js-yaml's own message and position are reported.
    const err = doc.errors[0];
    const mark = (fastError as { mark?: { line: number; column: number } }).mark;
    const pos = err ? lineCounter.linePos(err.pos[0]) : { line: (mark?.line ?? 0) + 1, col: (mark?.column ?? 0) + 1 };
    const message = err ? err.message : (fastError as Error).message;
    problems.push({
      file,
      line: pos.line + firstLine - 1,
      path: [],
      expected: 'valid YAML',
      found: `${message.split('\n')[0]} (line ${pos.line + firstLine - 1}, column ${pos.col})`,
      severity: 'error',
    });
    return undefined;
  }
  const lineOf = (path: readonly PathKey[]): number | undefined => {
    const { doc, lineCounter } = parsePrecisely();
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
  return { data, lineOf };
}

function validate<T extends z.ZodType>(
  schema: T,
  parsed: ParsedYaml,
  file: string,
  problems: Problem[],
  annotate: (problem: Problem) => Problem = (p) => p,
): z.output<T> | undefined {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const problem of problemsFromZod(result.error, schema, parsed.data, file).map(annotate)) {
    const line = parsed.lineOf(problem.path);
    problems.push(line ? { ...problem, line } : problem);
  }
  return undefined;
}

/** Every place a brief still says TODO: a brief published with one would show it to readers. */
function unfinished(parsed: ParsedYaml, body: string, bodyLine: number, file: string): Problem[] {
  const problems: Problem[] = [];
  const expected = 'finished text in a brief with draft: false';
  const visit = (value: unknown, path: PathKey[]): void => {
    if (typeof value === 'string' && value.includes(TODO)) {
      problems.push({
        file,
        line: parsed.lineOf(path) ?? 2,
        path,
        expected,
        found: `a ${TODO} placeholder`,
        hint: 'finish the field, or keep draft: true',
        severity: 'error',
      });
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(parsed.data, []);
  body.split('\n').forEach((line, i) => {
    if (line.includes(TODO))
      problems.push({
        file,
        line: bodyLine + i,
        path: ['body'],
        expected,
        found: `a ${TODO} placeholder`,
        hint: 'finish the text, or keep draft: true',
        severity: 'error',
      });
  });
  return problems;
}

/**
 * Adds the chart's id to a problem inside `charts[i]`, as the content checks do, so an editor with
 * several charts sees at once which one is wrong (`charts[0].type` alone does not say).
 */
export function nameChart(problem: Problem, data: unknown): Problem {
  const [field, index] = problem.path;
  if (field !== 'charts' || typeof index !== 'number') return problem;
  const id = valueAt(data, ['charts', index, 'id']);
  return typeof id === 'string' && id !== '' ? { ...problem, found: `${problem.found} (chart "${id}")` } : problem;
}

/**
 * Checks all content the way `npm run check` and `npm run build` do: every file, every problem,
 * nothing stops at the first. Returns the problems and the briefs that passed their own schema.
 */
export function validateContent(sources: ContentSources): {
  problems: Problem[];
  briefs: CheckedBrief[];
  biasMeter?: BiasMeterConfig;
} {
  const problems: Problem[] = [];

  let biasMeter: BiasMeterConfig | undefined;
  if (!sources.biasMeter) {
    problems.push({
      file: 'content/bias-meter.yaml',
      path: [],
      expected: 'a file listing the Bias Meter dimensions',
      found: 'no such file',
      severity: 'error',
    });
  } else {
    const text = decode(sources.biasMeter, problems);
    const parsed = text === undefined ? undefined : parseYaml(text, sources.biasMeter.file, 1, problems);
    if (parsed) biasMeter = validate(biasMeterSchema, parsed, sources.biasMeter.file, problems);
  }

  // A broken publisher file reports its own problems; briefs naming it should not add more.
  const publisherIds = sources.publishers.map((source) => baseName(source.file));
  for (const source of sources.publishers) {
    const text = decode(source, problems);
    const parsed = text === undefined ? undefined : parseYaml(text, source.file, 1, problems);
    if (parsed) validate(publisherSchema, parsed, source.file, problems);
  }

  const dataSets = new Map<string, DataSet>();
  const brokenDataSets = new Set<string>();
  for (const source of sources.dataFiles) {
    const text = decode(source, problems);
    const result = text === undefined ? undefined : parseDataSet(source.file, text);
    if (result?.ok) dataSets.set(baseName(source.file), result.data);
    else brokenDataSets.add(baseName(source.file));
    if (result && !result.ok)
      problems.push({
        file: source.file,
        ...(result.line ? { line: result.line } : {}),
        path: [],
        expected: result.expected,
        found: result.found,
        severity: 'error',
      });
  }

  problems.push(...crossCheckSlugs(sources.briefs.map((s) => ({ id: baseName(s.file), file: s.file }))));

  const briefs: CheckedBrief[] = [];
  for (const source of sources.briefs) {
    const text = decode(source, problems);
    if (text === undefined) continue;
    const match = FRONTMATTER.exec(text);
    if (!match) {
      problems.push({
        file: source.file,
        line: 1,
        path: [],
        expected: 'frontmatter between two `---` lines at the very top',
        found: JSON.stringify(text.split(/\r?\n/)[0] ?? ''),
        severity: 'error',
      });
      continue;
    }
    const body = text.slice(match[0].length);
    const bodyLine = match[0].split('\n').length;
    const parsed = parseYaml(match[1] ?? '', source.file, 2, problems);
    if (!parsed) continue;
    if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
      problems.push({
        file: source.file,
        line: 2,
        path: [],
        expected: 'frontmatter fields such as `title: …`',
        found: 'no fields',
        severity: 'error',
      });
      continue;
    }
    if (body.trim() === '') {
      problems.push({
        file: source.file,
        line: bodyLine,
        path: ['body'],
        expected: 'the text of the brief below the frontmatter',
        found: 'an empty body',
        severity: 'error',
      });
    }
    const data = validate(briefSchema, parsed, source.file, problems, (problem) => nameChart(problem, parsed.data));
    if (!data) continue;
    if (data.summary.length > SUMMARY_SOFT_MAX) {
      problems.push({
        file: source.file,
        line: parsed.lineOf(['summary']) ?? 2,
        path: ['summary'],
        expected: `a summary of about ${SUMMARY_SOFT_MAX} characters or fewer, so cards stay even`,
        found: `${data.summary.length} characters`,
        severity: 'warning',
      });
    }
    if (data.sources.length === 0) {
      problems.push({
        file: source.file,
        line: 2,
        path: ['sources'],
        expected: 'at least one source, so readers can check the brief',
        found: 'none',
        severity: 'warning',
      });
    }
    if (!data.draft) problems.push(...unfinished(parsed, body, bodyLine, source.file));
    const brief: CheckedBrief = { id: baseName(source.file), file: source.file, data, body, bodyLine };
    briefs.push(brief);
    for (const problem of crossCheckBrief(brief, { publisherIds, biasMeter, dataSets, brokenDataSets })) {
      const line = problem.line ?? parsed.lineOf(problem.path);
      problems.push(line ? { ...problem, line } : problem);
    }
  }
  return { problems, briefs, ...(biasMeter ? { biasMeter } : {}) };
}
