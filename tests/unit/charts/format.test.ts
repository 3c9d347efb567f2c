import { describe, expect, it } from 'vitest';
import { formatValue } from '../../../src/lib/charts/format.ts';

describe('chart numbers', () => {
  it('formats values with their unit, British style', () => {
    expect(formatValue(1250.5, 'USD million')).toBe('1,250.5 USD million');
    expect(formatValue(3, undefined)).toBe('3');
  });
});
