import { describe, expect, it } from 'vitest';
import { fileSlug, SLUG_PATTERN } from '../../src/lib/slug.ts';

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
});
