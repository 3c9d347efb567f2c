/** Numbers as charts, tables and captions print them. They run on the server and in the browser alike. */
import type { NumberStyle } from '../i18n/format.ts';

/** English separators, as charts wrote every number before sites had a language. */
export const ENGLISH_NUMBERS: NumberStyle = { group: ',', decimal: '.' };

/** Digits kept after the point, as `toLocaleString` keeps by default. */
const FRACTION_DIGITS = 3;

/** A string of decimal digits plus one, carrying: `"0999"` → `"1000"`. */
function addOne(digits: string): string {
  return (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
}

/**
 * A plain number for ticks and labels in the separators of `style` (English by default: `1,250`,
 * `12.5`; French `1 250,5` with a narrow no-break space; German `1.250,5`), at most three decimals,
 * rounded half away from zero, exactly as `value.toLocaleString('en-GB')` writes it. The page passes
 * the site's separators (`numbers` from src/strings.ts) in the chart's spec.
 *
 * Written out rather than left to `Intl`: a browser's first `Intl` number format loads its locale
 * data, which took 290-340 ms on a phone-speed CPU (Chromium, 4x slowed) and was the largest single
 * cost of drawing the first chart on /insights/. A unit test holds it to `toLocaleString`.
 */
export function formatNumber(value: number, style: NumberStyle = ENGLISH_NUMBERS): string {
  const plain = String(Math.abs(value));
  // Exponent forms (at least 1e21, or below 1e-6) never come up in a chart: leave them to Intl.
  if (!Number.isFinite(value) || plain.includes('e'))
    return value.toLocaleString('en-GB').replace(/[,.]/g, (mark) => (mark === ',' ? style.group : style.decimal));
  // String() gives the shortest decimal that reads back as the same number, which is what Intl rounds.
  let [whole = '0', fraction = ''] = plain.split('.');
  if (fraction.length > FRACTION_DIGITS) {
    const roundUp = fraction.charAt(FRACTION_DIGITS) >= '5';
    fraction = fraction.slice(0, FRACTION_DIGITS);
    if (roundUp) {
      const digits = addOne(whole + fraction);
      whole = digits.slice(0, digits.length - FRACTION_DIGITS);
      fraction = digits.slice(digits.length - FRACTION_DIGITS);
    }
  }
  fraction = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, style.group);
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${grouped}${fraction ? `${style.decimal}${fraction}` : ''}`;
}

/** Formats a value with its unit for tables and captions. */
export function formatValue(value: number, unit: string | undefined, style: NumberStyle = ENGLISH_NUMBERS): string {
  const number = formatNumber(value, style);
  return unit ? `${number} ${unit}` : number;
}
