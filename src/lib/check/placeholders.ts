/** Every place a brief still says TODO: a brief published with one would show it to readers. */
import { TODO, TODO_WORD } from '../placeholder.ts';
import { problem, type PathKey, type Problem } from './problems.ts';
import type { ParsedYaml } from './yaml.ts';

const EXPECTED = 'finished text in a brief with draft: false';
const FOUND = `a ${TODO} placeholder`;

/** A problem for each frontmatter value and each body line that still holds the placeholder. */
export function placeholderProblems(parsed: ParsedYaml, body: string, bodyLine: number, file: string): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: PathKey[]): void => {
    if (typeof value === 'string' && (value.includes(TODO) || value === TODO_WORD)) {
      problems.push(
        problem(file, path, EXPECTED, FOUND, {
          line: parsed.lineOf(path) ?? 2,
          hint: 'finish the field, or keep draft: true',
        }),
      );
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(parsed.data, []);
  body.split('\n').forEach((line, i) => {
    if (line.includes(TODO))
      problems.push(
        problem(file, ['body'], EXPECTED, FOUND, { line: bodyLine + i, hint: 'finish the text, or keep draft: true' }),
      );
  });
  return problems;
}
