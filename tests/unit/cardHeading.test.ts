import { describe, expect, it } from 'vitest';
import { withHeadingLevel } from '../../src/lib/cardHeading.ts';

const card =
  '<article class="card"><div class="card-text"><h3 class="card-title"><a href="/briefs/a/">A <em>h3</em> title</a></h3>' +
  '<p class="meta">Reviews X</p></div><figure><figcaption><h3>Not the title</h3></figcaption></figure></article>';

describe('withHeadingLevel', () => {
  it("renames the card's title, its first heading, and nothing else", () => {
    expect(withHeadingLevel(card, 'h3', 'h2')).toBe(
      '<article class="card"><div class="card-text"><h2 class="card-title"><a href="/briefs/a/">A <em>h3</em> title</a></h2>' +
        '<p class="meta">Reviews X</p></div><figure><figcaption><h3>Not the title</h3></figcaption></figure></article>',
    );
  });

  it('goes back to where it started', () => {
    expect(withHeadingLevel(withHeadingLevel(card, 'h3', 'h2'), 'h2', 'h3')).toBe(card);
  });

  it('leaves the markup alone when the level is the same', () => {
    expect(withHeadingLevel(card, 'h3', 'h3')).toBe(card);
  });

  it('does not take an <h3x> or <header> for the heading', () => {
    expect(() => withHeadingLevel('<h3x>a</h3x><header>b</header>', 'h3', 'h2')).toThrow(
      "Brief card: expected a <h3> title in the card's markup; found none",
    );
  });
});
