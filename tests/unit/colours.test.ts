// Colours come from the stylesheet's tokens. WCAG 2.2 asks 3:1 for graphics (1.4.11) and 4.5:1
// for text (1.4.3) against what they sit on. Every chart series colour meets the text level, so it
// also serves for value labels, in light mode, dark mode and while printing; every part of the Bias
// Meter's strip meets the graphics level on every surface it is drawn on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERIES_COLOURS } from '../../src/lib/charts/spec.ts';
import { ROOT } from '../build/buildSite.ts';

const css = readFileSync(join(ROOT, 'src/styles/tokens.css'), 'utf8');

/** Custom properties set in the first rule whose selector is `selector` after `after`. */
function variables(selector: string, after = ''): Map<string, string> {
  const from = css.indexOf(after);
  const start = css.indexOf(`${selector} {`, from);
  const block = css.slice(start, css.indexOf('}', start));
  return new Map([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
}

function luminance(hex: string): number {
  const full = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex;
  const channels = [1, 3, 5]
    .map((i) => parseInt(full.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const light = variables(':root');
const schemes = {
  light,
  dark: new Map([...light, ...variables(':root', 'prefers-color-scheme: dark')]),
  printing: new Map([...light, ...variables(':root[data-printing]')]),
};

describe('chart colours', () => {
  it('checks the contrast calculation against known pairs', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 1);
  });

  for (const [scheme, vars] of Object.entries(schemes)) {
    it(`reach 4.5:1 against the chart background in ${scheme} mode`, () => {
      const surface = vars.get('--surface')!;
      for (const name of [
        '--text',
        '--muted',
        ...Array.from({ length: SERIES_COLOURS }, (_, i) => `--chart-${i + 1}`),
      ]) {
        const colour = vars.get(name);
        expect(colour, `${name} is set in ${scheme} mode`).toBeDefined();
        expect(contrast(colour!, surface), `${name} ${colour} on ${surface}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`draw the Bias Meter with 3:1 against every surface it sits on in ${scheme} mode`, () => {
      const vars = schemes[scheme];
      for (const surface of ['--bg', '--surface', '--surface-2'])
        for (const part of ['--meter-step', '--meter-better', '--meter-middle', '--meter-worse']) {
          const [a, b] = [vars.get(part), vars.get(surface)];
          expect(a && b, `${part} and ${surface} are set in ${scheme} mode`).toBeTruthy();
          expect(contrast(a!, b!), `${part} ${a} on ${surface} ${b}`).toBeGreaterThanOrEqual(3);
        }
    });
  }

  it('differ between light and dark mode', () => {
    expect(schemes.dark.get('--chart-1')).not.toBe(light.get('--chart-1'));
    expect(schemes.printing.get('--chart-1')).toBe(light.get('--chart-1'));
  });
});
