import { describe, expect, it } from 'vitest';
import { absoluteUrl, sitePaths } from '../../src/lib/urls.ts';

describe('sitePaths', () => {
  const root = sitePaths('/');
  const sub = sitePaths('/assay/');

  it('makes every page path from the root of a site of its own domain', () => {
    expect(root.home()).toBe('/');
    expect(root.archive()).toBe('/briefs/');
    expect(root.archive(2)).toBe('/briefs/2/');
    expect(root.brief('kachin-rare-earths')).toBe('/briefs/kachin-rare-earths/');
    expect(root.taxonomy('topics')).toBe('/topics/');
    expect(root.term('regions', 'myanmar')).toBe('/regions/myanmar/');
    expect(root.term('minerals', 'lithium', 3)).toBe('/minerals/lithium/3/');
    expect(root.termFeed('topics', 'rare-earths')).toBe('/topics/rare-earths/rss.xml');
    expect(root.publishers()).toBe('/publishers/');
    expect(root.publisher('stimson-center')).toBe('/publishers/stimson-center/');
    expect(root.publisher('stimson-center', 2)).toBe('/publishers/stimson-center/2/');
    expect(root.publisherFeed('stimson-center')).toBe('/publishers/stimson-center/rss.xml');
    expect(root.methodology()).toBe('/methodology/');
    expect(root.methodology('source-bias')).toBe('/methodology/#source-bias');
    expect(root.insights()).toBe('/insights/');
    expect(root.search()).toBe('/search/');
    expect(root.rss()).toBe('/rss.xml');
    expect(root.jsonFeed()).toBe('/feed.json');
    expect(root.sitemapIndex()).toBe('/sitemap-index.xml');
    expect(root.file('favicon.svg')).toBe('/favicon.svg');
    expect(root.pagefind()).toBe('/pagefind/pagefind.js');
  });

  it('puts every path under the base of a sub-path deploy', () => {
    const all = [
      sub.home(),
      sub.archive(),
      sub.archive(4),
      sub.brief('x'),
      sub.taxonomy('minerals'),
      sub.term('topics', 'energy', 2),
      sub.termFeed('topics', 'energy'),
      sub.publishers(),
      sub.publisher('p', 2),
      sub.publisherFeed('p'),
      sub.methodology('omissions'),
      sub.insights(),
      sub.search('cobalt'),
      sub.rss(),
      sub.jsonFeed(),
      sub.sitemapIndex(),
      sub.file('favicon.svg'),
      sub.pagefind(),
    ];
    for (const path of all) expect(path.startsWith('/assay/'), path).toBe(true);
    expect(sub.home()).toBe('/assay/');
    expect(sub.archive(4)).toBe('/assay/briefs/4/');
    expect(sub.pagefind()).toBe('/assay/pagefind/pagefind.js');
  });

  it('takes a base with or without its closing slash', () => {
    expect(sitePaths('/assay').brief('x')).toBe('/assay/briefs/x/');
    expect(() => sitePaths('assay/')).toThrow(/site base: expected a path starting with \/; found "assay\/"/);
  });

  it('makes a search address with the words encoded', () => {
    expect(root.search('rare earths & magnets')).toBe('/search/?q=rare+earths+%26+magnets');
    expect(sub.search('lithium')).toBe('/assay/search/?q=lithium');
  });

  it('tells the site’s own paths from others', () => {
    expect(sub.contains('/assay/briefs/x/')).toBe(true);
    expect(sub.contains('/briefs/x/')).toBe(false);
    expect(sub.contains('/assayer/')).toBe(false);
    expect(root.contains('/briefs/x/')).toBe(true);
  });
});

describe('absoluteUrl', () => {
  it('puts a site path on the origin, keeping the base', () => {
    expect(absoluteUrl('https://briefs.example.org', '/briefs/x/')).toBe('https://briefs.example.org/briefs/x/');
    expect(absoluteUrl('https://example.github.io', sitePaths('/assay/').rss())).toBe(
      'https://example.github.io/assay/rss.xml',
    );
  });
});
