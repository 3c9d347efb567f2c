import { describe, expect, it } from 'vitest';
import { briefCardAlt } from '../../../src/lib/cards/alt.ts';
import { cardManifest } from '../../../src/lib/cards/manifest.ts';
import { siteInterface } from '../../../src/i18n/index.ts';

const reading = {
  overall: 'Balanced Analysis',
  rows: [
    { label: 'Source Bias', rating: 'Moderate', index: 2, steps: 5 },
    { label: 'Omissions', rating: 'Minimal', index: 0, steps: 4 },
  ],
};
const wordsOf = (language: string) => {
  const { t } = siteInterface(language);
  return {
    card: (vars: Record<string, string>) => t('card.alt', vars),
    rating: (vars: Record<string, string | number>) => t('card.altRating', vars),
  };
};

describe('briefCardAlt', () => {
  it('says the title, the verdict and every rating with its place', () => {
    expect(briefCardAlt('Kachin', reading, wordsOf('en'))).toBe(
      'Kachin. Verdict: Balanced Analysis. Bias Meter: Source Bias: Moderate (3 of 5, 1 is best); Omissions: Minimal (1 of 4, 1 is best).',
    );
  });

  it('adds no full stop after a title that ends with a question mark', () => {
    expect(briefCardAlt('Can graphite keep up?', reading, wordsOf('en'))).toMatch(/^Can graphite keep up\? Verdict: /);
  });

  it('speaks the site’s language', () => {
    expect(briefCardAlt('Kachin', reading, wordsOf('fr'))).toContain('Appréciation\u00a0: Balanced Analysis');
  });
});

describe('cardManifest', () => {
  it('gives each brief its title, verdict and meter rows as the page shows them', () => {
    const dimension = { id: 'source-bias', label: 'Source Bias', scale: ['minimal', 'low', 'moderate'] };
    const manifest = cardManifest([
      {
        id: 'kachin',
        data: { title: 'Kachin', biasMeter: { overall: 'Fair' } },
        ratings: [{ dimension, rating: 'low', position: 2 }],
      },
    ]);
    expect(manifest).toEqual({
      briefs: [
        {
          slug: 'kachin',
          title: 'Kachin',
          verdict: 'Fair',
          rows: [{ label: 'Source Bias', rating: 'Low', index: 1, steps: 3 }],
        },
      ],
    });
  });
});
