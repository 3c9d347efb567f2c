// Builds the fixture site with the real build command and inspects what a reader would get.
import { readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { INDEXED_PAGES } from '../../src/integration/searchIndex.ts';
import { decodeMeter } from '../../src/lib/meter.ts';
import { listFiles, page } from './buildSite.ts';

const build = { outDir: inject('fixtureDist'), output: inject('fixtureBuildOutput') };
const published = ['alpha-one', 'beta-two', 'gamma-three', 'escape-everything'];
/**
 * What only the fixture's draft and future briefs carry: their titles and slugs, and their topics,
 * regions and minerals by slug and by name. Looked for without regard to case.
 */
const HIDDEN = [
  'Hidden draft brief',
  'Hidden future brief',
  'hidden-draft',
  'hidden-future',
  'secret-topic',
  'future-topic',
  'Secret topic',
  'Future topic',
  'Atlantis',
  'Lemuria',
  'Unobtainium',
  'Adamantium',
];

/** The entries of HIDDEN that `text` holds. */
const hiddenIn = (text: string): string[] =>
  HIDDEN.filter((secret) => text.toLowerCase().includes(secret.toLowerCase()));

const briefLinks = (doc: Document): string[] =>
  [...doc.querySelectorAll('.card h2 a, .card h3 a')].map((a) => a.getAttribute('href') ?? '').sort();

describe('fixture site build', () => {
  it('gives each published brief a page with its title, highlights, reviewed work and one Bias Meter row per dimension', () => {
    for (const slug of published) {
      const doc = page(build.outDir, `briefs/${slug}/`);
      expect(doc.querySelector('h1')?.textContent).toBeTruthy();
      expect(doc.querySelectorAll('.highlights li').length).toBeGreaterThan(0);
      expect(doc.querySelector('.reviewed-work .work-title a')?.getAttribute('href')).toMatch(
        /^https:\/\/example\.org\//,
      );
      const rows = [...doc.querySelectorAll('.bias-meter tbody tr')].map((tr) => tr.getAttribute('data-dimension'));
      expect(rows).toEqual(['source-bias', 'fact-depth', 'geopolitical-framing', 'omissions']);
    }
    const alpha = page(build.outDir, 'briefs/alpha-one/');
    expect(alpha.querySelector('h1')?.textContent).toBe('Alpha one on lithium brines');
    expect([...alpha.querySelectorAll('.highlights li')].map((li) => li.textContent)).toEqual([
      'Alpha highlight one',
      'Alpha highlight two',
    ]);
    expect(alpha.querySelector('.reviewed-work')?.textContent).toContain('Brines and Balance');
    expect(alpha.querySelector('.bias-meter')?.textContent).toContain('Fixture Overall Alpha');
    const factDepth = alpha.querySelector('.bias-meter tr[data-dimension="fact-depth"]');
    expect(factDepth?.querySelector('.rating')?.textContent).toBe('High');
    // The strip: five cells, the second one the mark, and its ends named under it; words say the same.
    const strip = factDepth?.querySelector('.meter');
    expect([...(strip?.querySelectorAll('rect') ?? [])].map((r) => r.getAttribute('class'))).toEqual([
      'meter-step',
      'meter-mark',
      'meter-step',
      'meter-step',
      'meter-step',
    ]);
    expect(strip?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(strip?.querySelector('.visually-hidden')?.textContent).toBe('2nd of 5, where 1st is best');
    expect(strip?.querySelector('.meter-ends')?.textContent).toBe('exceptionalthin');
  });

  it('puts the verdict and every rating first on each brief, before the highlights and the text', () => {
    for (const slug of published) {
      const doc = page(build.outDir, `briefs/${slug}/`);
      const panel = doc.querySelector('.verdict-panel');
      expect(panel, slug).toBeTruthy();
      const order = [...doc.querySelectorAll('.verdict-panel, .highlights, .prose, .bias-meter')].map((el) =>
        el.getAttribute('class'),
      );
      expect(order, slug).toEqual(['verdict-panel', 'highlights', 'prose', 'bias-meter']);
      expect(panel?.querySelector('a[href="#bias-meter"]'), slug).toBeTruthy();
      expect(doc.querySelector('#bias-meter'), slug).toBeTruthy();
      expect(panel?.getAttribute('data-pagefind-ignore'), slug).toBe('');
    }
    const alpha = page(build.outDir, 'briefs/alpha-one/').querySelector('.verdict-panel')!;
    expect(alpha.querySelector('.verdict')?.textContent).toContain('Fixture Overall Alpha');
    const rows = [...alpha.querySelectorAll('.meter-row')].map((row) => [
      row.getAttribute('data-dimension'),
      row.querySelector('dt')?.textContent,
      row.querySelector('.meter-rating')?.textContent,
      row.querySelector('.meter .visually-hidden')?.textContent,
    ]);
    expect(rows).toEqual([
      ['source-bias', 'Source Bias', 'Minimal', '1st of 5, where 1st is best'],
      ['fact-depth', 'Fact Depth', 'High', '2nd of 5, where 1st is best'],
      ['geopolitical-framing', 'Geopolitical Framing', 'Balanced', '1st of 4, where 1st is best'],
      ['omissions', 'Omissions', 'Some', '2nd of 4, where 1st is best'],
    ]);
    expect(alpha.querySelector('.meter-key')?.textContent).toBe('bestworst');
  });

  it('gives every card in every listing the same title, verdict and mini meter, linked to the full meter', () => {
    let cards = 0;
    for (const path of ['', 'briefs/', 'topics/energy/', 'publishers/alpha/', 'briefs/alpha-one/']) {
      for (const card of page(build.outDir, path).querySelectorAll('article.card')) {
        cards++;
        const href = card.querySelector('.card-title a')?.getAttribute('href');
        expect(href, path).toMatch(/^\/briefs\/[a-z-]+\/$/);
        expect(card.querySelector('.verdict a')?.getAttribute('href'), path).toBe(`${href}#bias-meter`);
        expect(card.querySelectorAll('.meter-summary-card .meter-row').length, path).toBe(4);
        expect(card.querySelectorAll('.meter-summary-card .meter-mark').length, path).toBe(4);
      }
    }
    expect(cards).toBeGreaterThan(10);
    // Archive and subject pages title their cards with h2 under the h1, sections with h3: one class styles both.
    expect(page(build.outDir, 'briefs/').querySelector('.card h2')?.getAttribute('class')).toBe('card-title');
    expect(page(build.outDir, '').querySelector('.card-list .card h3')?.getAttribute('class')).toBe('card-title');
  });

  it('shows how each publisher’s work rates per dimension, with the meter’s strips', () => {
    const rows = [...page(build.outDir, 'publishers/alpha/').querySelectorAll('.publisher-ratings tbody tr')];
    expect(rows.map((row) => row.getAttribute('data-dimension'))).toEqual([
      'source-bias',
      'fact-depth',
      'geopolitical-framing',
      'omissions',
    ]);
    const sourceBias = rows[0]!;
    // Alpha's two briefs were rated Minimal and Low on Source Bias: the middle of two is the better one.
    expect(sourceBias.querySelector('.rating')?.textContent).toBe('Minimal');
    expect(sourceBias.querySelector('.meter .visually-hidden')?.textContent).toBe('1st of 5, where 1st is best');
    expect(sourceBias.lastElementChild?.textContent).toBe('Minimal × 1, Low × 1');
  });

  it('keeps drafts and future briefs out of every built file', () => {
    const files = listFiles(build.outDir);
    expect(files.some((f) => f.includes('hidden'))).toBe(false);
    for (const file of files.filter((f) => /\.(html|xml|json|txt)$/.test(f))) {
      expect(hiddenIn(readFileSync(join(build.outDir, file), 'utf8')), file).toEqual([]);
    }
    expect(files).not.toContain('topics/secret-topic/index.html');
    expect(files).not.toContain('regions/lemuria/index.html');
  });

  it('ignores brief files whose name starts with an underscore', () => {
    expect(listFiles(build.outDir).some((f) => f.includes('ignored-notes'))).toBe(false);
  });

  it('lists exactly its briefs on each topic, region, mineral and publisher page', () => {
    const expected: Record<string, string[]> = {
      'topics/energy/': ['alpha-one', 'beta-two'],
      'topics/trade/': ['beta-two', 'gamma-three'],
      'regions/chile/': ['alpha-one', 'gamma-three'],
      'regions/peru/': ['beta-two', 'gamma-three'],
      'minerals/lithium/': ['alpha-one'],
      'minerals/copper/': ['gamma-three'],
      'publishers/alpha/': ['alpha-one', 'gamma-three'],
      'publishers/beta/': ['beta-two'],
      'topics/escaping/': ['escape-everything'],
    };
    for (const [path, slugs] of Object.entries(expected)) {
      expect(briefLinks(page(build.outDir, path)), path).toEqual(slugs.map((s) => `/briefs/${s}/`).sort());
    }
  });

  it('lists every published brief in the archive, newest first', () => {
    const doc = page(build.outDir, 'briefs/');
    const order = [...doc.querySelectorAll('.card h2 a')].map((a) => a.getAttribute('href'));
    expect(order).toEqual([
      '/briefs/beta-two/',
      '/briefs/alpha-one/',
      '/briefs/gamma-three/',
      '/briefs/escape-everything/',
    ]);
  });

  it('draws an MDX brief’s chart where the editor placed it, and data charts after the body', () => {
    const beta = page(build.outDir, 'briefs/beta-two/');
    const prose = beta.querySelector('.prose');
    const figure = prose?.querySelector('figure#chart-beta-shares');
    expect(figure?.querySelector('figcaption')?.textContent).toContain('Beta shares chart');
    expect(figure?.previousElementSibling?.textContent).toContain('First paragraph of beta');
    expect([...(figure?.querySelectorAll('tbody td') ?? [])].map((td) => td.textContent)).toEqual([
      '60 per cent',
      '40 per cent',
    ]);
    // Placed inline, so it is not drawn a second time after the body.
    expect(beta.querySelectorAll('#chart-beta-shares').length).toBe(1);

    const gamma = page(build.outDir, 'briefs/gamma-three/');
    const rows = [...gamma.querySelectorAll('#chart-copper-output tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent).join(' '),
    );
    expect(rows).toEqual(['2022 10 kt', '2023 12.5 kt', '2024 15 kt']);
  });

  it('builds the methodology page from bias-meter.yaml and a 404 page', () => {
    const doc = page(build.outDir, 'methodology/');
    expect([...doc.querySelectorAll('h2[id$="-heading"]')].map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['Source Bias', 'Fact Depth', 'Geopolitical Framing', 'Omissions']),
    );
    expect(page(build.outDir, '404.html').querySelector('h1')?.textContent).toBe('Page not found');
  });

  it('ships the search launcher on every page, the chart loader only where there are charts, and the rest on demand', () => {
    // The editor's page (its own test below) is not a reader's page.
    const files = listFiles(build.outDir).filter((f) => !f.startsWith('admin/'));
    const pagesWith = new Map<string, number>();
    let chartPages = 0;
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const doc = page(build.outDir, file);
      const scripts = [...doc.querySelectorAll('script')].filter(
        (s) => !/^application\/(ld\+)?json$/.test(s.getAttribute('type') ?? ''),
      );
      for (const script of scripts) {
        expect(script.getAttribute('type'), file).toBe('module');
        expect(script.textContent, `${file}: scripts are files, not inline code`).toBe('');
        const src = script.getAttribute('src') ?? '';
        pagesWith.set(src, (pagesWith.get(src) ?? 0) + 1);
      }
      const hasChart = doc.querySelector('figure[data-chart]') !== null;
      if (hasChart) chartPages++;
      // The launcher, plus the chart loader where there are charts, plus the search page's own script.
      expect(scripts.length, file).toBe(1 + (hasChart ? 1 : 0) + (file === 'search/index.html' ? 1 : 0));
    }
    const pages = files.filter((f) => f.endsWith('.html')).length;
    const [launcher] = [...pagesWith].find(([, count]) => count === pages)!;
    const [loader] = [...pagesWith].find(([, count]) => count === chartPages)!;
    const launcherCode = readFileSync(join(build.outDir, launcher));
    expect(gzipSync(launcherCode).length).toBeLessThan(2048);
    // Pagefind is fetched by the search UI at run time, never bundled into a page's script.
    expect(launcherCode.toString()).not.toContain('pagefind');
    const loaderCode = readFileSync(join(build.outDir, loader), 'utf8');
    // chart.js is fetched on demand: the loader only names its chunk in a dynamic import.
    const chartChunk = /import\(["'`]\.\/([^"'`]+\.js)["'`]\)/.exec(loaderCode)?.[1];
    expect(chartChunk).toBeDefined();
    expect(loaderCode).toContain('IntersectionObserver');
    expect(loaderCode.length).toBeLessThan(4 * 1024);
    expect(gzipSync(readFileSync(join(build.outDir, '_astro', chartChunk!))).length).toBeLessThanOrEqual(60 * 1024);
  });

  it('keeps the editor to /admin/: its scripts and Decap’s bundle served from the site, linked by no other page', () => {
    const doc = page(build.outDir, 'admin/');
    const scripts = [...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src'));
    expect(scripts).toEqual(['/admin/assay-admin.js']);
    const files = listFiles(build.outDir);
    expect(files).toEqual(expect.arrayContaining(['admin/assay-admin.js', 'admin/decap/decap-cms.js']));
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("connect-src 'self' https://api.github.com");
    expect(csp).toContain("'unsafe-eval'");
    for (const file of files.filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))) {
      const html = readFileSync(join(build.outDir, file), 'utf8');
      expect(html, file).not.toMatch(/admin\/|decap|'unsafe-eval'/i);
    }
    expect(readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
  });

  it('passes chart data as escaped JSON that reads back as the editor’s text, never as markup', () => {
    const html = readFileSync(join(build.outDir, 'briefs/escape-everything/index.html'), 'utf8');
    // Inside a quoted attribute (the canvas's accessible name) `<` is plain text; everywhere else
    // the markup must never appear raw.
    const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toMatch(/<\/script><script>alert/i);
    expect(outsideAttributes).not.toContain('<img src=x');
    expect(outsideAttributes).not.toContain('<b>units</b>');
    expect(html).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)');
    const doc = page(build.outDir, 'briefs/escape-everything/');
    const figure = doc.querySelector('#chart-hostile-labels')!;
    const spec = JSON.parse(figure.querySelector('script[type="application/json"]')?.textContent ?? '') as {
      labels: string[];
      series: { name: string }[];
      unit: string;
    };
    const labels = [
      '</script><script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<!-- comment & \u2028 separator',
    ];
    expect(spec.labels).toEqual(labels);
    expect(spec.series[0]?.name).toBe('</SCRIPT><script>alert(2)</script>');
    expect(spec.unit).toBe('<b>units</b>');
    // The table, caption and accessible name show the same text, escaped by the template.
    expect([...figure.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(labels);
    expect(figure.querySelector('figcaption')?.textContent).toContain('</script><script>alert(1)</script> chart title');
    expect(figure.querySelector('canvas')?.getAttribute('aria-label')).toContain('<img src=x onerror=alert(1)>');
    expect(figure.querySelector('.source a')).toBeNull();
    // Nothing in the data became an element: the page has the JSON-LD, the chart JSON, the chart
    // loader and the search launcher, no other script.
    expect(doc.querySelectorAll('script').length).toBe(4);
    expect(doc.querySelectorAll('img').length).toBe(0);
  });

  it('gives every chart a figure with caption, reserved box, labelled canvas, data table and source', () => {
    for (const [path, id] of [
      ['briefs/beta-two/', 'beta-shares'],
      ['briefs/gamma-three/', 'copper-output'],
      ['insights/', 'briefs-per-month'],
    ] as const) {
      const figure = page(build.outDir, path).querySelector(`figure#chart-${id}`);
      expect(figure?.querySelector('figcaption')?.textContent, path).toBeTruthy();
      expect(figure?.querySelector('.chart-canvas')?.getAttribute('style'), path).toMatch(
        /--chart-ratio: [\d.]+; --chart-min-height: [\d.]+rem/,
      );
      expect(figure?.querySelector('canvas')?.getAttribute('role')).toBe('img');
      expect(figure?.querySelector('canvas')?.getAttribute('aria-label')).toMatch(/chart of /);
      expect(figure?.querySelector('details table tbody tr'), path).toBeTruthy();
      expect(figure?.querySelector('.source')?.textContent).toMatch(/^Source: /);
    }
    // A doughnut names its slices in an HTML legend, with a patterned swatch each.
    const legend = page(build.outDir, 'briefs/beta-two/').querySelectorAll('#chart-beta-shares .chart-legend li');
    expect([...legend].map((li) => li.textContent?.trim())).toEqual(['Ore', 'Concentrate']);
  });

  it('builds /insights/ from every published brief, linked from every page', () => {
    const doc = page(build.outDir, 'insights/');
    const rows = (id: string): string[] =>
      [...doc.querySelectorAll(`#chart-${id} tbody tr`)].map((tr) =>
        [...tr.children].map((cell) => cell.textContent).join(' '),
      );
    expect(rows('ratings-source-bias')).toEqual(['Minimal 1', 'Low 1', 'Moderate 1', 'High 0', 'Severe 1']);
    expect(doc.querySelectorAll('figure[id^="chart-ratings-"]').length).toBe(4);
    // A no-break space holds each count together when a long name wraps.
    expect(rows('publisher-scores')).toEqual([
      'Alpha Institute (2\u00a0briefs) 15 out of 100',
      "Evil </script><script>alert('publisher')</script> Press (1\u00a0brief) 50 out of 100",
      'Beta Review (1\u00a0brief) 100 out of 100',
    ]);
    expect(rows('briefs-per-month')).toEqual([
      'Jun 2024 1',
      'Jul 2024 0',
      'Aug 2024 0',
      'Sept 2024 0',
      'Oct 2024 0',
      'Nov 2024 1',
      'Dec 2024 0',
      'Jan 2025 1',
      'Feb 2025 0',
      'Mar 2025 1',
    ]);
    expect(rows('briefs-per-topic')).toEqual(['Energy 2', 'Trade 2', 'Escaping 1']);
    // Every brief as a dot in the cell of its Fact Depth and Source Bias ratings, linked, and in the table.
    const dots = [...doc.querySelectorAll('#chart-rating-grid .dot')].map((dot) => dot.getAttribute('href')).sort();
    expect(dots).toEqual(published.map((slug) => `/briefs/${slug}/`).sort());
    const cell = (ratingX: number, ratingY: number): string[] =>
      [...doc.querySelectorAll(`#chart-rating-grid .dot-plot-cell`)]
        .filter((c) => c.getAttribute('style') === `grid-row: ${ratingY + 2}; grid-column: ${ratingX + 2}`)
        .flatMap((c) => [...c.querySelectorAll('.dot')].map((dot) => dot.getAttribute('href') ?? ''));
    // alpha-one: Fact Depth High (2nd), Source Bias Minimal (1st).
    expect(cell(1, 0)).toContain('/briefs/alpha-one/');
    expect(doc.querySelectorAll('#chart-rating-grid tbody tr').length).toBe(published.length);
    expect(
      doc.querySelector('#chart-rating-grid tbody tr a[href="/briefs/alpha-one/"]')?.closest('tr')?.textContent,
    ).toBe('Alpha one on lithium brinesHighMinimal');
    for (const path of ['', 'methodology/', 'briefs/alpha-one/']) {
      expect(page(build.outDir, path).querySelector('.site-header a[href="/insights/"]'), path).toBeTruthy();
      expect(page(build.outDir, path).querySelector('.site-footer a[href="/insights/"]'), path).toBeTruthy();
    }
  });

  it('matches the golden chart data', async () => {
    const golden: Record<string, Record<string, unknown>> = {};
    for (const path of ['briefs/beta-two/', 'briefs/gamma-three/', 'briefs/escape-everything/', 'insights/']) {
      for (const figure of page(build.outDir, path).querySelectorAll('figure[data-chart]')) {
        (golden[path] ??= {})[figure.id] = {
          label: figure.querySelector('canvas')?.getAttribute('aria-label'),
          box: figure.querySelector('.chart-canvas')?.getAttribute('style'),
          spec: JSON.parse(figure.querySelector('script[type="application/json"]')?.textContent ?? 'null') as unknown,
        };
      }
    }
    await expect(`${JSON.stringify(golden, null, 2)}\n`).toMatchFileSnapshot('golden/chart-data.json');
  });

  it('shows markup quoted in a brief as text, never as an element', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const escape = page(build.outDir, 'briefs/escape-everything/');
    expect(escape.querySelector('h1')?.textContent).toBe(
      `Escaping ${markup} & </script><script>alert('title')</script>`,
    );
    expect(escape.querySelector('.lede')?.textContent).toContain(markup);
    expect(escape.querySelector('.highlights li')?.textContent).toBe(`Quotes ${markup} in a highlight`);
    expect(escape.querySelector('.prose code')?.textContent).toBe(markup);
    for (const file of listFiles(build.outDir).filter((f) => f.endsWith('.html'))) {
      expect(page(build.outDir, file).querySelector('img[onerror], img[src="x"]'), file).toBeNull();
    }
  });
});

describe('demo site build', () => {
  const demo = inject('demoDist');

  it('shows a chart of one value as a figure with its number, label, caption and source, and no canvas', () => {
    const doc = page(demo, 'briefs/kachin-rare-earths-realpolitik/');
    const figure = doc.querySelector('figure#chart-kia-revenue');
    expect(figure?.getAttribute('class')).toBe('chart single-figure');
    expect(figure?.hasAttribute('data-chart')).toBe(false);
    expect(figure?.querySelector('canvas')).toBeNull();
    expect(figure?.querySelector('figcaption')?.textContent).toBe(
      'KIA annual revenue from rare-earth exports (lower bound)',
    );
    expect(figure?.querySelector('.figure-value data')?.getAttribute('value')).toBe('200');
    expect(figure?.querySelector('.figure-value')?.textContent).toBe('200USD million');
    expect(figure?.querySelector('.figure-label')?.textContent).toBe('KIA rare-earth exports (annual)');
    expect(figure?.querySelector('.source')?.textContent).toBe(
      'Source: Stimson Center, Rare Earths and Realpolitik (2025)',
    );
    // The brief's other chart is still drawn.
    expect(doc.querySelector('figure#chart-extraction-sites[data-chart] canvas')).toBeTruthy();
  });
});

/** A Pagefind fragment: the indexed text, filters and metadata of one page. */
interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

function fragments(outDir: string): Fragment[] {
  const folder = join(outDir, 'pagefind/fragment');
  // Each fragment is gzipped JSON behind a 12-byte signature (`pagefind_dcd`).
  return readdirSync(folder).map(
    (name) =>
      JSON.parse(
        gunzipSync(readFileSync(join(folder, name)))
          .subarray(12)
          .toString('utf8'),
      ) as Fragment,
  );
}

describe('fixture search index', () => {
  it('is written by the build and holds the published briefs, the publishers and the methodology', () => {
    const entry = JSON.parse(readFileSync(join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['en']?.page_count).toBe(8);
    expect(build.output).toMatch(/Search index: 8 pages indexed in \d+\.\d s/);
    expect(
      fragments(build.outDir)
        .map((f) => f.url)
        .sort(),
    ).toEqual(
      [
        ...published.map((slug) => `/briefs/${slug}/`),
        '/methodology/',
        '/publishers/alpha/',
        '/publishers/beta/',
        '/publishers/evil-press/',
      ].sort(),
    );
    // Pagefind's own ready-made interfaces are not shipped: Assay has its own.
    expect(listFiles(build.outDir).filter((f) => f.startsWith('pagefind/pagefind-') && f.includes('ui'))).toEqual([]);
  });

  it('is built from every page meant for search: Pagefind is shown only the pages INDEXED_PAGES names', () => {
    const searchable = listFiles(build.outDir).filter(
      (f) => f.endsWith('.html') && readFileSync(join(build.outDir, f), 'utf8').includes('data-pagefind-body'),
    );
    expect(searchable).toHaveLength(8);
    expect(searchable.filter((f) => !INDEXED_PAGES.some((pattern) => matchesGlob(f, pattern)))).toEqual([]);
  });

  it('never holds a draft or a future brief', () => {
    for (const fragment of fragments(build.outDir))
      expect(hiddenIn(JSON.stringify(fragment)), fragment.url).toEqual([]);
  });

  it('tags each brief with readable filters and result fields, and indexes its content without the chrome', () => {
    const alpha = fragments(build.outDir).find((f) => f.url === '/briefs/alpha-one/')!;
    expect(alpha.filters).toEqual({
      type: ['Brief'],
      topic: ['Energy'],
      region: ['Chile'],
      mineral: ['Lithium'],
      publisher: ['Alpha Institute'],
      kind: ['Report'],
      year: ['2025'],
      'source-bias': ['Minimal'],
      'fact-depth': ['High'],
      'geopolitical-framing': ['Balanced'],
      omissions: ['Some'],
    });
    expect(alpha.meta).toMatchObject({
      title: 'Alpha one on lithium brines',
      date: '2025-01-10',
      publisher: 'Alpha Institute',
      summary: 'Fixture brief one, about lithium in Chile.',
    });
    // The meter a result draws, in its compact form: verdict, then label, rating, position and steps.
    expect(decodeMeter(alpha.meta['meter'])).toEqual({
      overall: 'Fixture Overall Alpha',
      rows: [
        { label: 'Source Bias', rating: 'Minimal', index: 0, steps: 5 },
        { label: 'Fact Depth', rating: 'High', index: 1, steps: 5 },
        { label: 'Geopolitical Framing', rating: 'Balanced', index: 0, steps: 4 },
        { label: 'Omissions', rating: 'Some', index: 1, steps: 4 },
      ],
    });
    expect(alpha.content).toContain('The body of alpha one');
    expect(alpha.content).toContain('Alpha highlight two');
    expect(alpha.content).toContain('High good data');
    for (const chrome of [
      'Skip to content',
      'Related briefs',
      'Older brief',
      'Newer brief',
      'How the Bias Meter works',
      'Sample',
      'On the scale',
    ]) {
      expect(alpha.content, chrome).not.toContain(chrome);
    }
    const publisher = fragments(build.outDir).find((f) => f.url === '/publishers/beta/')!;
    expect(publisher.filters).toEqual({ type: ['Page'] });
    expect(publisher.meta).toMatchObject({ title: 'Beta Review', section: 'Publisher' });
    // The publisher's brief list is found as briefs, not as part of its profile.
    expect(publisher.content).not.toContain('Beta two places a chart inline');
  });
});
