import { describe, expect, it } from 'vitest';
import { fileSlug, SLUG_PATTERN, slugify } from '../../src/lib/slug.ts';

describe('slugs', () => {
  it('takes a content file’s slug from its name, without folders or extension', () => {
    expect(fileSlug('content/briefs/kachin-rare-earths.mdx')).toBe('kachin-rare-earths');
    expect(fileSlug('stimson-center.yaml')).toBe('stimson-center');
    expect(fileSlug('content/data/copper.output.csv')).toBe('copper.output');
  });

  it('accepts lowercase words joined by single hyphens only', () => {
    for (const good of ['rare-earths', 'a', '2025-outlook']) expect(SLUG_PATTERN.test(good), good).toBe(true);
    for (const bad of ['Rare-earths', 'rare--earths', '-rare', 'rare-', 'rare earths', 'énergie', ''])
      expect(SLUG_PATTERN.test(bad), bad).toBe(false);
  });

  it('makes a slug from a title, in letters an address can carry', () => {
    expect(slugify('Cobalt: a fresh look')).toBe('cobalt-a-fresh-look');
    expect(slugify('Énergie & côte')).toBe('energie-and-cote');
    expect(slugify('Ørsted’s offshore wind')).toBe('orsteds-offshore-wind');
    expect(slugify('Россия и Китай')).toBe('rossiya-i-kitay');
    expect(slugify('fooBar')).toBe('foobar');
    for (const title of ['Cobalt: a fresh look', 'Énergie & côte', 'U.S. policy', 'COVID-19 effects'])
      expect(SLUG_PATTERN.test(slugify(title)), title).toBe(true);
  });

  it('keeps slugs short, never only digits and never empty', () => {
    const long = slugify(`${'word '.repeat(20)}end`);
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^word(-word)*$/);
    expect(slugify('2025')).toBe('brief-2025');
    expect(slugify('中国')).toBe('brief');
    expect(slugify('!!!')).toBe('brief');
  });
});
