// The right of reply on the built fixture site: escape-everything.md has one reply by evil-press
// (15 July 2024) whose every field carries markup, answered by the rating change of 1 August 2024.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { page } from './buildSite.ts';

const dist = inject('fixtureDist');
const BRIEF = 'https://assay.example.org/briefs/escape-everything/';
const read = (path: string): string => readFileSync(join(dist, path), 'utf8');

describe('a brief with a reply', () => {
  const doc = page(dist, 'briefs/escape-everything/');
  const section = doc.querySelector('#replies');

  it('shows it right after the Bias Meter, headed in the site’s words, with its author, date and link', () => {
    expect(doc.querySelector('#bias-meter')?.nextElementSibling?.id).toBe('replies');
    expect(section?.querySelector('h2')?.textContent).toBe('The publisher responds');
    const reply = section?.querySelector('#reply-1');
    expect(reply?.querySelector('.reply-by')?.textContent).toBe(
      "<img src=x onerror=alert('name')>, </script><script>alert('role')</script>, Evil </script><script>alert('publisher')</script> Press · Replied 15 July 2024",
    );
    expect(reply?.querySelector('.reply-by time')?.getAttribute('datetime')).toBe('2024-07-15');
    expect(reply?.querySelector('.reply-link a')?.getAttribute('href')).toBe(
      'https://example.org/evil/reply?a=%3C1%3E',
    );
  });

  it('shows the reply and the answer as the text typed, with no markup, script or unsafe link', () => {
    expect(section?.querySelector('.reply-text')?.textContent?.trim()).toBe(
      "Reply </script><script>alert('reply')</script> and <img src=x onerror=alert('reply')> link",
    );
    expect(section?.querySelector('.reply-answer')?.textContent).toContain(
      "Answer </script><script>alert('answer')</script> and <b onclick=alert('answer')>bold</b>",
    );
    expect(section?.querySelectorAll('script, img, b, [onclick]')).toHaveLength(0);
    expect([...(section?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      null, // the javascript: link lost its href
      'https://example.org/evil/reply?a=%3C1%3E',
      '#rating-change-1',
    ]);
  });

  it('links the editors’ answer to the rating change that followed', () => {
    const link = section?.querySelector('.reply-answer a[href="#rating-change-1"]');
    expect(link?.textContent).toBe('Rating revised 1 August 2024: Source Bias from High to Moderate.');
    expect(doc.querySelector('#rating-change-1')).not.toBeNull();
  });

  it('gives the reply as a Comment of the Review in JSON-LD, as plain text', () => {
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as {
      comment?: Record<string, unknown>[];
    };
    expect(ld.comment).toEqual([
      {
        '@type': 'Comment',
        '@id': `${BRIEF}#reply-1`,
        url: 'https://example.org/evil/reply?a=%3C1%3E',
        text: "Reply </script><script>alert('reply')</script> and <img src=x onerror=alert('reply')> link",
        datePublished: '2024-07-15',
        author: {
          '@type': 'Person',
          name: "<img src=x onerror=alert('name')>",
          jobTitle: "</script><script>alert('role')</script>",
          affiliation: {
            '@type': 'Organization',
            name: "Evil </script><script>alert('publisher')</script> Press",
            url: 'https://example.org/evil',
          },
        },
        comment: {
          '@type': 'Comment',
          text: "Answer </script><script>alert('answer')</script> and <b onclick=alert('answer')>bold</b>",
          author: { '@type': 'Organization', name: 'Assay', url: 'https://assay.example.org/' },
        },
      },
    ]);
    // The JSON-LD script element holds no raw "</script" that would end it early.
    expect(read('briefs/escape-everything/index.html')).not.toMatch(/alert\('reply'\)<\/script>(?!.*&lt;)/);
  });

  it('tags the brief for the search page’s “replied” filter, and only that brief', () => {
    const filter = doc.querySelector('[data-pagefind-filter="replied"]');
    expect(filter?.textContent).toBe('The publisher replied');
    expect(page(dist, 'briefs/alpha-one/').querySelector('[data-pagefind-filter="replied"]')).toBeNull();
  });
});

describe('the reply elsewhere', () => {
  it('is in the brief’s feed items, escaped, with the answer’s link made absolute', () => {
    const item = (JSON.parse(read('feed.json')) as { items: { id: string; content_html: string }[] }).items.find(
      (i) => i.id === BRIEF,
    );
    expect(item?.content_html).toContain('<h3 id="replies-heading">The publisher responds</h3>');
    expect(item?.content_html).toContain(
      "Reply &lt;/script&gt;&lt;script&gt;alert('reply')&lt;/script&gt; and &lt;img src=x onerror=alert('reply')&gt;",
    );
    expect(item?.content_html).toContain(`href="${BRIEF}#rating-change-1"`);
    expect(item?.content_html).not.toMatch(/<script|<img|<b[ >]/);
    expect(read('rss.xml')).toContain('The publisher responds');
  });

  it('is on the publisher’s page, linking to the reply on its brief', () => {
    const doc = page(dist, 'publishers/evil-press/');
    const section = doc.querySelector('.publisher-replies');
    expect(section?.querySelector('h2')?.textContent).toBe('Its replies');
    expect(section?.querySelector('.reply-by a')?.getAttribute('href')).toBe('/briefs/escape-everything/#reply-1');
    expect(section?.querySelector('.reply-text')?.textContent?.trim()).toMatch(/^Reply <\/script><script>/);
    expect(section?.querySelectorAll('script, img')).toHaveLength(0);
    expect(page(dist, 'publishers/alpha/').querySelector('.publisher-replies')).toBeNull();
  });
});
