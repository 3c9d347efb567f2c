// The corrections and rating-change rules, each through the whole content check on the fixture's
// alpha-one.md (dated 2025-01-10, source-bias rated minimal), so the problem names file, line,
// field, expected and found exactly as editors read it.
import { describe, expect, it } from 'vitest';
import { ALPHA, errorsOf, withAlpha } from './alphaFixture.ts';

const change = (date: string, from: string, to: string, dimension = 'source-bias'): string =>
  `  - date: ${date}\n    dimension: ${dimension}\n    from: ${from}\n    to: ${to}\n    reason: A disclosure.\n`;

describe('corrections and rating changes that pass', () => {
  it('accepts corrections and a chain of changes ending at the current rating', () => {
    const yaml = `corrections:\n  - date: 2025-02-01\n    text: Fixed *one* figure.\nratingChanges:\n${change('2025-02-01', 'high', 'low')}${change('2025-03-01', 'low', 'minimal')}`;
    expect(errorsOf(withAlpha(yaml))).toEqual([]);
  });

  it('accepts a change dated on the day of the build', () => {
    expect(errorsOf(withAlpha(`corrections:\n  - date: 2026-06-01\n    text: Fixed.\n`))).toEqual([]);
  });
});

describe('corrections and rating changes that fail', () => {
  const cases: { name: string; yaml: string; edit?: (t: string) => string; says: string }[] = [
    {
      name: 'a correction before the brief',
      yaml: 'corrections:\n  - date: 2025-01-09\n    text: Fixed.\n',
      says: `${ALPHA}:32\n    corrections[0].date: expected a date on or after the brief's date (2025-01-10); found 2025-01-09`,
    },
    {
      name: 'a correction after the build',
      yaml: 'corrections:\n  - date: 2026-06-02\n    text: Fixed.\n',
      says: `${ALPHA}:32\n    corrections[0].date: expected a date no later than the day of the build (2026-06-01); found 2026-06-02`,
    },
    {
      name: 'an impossible correction date',
      yaml: 'corrections:\n  - date: 2025-02-30\n    text: Fixed.\n',
      says: 'corrections[0].date: expected a real calendar date as YYYY-MM-DD',
    },
    {
      name: 'corrections out of order',
      yaml: 'corrections:\n  - date: 2025-03-01\n    text: Fixed.\n  - date: 2025-02-01\n    text: Fixed again.\n',
      says: 'corrections[1].date: expected entries oldest first (a date on or after 2025-03-01); found 2025-02-01',
    },
    {
      name: 'an unknown dimension',
      yaml: `ratingChanges:\n${change('2025-02-01', 'low', 'minimal', 'source-bais')}`,
      says: 'ratingChanges[0].dimension: expected a dimension of content/bias-meter.yaml (source-bias, fact-depth, geopolitical-framing, omissions); found "source-bais"\n    hint: did you mean `source-bias`?',
    },
    {
      name: 'a rating off the scale',
      yaml: `ratingChanges:\n${change('2025-02-01', 'hihg', 'minimal')}`,
      says: 'ratingChanges[0].from: expected one of minimal, low, moderate, high, severe (the Source Bias scale); found "hihg"',
    },
    {
      name: 'a change that changes nothing',
      yaml: `ratingChanges:\n${change('2025-02-01', 'minimal', 'minimal')}`,
      says: 'ratingChanges[0].to: expected a rating different from `from` (minimal); found "minimal"',
    },
    {
      name: 'a broken chain',
      yaml: `ratingChanges:\n${change('2025-02-01', 'high', 'low')}${change('2025-03-01', 'moderate', 'minimal')}`,
      says: 'ratingChanges[1].from: expected the rating the previous source-bias change ended at (low); found "moderate"',
    },
    {
      name: 'a last change that does not reach the current rating',
      yaml: `ratingChanges:\n${change('2025-02-01', 'high', 'low')}`,
      says: 'ratingChanges[0].to: expected the current source-bias rating in biasMeter (minimal), as the last change of a dimension ends there; found "low"',
    },
    {
      name: 'updated before the latest change',
      yaml: `ratingChanges:\n${change('2025-03-01', 'low', 'minimal')}`,
      edit: (t) => t.replace('date: 2025-01-10', 'date: 2025-01-10\nupdated: 2025-02-01'),
      says: 'updated: expected a date on or after the latest correction or rating change (2025-03-01); found 2025-02-01',
    },
  ];

  for (const { name, yaml, edit, says } of cases) {
    it(`reports ${name}`, () => {
      const errors = errorsOf(withAlpha(yaml, edit));
      expect(errors, errors.join('\n')).toHaveLength(1);
      expect(errors[0]).toContain(says);
    });
  }
});
