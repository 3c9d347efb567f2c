import { describe, expect, it } from 'vitest';
import { problem, type Problem } from '../../../src/lib/check/problems.ts';
import { parseYaml } from '../../../src/lib/check/yaml.ts';

const text = 'title: A\ndate: 2025-02-30\nreview:\n  url: https://example.org\nhighlights:\n  - one\n  - two\n';

describe('YAML with line finding', () => {
  it('keeps dates as the text written, so an impossible date can be refused rather than rolled over', () => {
    expect(parseYaml(text, 'a.md', 2, [])?.data).toMatchObject({ date: '2025-02-30' });
  });

  it('finds the file line of a value, counting from where the YAML starts in the file', () => {
    const parsed = parseYaml(text, 'a.md', 2, [])!;
    expect(parsed.lineOf(['title'])).toBe(2);
    expect(parsed.lineOf(['review', 'url'])).toBe(5);
    expect(parsed.lineOf(['highlights', 1])).toBe(8);
    // A value that is not there is placed at the nearest one above it.
    expect(parsed.lineOf(['review', 'authors'])).toBe(5);
  });

  it('gives a problem its line from its path, unless it already has one', () => {
    const parsed = parseYaml(text, 'a.md', 2, [])!;
    expect(parsed.locate(problem('a.md', ['highlights', 0], 'e', 'x')).line).toBe(7);
    expect(parsed.locate(problem('a.md', ['highlights', 0], 'e', 'x', { line: 30 })).line).toBe(30);
  });

  it('reports invalid YAML once, with its file line and column', () => {
    const problems: Problem[] = [];
    expect(parseYaml('title: A\nlist: [unclosed\nother: b\n', 'a.md', 2, problems)).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'a.md', expected: 'valid YAML', severity: 'error' });
    expect(problems[0]?.found).toMatch(/\(line \d+, column \d+\)$/);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
  });
});
