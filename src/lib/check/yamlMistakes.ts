/**
 * The YAML mistakes editors make most, each told in a sentence that shows the fix. The parser's
 * own words ("Nested mappings are not allowed in compact mappings") say what it could not do, not
 * what to write; this module looks at the text around the error to say which mistake it was.
 */

/** What the content check reports for a YAML error. */
export interface YamlMistake {
  /** 1-based line in the text where the mistake is (it may be above where the parser stopped). */
  line: number;
  found: string;
  hint: string;
}

/** The error as the parser gives it: its code, message and 1-based position in the text. */
export interface YamlError {
  code: string;
  message: string;
  line: number;
  col: number;
}

const KEY_VALUE = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):\s+(.*)$/;
const QUOTES = ['"', "'"] as const;

/** The parser's own words, told without its terms, for a mistake this module does not know. */
function plainWords(message: string): string {
  return message
    .replace(/\bmappings?\b/gi, 'group of fields')
    .replace(/\bmap (keys?|values?)\b/gi, 'field $1')
    .replace(/\bscalars?\b/gi, 'value')
    .replace(/\bsequences?\b/gi, 'list');
}

/** A value that opens a quote and does not close it on its line. */
function unclosedQuote(line: string): string | undefined {
  const match = KEY_VALUE.exec(line);
  const value = match?.[3]?.trim() ?? '';
  const quote = QUOTES.find((q) => value.startsWith(q));
  if (!quote || !match) return undefined;
  return value.length === 1 || !value.endsWith(quote) ? match[2] : undefined;
}

/** Names the mistake behind a YAML error, with the fix; `lines` is the YAML text split in lines. */
export function explainYamlError(lines: readonly string[], error: YamlError): YamlMistake {
  const at = (n: number): string => lines[n - 1] ?? '';
  const here = at(error.line);

  const tabLine = lines.findIndex((line) => /^\s*\t/.test(line));
  if (error.code === 'TAB_AS_INDENT' || (tabLine >= 0 && tabLine + 1 <= error.line)) {
    const line = tabLine >= 0 ? tabLine + 1 : error.line;
    return {
      line,
      found: 'a tab at the start of the line',
      hint: 'YAML indents with spaces only: replace the tab with two spaces',
    };
  }

  if (error.code === 'MISSING_CHAR' && /closing ["']?quote/i.test(error.message)) {
    for (let n = error.line; n >= 1; n--) {
      const field = unclosedQuote(at(n));
      if (field)
        return {
          line: n,
          found: `text in quotes that is never closed (${field})`,
          hint: `end the text with the quote mark it starts with, on the same line: ${field}: "like this"`,
        };
    }
  }

  const pair = KEY_VALUE.exec(here);
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && pair && /:\s/.test(pair[3] ?? '') && !/^["']/.test(pair[3] ?? '')) {
    const value = (pair[3] ?? '').replace(/\s+#.*$/, '');
    return {
      line: error.line,
      found: `a colon inside the value of ${pair[2]}, which YAML reads as a new field`,
      hint: `put the value in quotes: ${pair[2]}: "${value.replace(/"/g, '\\"')}"`,
    };
  }

  if (error.code === 'BAD_INDENT' || error.code === 'MISSING_CHAR') {
    const previous = [...lines.slice(0, error.line - 1)].reverse().find((line) => line.trim() !== '');
    if (previous !== undefined && /^\s*-\s/.test(previous) && !/^\s*-/.test(here) && here.trim() !== '') {
      return {
        line: error.line,
        found: `a list item without its dash (${here.trim()})`,
        hint: `start the line with a dash, lined up with the item above: - ${here.trim()}`,
      };
    }
  }

  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'BAD_INDENT') {
    const next = error.code === 'BAD_INDENT' ? error.line : error.line + 1;
    return {
      line: next,
      found: `a line indented differently from the field above it (${at(next).trim()})`,
      hint: 'fields of one group start at the same column: line it up with the field above, using spaces',
    };
  }

  if (error.code === 'DUPLICATE_KEY')
    return {
      line: error.line,
      found: `a field written twice (${pair?.[2] ?? here.trim()})`,
      hint: 'keep one of the two lines and delete the other',
    };

  return {
    line: error.line,
    found: plainWords(error.message),
    hint: 'compare the line with a brief that passes the check, e.g. spacing, dashes and quotes',
  };
}
