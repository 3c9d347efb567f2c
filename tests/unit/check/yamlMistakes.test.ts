import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/lib/check/problems.ts';
import { parseYaml } from '../../../src/lib/check/yaml.ts';

/** The one YAML problem `text` gives, starting at file line 2 as frontmatter does. */
function yamlProblem(text: string): Problem {
  const problems: Problem[] = [];
  expect(parseYaml(text, 'a.md', 2, problems)).toBeUndefined();
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe('the common YAML mistakes, each with a sentence that shows the fix', () => {
  it('an unquoted colon', () => {
    const found = yamlProblem('title: Cobalt: a fresh look\nsummary: x\n');
    expect(found.line).toBe(2);
    expect(found.found).toMatch(/^a colon inside the value of title/);
    expect(found.hint).toBe('put the value in quotes: title: "Cobalt: a fresh look"');
  });

  it('a tab', () => {
    const found = yamlProblem('review:\n\ttitle: x\n');
    expect(found.line).toBe(3);
    expect(found.hint).toBe('YAML indents with spaces only: replace the tab with two spaces');
  });

  it('an unclosed quote, at the line that opens it', () => {
    const found = yamlProblem('title: "Cobalt a fresh look\nsummary: x\ndate: 2025-01-01\n');
    expect(found.line).toBe(2);
    expect(found.found).toMatch(/^text in quotes that is never closed \(title\)/);
    expect(found.hint).toMatch(/end the text with the quote mark it starts with/);
  });

  it('a list item without its dash', () => {
    const found = yamlProblem('highlights:\n  - one\n  two\nsummary: x\n');
    expect(found.line).toBe(4);
    expect(found.hint).toBe('start the line with a dash, lined up with the item above: - two');
  });

  it('a field written twice', () => {
    const found = yamlProblem('title: a\ntitle: b\n');
    expect(found.found).toMatch(/a field written twice/);
  });
});
