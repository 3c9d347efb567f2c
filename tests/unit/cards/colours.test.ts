import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardColours, lightCustomProperties } from '../../../src/lib/cards/colours.ts';
import { ROOT } from '../../build/buildSite.ts';

const tokens = readFileSync(join(ROOT, 'src/styles/tokens.css'), 'utf8');

describe('cardColours', () => {
  it('takes the light scheme of Assay’s tokens, not the dark one', () => {
    const colours = cardColours(tokens);
    expect(colours).toMatchObject({ bg: '#f8f6f1', text: '#1b1a17', accent: '#1d5a8c', meterWorse: '#0c2d4a' });
  });

  it('takes a site’s brand colours from its own stylesheet over the tokens, light scheme only', () => {
    const brand = readFileSync(join(ROOT, 'tests/fixtures/subjects/src/brand.css'), 'utf8');
    expect(cardColours(tokens, brand)).toMatchObject({ accent: '#0b6e4f', bg: '#f8f6f1' });
  });

  it('ignores a site value that is not a plain colour', () => {
    expect(cardColours(tokens, ':root { --accent: var(--brand); --bg: #000; }')).toMatchObject({
      accent: '#1d5a8c',
      bg: '#000',
    });
  });
});

describe('lightCustomProperties', () => {
  it('reads :root outside at-rules and skips comments and other selectors', () => {
    const css = `/* :root { --a: red; } */
      :root { --a: #111; --b: #222 }
      :root[data-printing] { --a: #333; }
      @media (prefers-color-scheme: dark) { :root { --a: #444; } }
      .x { --a: #555; }`;
    expect(Object.fromEntries(lightCustomProperties(css))).toEqual({ '--a': '#111', '--b': '#222' });
  });
});
