// The fallback faces: sized from the web fonts' real metrics, written into the stylesheet as
// src/lib/fontFallbacks.ts makes them, and named in the font stacks before any unsized font.
import { fromFile } from '@capsizecss/unpack/fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fallbackDescriptors,
  fallbackFamily,
  fallbackFontFaces,
  LOCAL_FALLBACKS,
  WEB_FONTS,
  type LocalFont,
} from '../../src/lib/fontFallbacks.ts';
import { ROOT } from '../build/buildSite.ts';

const FILES = {
  body: 'node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  ui: 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
};

describe('fallback faces', () => {
  it('start from the metrics of the Latin files the site serves', async () => {
    for (const [role, file] of Object.entries(FILES)) {
      const read = await fromFile(join(ROOT, file));
      const { familyName, boldWeight, boldWidthRatio, ...metrics } = WEB_FONTS[role as keyof typeof WEB_FONTS];
      expect(boldWeight).toBeGreaterThanOrEqual(600);
      expect(boldWidthRatio).toBeGreaterThan(1);
      expect(`${read.familyName} Variable`, file).toBe(familyName);
      expect(
        {
          ascent: read.ascent,
          descent: read.descent,
          lineGap: read.lineGap,
          unitsPerEm: read.unitsPerEm,
          xWidthAvg: read.xWidthAvg,
        },
        file,
      ).toEqual(metrics);
    }
  });

  it('give a local font the web font’s average letter width and line box, bold to bold', () => {
    const web = WEB_FONTS.body;
    // A local font half as wide per letter, whose bold is 10% wider than its regular (the web
    // font's, 2.4%), with other vertical metrics.
    const local: LocalFont = {
      familyName: 'Narrow',
      localNames: ['Narrow'],
      boldNames: ['Narrow Bold'],
      ascent: 700,
      descent: -300,
      lineGap: 100,
      unitsPerEm: 2000,
      xWidthAvg: 479,
      boldXWidthAvg: 526.9,
    };
    const regular = fallbackDescriptors(web, local);
    expect(regular.sizeAdjust).toBe('200%');
    // In the scaled em, half the web font's: drawn at twice the size, they come out the same.
    expect(regular.ascentOverride).toBe('51.8%');
    expect(regular.descentOverride).toBe('16.75%');
    expect(regular.lineGapOverride).toBe('0%');
    const bold = fallbackDescriptors(web, local, true);
    expect(bold.sizeAdjust).toBe('186.18%'); // 2 × 1.024 / 1.1
    expect(bold.ascentOverride).toBe('55.64%');
  });

  it('leave a font with the web font’s own metrics as it is', () => {
    const web = WEB_FONTS.ui;
    const same: LocalFont = {
      ...web,
      familyName: 'Same',
      localNames: ['Same'],
      boldNames: ['Same Bold'],
      boldXWidthAvg: web.xWidthAvg * web.boldWidthRatio,
    };
    const expected = { sizeAdjust: '100%', ascentOverride: '96.88%', descentOverride: '24.12%', lineGapOverride: '0%' };
    expect(fallbackDescriptors(web, same)).toEqual(expected);
    expect(fallbackDescriptors(web, same, true)).toEqual(expected);
  });

  it('are in the stylesheet exactly as the module writes them', () => {
    const css = readFileSync(join(ROOT, 'src/styles/font-fallbacks.css'), 'utf8');
    expect(css.slice(css.indexOf('@font-face'))).toBe(fallbackFontFaces());
    expect(readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8')).toContain("@import './font-fallbacks.css';");
  });

  it('come right after their web font in its stack, before any font not sized to it', () => {
    const tokens = readFileSync(join(ROOT, 'src/styles/tokens.css'), 'utf8');
    for (const [role, property] of [
      ['body', '--font-body'],
      ['ui', '--font-ui'],
    ] as const) {
      const stack = new RegExp(`${property}:([^;]+);`)
        .exec(tokens)![1]!
        .split(',')
        .map((name) => name.trim());
      const web = WEB_FONTS[role];
      expect(stack.slice(0, 1 + LOCAL_FALLBACKS[role].length), property).toEqual([
        `'${web.familyName}'`,
        ...LOCAL_FALLBACKS[role].map((local) => `'${fallbackFamily(web, local)}'`),
      ]);
    }
  });
});
