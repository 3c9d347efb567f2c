/** A brief file split into its YAML frontmatter and its Markdown/MDX body. */
import { problem, type Problem } from './problems.ts';

/** A brief's two parts, and where the body starts in the file. */
export interface BriefParts {
  /** The YAML between the `---` lines; it starts on line 2 of the file. */
  yaml: string;
  /** The Markdown/MDX text after the closing `---`. */
  body: string;
  /** The 1-based file line the body starts on. */
  bodyLine: number;
}

/** The first line of a frontmatter's YAML in its file, just below the opening `---`. */
export const FRONTMATTER_FIRST_LINE = 2;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Splits a brief at its frontmatter; undefined, with a problem added, when it has none at the very top. */
export function splitFrontmatter(file: string, text: string, problems: Problem[]): BriefParts | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    problems.push(
      problem(
        file,
        [],
        'frontmatter between two `---` lines at the very top',
        JSON.stringify(text.split(/\r?\n/)[0] ?? ''),
        {
          line: 1,
        },
      ),
    );
    return undefined;
  }
  return { yaml: match[1] ?? '', body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
