import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/check/frontmatter.ts';
import type { Problem } from '../../../src/lib/check/problems.ts';

describe('splitting a brief at its frontmatter', () => {
  it('separates the YAML from the body and says which line the body starts on', () => {
    const problems: Problem[] = [];
    expect(splitFrontmatter('a.md', '---\ntitle: A\ndate: 2025-01-10\n---\n\n## Body\n', problems)).toEqual({
      yaml: 'title: A\ndate: 2025-01-10',
      body: '\n## Body\n',
      bodyLine: 5,
    });
    expect(splitFrontmatter('a.md', '---\r\ntitle: A\r\n---\r\nText', problems)).toMatchObject({
      yaml: 'title: A',
      body: 'Text',
      bodyLine: 4,
    });
    expect(problems).toEqual([]);
  });

  it('reports a file without frontmatter at the very top, quoting its first line', () => {
    const problems: Problem[] = [];
    expect(splitFrontmatter('a.md', 'title: A\n---\nText', problems)).toBeUndefined();
    expect(problems).toMatchObject([{ file: 'a.md', line: 1, found: '"title: A"', severity: 'error' }]);
  });
});
