import { describe, expect, it } from 'vitest';
import { placeholderProblems } from '../../../src/lib/check/placeholders.ts';
import { parseYaml } from '../../../src/lib/check/yaml.ts';

describe('unfinished placeholders', () => {
  it('finds every TODO in the frontmatter and the body, each at its line', () => {
    const parsed = parseYaml('title: Done\nreview:\n  authors: ["TODO: author name"]\n', 'a.md', 2, [])!;
    const found = placeholderProblems(parsed, '\nIntro.\nTODO: the assessment.\n', 6, 'a.md');
    expect(found.map((p) => [p.path.join('.'), p.line, p.found])).toEqual([
      ['review.authors.0', 4, 'a TODO placeholder'],
      ['body', 8, 'a TODO placeholder'],
    ]);
    expect(found.every((p) => p.severity === 'error' && p.hint?.includes('draft: true'))).toBe(true);
  });

  it('finds nothing in finished text', () => {
    const parsed = parseYaml('title: Done\nsummary: All written.\n', 'a.md', 2, [])!;
    expect(placeholderProblems(parsed, 'All written.\n', 5, 'a.md')).toEqual([]);
  });
});
