import { describe, expect, it } from 'vitest';
import { aliasRedirects, frontmatterAliases } from '../../src/lib/aliases.ts';

describe('aliasRedirects', () => {
  it('leads every alias of every brief to that brief', () => {
    expect(
      aliasRedirects([
        { id: 'cobalt', data: { aliases: ['cobalt-old', 'cobalt-2024'] } },
        { id: 'lithium', data: { aliases: [] } },
        { id: 'nickel', data: { aliases: ['nickel-old'] } },
      ]),
    ).toEqual([
      { alias: 'cobalt-old', target: 'cobalt' },
      { alias: 'cobalt-2024', target: 'cobalt' },
      { alias: 'nickel-old', target: 'nickel' },
    ]);
  });
});

describe('frontmatterAliases', () => {
  it('reads a flow list and a block list', () => {
    expect(frontmatterAliases('---\ntitle: A\naliases: [old-a, older-a]\n---\nBody')).toEqual(['old-a', 'older-a']);
    expect(frontmatterAliases('---\ntitle: A\naliases:\n  - old-a\n---\n')).toEqual(['old-a']);
  });

  it('finds none without the field, in the body, or without frontmatter', () => {
    expect(frontmatterAliases('---\ntitle: A\n---\naliases: [in-the-body]\n')).toEqual([]);
    expect(frontmatterAliases('aliases: [no-frontmatter]\n')).toEqual([]);
    expect(frontmatterAliases('---\ntitle: A\naliases: 3\n---\n')).toEqual([]);
  });
});
