import { describe, expect, it } from 'vitest';
import { formatProblem, formatReport, problem, suggest } from '../../../src/lib/check/problems.ts';

describe('problem records', () => {
  it('makes an error by default, leaving out a hint or line it was not given', () => {
    const made = problem('content/briefs/a.md', ['review', 'url'], 'an http(s) URL', '"javascript:x"');
    expect(made).toEqual({
      file: 'content/briefs/a.md',
      path: ['review', 'url'],
      expected: 'an http(s) URL',
      found: '"javascript:x"',
      severity: 'error',
    });
    expect(Object.keys(problem('f', [], 'e', 'x', { hint: undefined, line: undefined }))).not.toContain('hint');
  });

  it('prints as editors read it: severity, file and line, field, expected, found, hint', () => {
    const made = problem(
      'content/briefs/a.md',
      ['biasMeter', 'dimensions', 0, 'rating'],
      'one of low, high',
      '"hihg"',
      {
        hint: suggest('hihg', ['low', 'high']),
        line: 12,
        severity: 'warning',
      },
    );
    expect(formatProblem(made)).toBe(
      'warning  content/briefs/a.md:12\n    biasMeter.dimensions[0].rating: expected one of low, high; found "hihg"\n    hint: did you mean `high`?',
    );
    expect(
      formatReport([made, problem('b.md', [], 'e', 'x')])
        .split('\n')
        .at(-1),
    ).toBe('1 error, 1 warning');
  });
});

describe('did-you-mean hints', () => {
  it('names the closest option when it is a likely typo, whatever the case', () => {
    expect(suggest('stimson-centre', ['stimson-center', 'csis'])).toBe('did you mean `stimson-center`?');
    expect(suggest('Omissions', ['source-bias', 'omissions'])).toBe('did you mean `omissions`?');
    expect(suggest('higlights', ['title', 'highlights', 'summary'])).toBe('did you mean `highlights`?');
  });

  it('lists the known values when nothing is close', () => {
    expect(suggest('memo', ['report', 'paper', 'article'])).toBe('known values: report, paper, article');
    expect(suggest('x', [])).toBe('');
  });

  it('allows more edits in longer names: two, or a third of the length', () => {
    expect(suggest('ab', ['abcd'])).toBe('did you mean `abcd`?');
    expect(suggest('a', ['abcd'])).toBe('known values: abcd');
    expect(suggest('geopolitical-fram', ['geopolitical-framing'])).toBe('did you mean `geopolitical-framing`?');
  });
});
