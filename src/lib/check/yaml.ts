/**
 * YAML for the content check: parsed fast, and parsed again precisely only to say where something
 * is, so every problem can name its line.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { problem, type PathKey, type Problem } from './problems.ts';
import { explainYamlError } from './yamlMistakes.ts';

/** Parsed YAML that can tell where each of its values is written. */
export interface ParsedYaml {
  data: unknown;
  /** The file line of the value at `path`, or of the nearest value above it. */
  lineOf: (path: readonly PathKey[]) => number | undefined;
  /** The problem with its line filled in from its path, unless it already has one. */
  locate: (found: Problem) => Problem;
}

/** Parses YAML text precisely with `yaml`, which knows where every node starts. */
function parseYamlDocument(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false }), lineCounter };
}

/**
 * Parses YAML text; `firstLine` is the file line the text starts on. Valid files take the fast
 * path (js-yaml, YAML 1.2's core schema, about five times faster); the slower `yaml` parser, which
 * keeps positions, runs only to report an error or to find the line of a problem. Undefined, with
 * a problem added, when the text is not valid YAML.
 */
export function parseYaml(text: string, file: string, firstLine: number, problems: Problem[]): ParsedYaml | undefined {
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
    const message = (err ? err.message : (fastError as Error).message).split('\n')[0] ?? '';
    const mistake = explainYamlError(text.split('\n'), {
      code: err?.code ?? '',
      message,
      line: pos.line,
      col: pos.col,
    });
    const line = mistake.line + firstLine - 1;
    problems.push(
      problem(
        file,
        [],
        'valid YAML',
        `${mistake.found} (line ${line}, column ${mistake.line === pos.line ? pos.col : 1})`,
        { line, hint: mistake.hint },
      ),
    );
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
  const locate = (found: Problem): Problem => {
    if (found.line) return found;
    const line = lineOf(found.path);
    return line ? { ...found, line } : found;
  };
  return { data, lineOf, locate };
}
