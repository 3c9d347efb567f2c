import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from '../../../src/lib/charts/format.ts';
import { numberStyle } from '../../../src/lib/i18n/format.ts';

/** Values a chart meets: whole numbers, shares, prices, halves at the third decimal, signs and zeros. */
function samples(): number[] {
  const fixed = [
    0,
    -0,
    1,
    -1,
    3,
    12.5,
    999,
    1000,
    1250.5,
    -1234567.8915,
    0.5,
    0.0005,
    0.0004999,
    1.0005,
    2.0005,
    999.9995,
    999999.9995,
    0.001,
    0.0001,
    -0.0001,
    -0.0005,
    123456789012,
    1e20,
    99.99949,
    0.1 + 0.2,
    1 / 3,
    2 / 3,
    1e-6,
  ];
  // A fixed generator, so a failure can be reproduced.
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const random: number[] = [];
  for (let i = 0; i < 3000; i++) {
    const magnitude = 10 ** Math.floor(next() * 14 - 5);
    const value = (next() - 0.3) * magnitude;
    random.push(value, Math.round(value * 1000) / 1000, Math.round(value * 2) / 2, Math.round(value * 2000 + 1) / 2000);
  }
  return [...fixed, ...random];
}

describe('chart numbers', () => {
  it('formats values with their unit, British style', () => {
    expect(formatValue(1250.5, 'USD million')).toBe('1,250.5 USD million');
    expect(formatValue(3, undefined)).toBe('3');
    expect(formatNumber(1234567.8915)).toBe('1,234,567.892');
    expect(formatNumber(999.9995)).toBe('1,000');
  });

  it('writes every number exactly as toLocaleString("en-GB") does', () => {
    const wrong = samples()
      .map((value) => ({ value, ours: formatNumber(value), intl: value.toLocaleString('en-GB') }))
      .filter(({ ours, intl }) => ours !== intl);
    expect(wrong).toEqual([]);
  });
});

describe('chart numbers in the site’s language', () => {
  const french = numberStyle('fr-FR');
  const german = numberStyle('de-DE');

  it('writes French and German separators', () => {
    // Intl groups French thousands with a narrow no-break space.
    expect(formatNumber(1250.5, french)).toBe('1\u202f250,5');
    expect(formatValue(1250.5, 'sites', french)).toBe('1\u202f250,5 sites');
    expect(formatNumber(1250.5, german)).toBe('1.250,5');
    expect(formatNumber(-1234567.8915, german)).toBe('-1.234.567,892');
  });

  it('writes every number as toLocaleString does in fr-FR and de-DE', () => {
    const wrong = samples()
      .flatMap((value) => [
        { value, ours: formatNumber(value, french), intl: value.toLocaleString('fr-FR') },
        { value, ours: formatNumber(value, german), intl: value.toLocaleString('de-DE') },
        { value: value * 1e12, ours: formatNumber(value * 1e12, german), intl: (value * 1e12).toLocaleString('de-DE') },
      ])
      .filter(({ ours, intl }) => ours !== intl);
    expect(wrong).toEqual([]);
  });
});
