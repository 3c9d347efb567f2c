// What the card tests draw: the demo's tokens, English words, the seed's four dimensions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardColours } from '../../../src/lib/cards/colours.ts';
import type { BriefCardInput } from '../../../src/lib/cards/layout.ts';
import { ROOT } from '../../build/buildSite.ts';

export const colours = cardColours(readFileSync(join(ROOT, 'src/styles/tokens.css'), 'utf8'));
export const words = { verdict: 'Verdict', meter: 'Bias Meter', best: 'best', worst: 'worst' };
export const rows = [
  { label: 'Source Bias', rating: 'Moderate', index: 2, steps: 5 },
  { label: 'Fact Depth', rating: 'High', index: 1, steps: 5 },
  { label: 'Geopolitical Framing', rating: 'Balanced', index: 0, steps: 4 },
  { label: 'Omissions', rating: 'Significant', index: 3, steps: 4 },
];
export const briefInput = (overrides: Partial<BriefCardInput> = {}): BriefCardInput => ({
  site: { name: 'Assay Briefings' },
  title: 'Kachin’s rare-earth boom',
  verdict: 'Policy-Oriented, Regionally Balanced Analysis',
  rows,
  words,
  colours,
  ...overrides,
});
