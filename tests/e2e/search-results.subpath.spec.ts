// Guards the search index against changes to how it is built (issue: performance): for a fixed
// list of queries on the sub-path site (the demo briefs plus 45 generated ones), the set of pages
// found, the filter counts and the order by date must stay what the index gave before the change.
// The expected answers in golden/search-results.json were recorded from the build as it was; run
// with ASSAY_RECORD_SEARCH_RESULTS=1 to record them again after a deliberate change of content.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Pagefind, PagefindResultData } from '../../src/client/search/pagefind.ts';

const BASE = '/assay/';
const GOLDEN = join(import.meta.dirname, 'golden/search-results.json');

/** Words readers type, a phrase, a prefix, a word no brief holds, and searches narrowed by filters. */
const QUERIES: { term: string | null; filters?: Record<string, string> }[] = [
  { term: 'lithium' },
  { term: 'cobalt' },
  { term: 'graphite' },
  { term: 'rare earth' },
  { term: 'nickel indonesia' },
  { term: 'water' },
  { term: 'supply chain' },
  { term: 'mine' },
  { term: 'lith' },
  { term: 'methodology' },
  { term: 'zzyzx' },
  { term: 'cobalt', filters: { type: 'Brief' } },
  { term: null, filters: { type: 'Brief' } },
];

interface Answer {
  query: string;
  /** Every page found, as a sorted list: the set, not Pagefind's ranking. */
  urls: string[];
  /** Per filter and value, how many of the found pages carry it. */
  filters: Record<string, Record<string, number>>;
  /** The first ten found pages newest first, as the search page sorts by date. */
  byDate: string[];
  /** Whether the first result's excerpt marks the words searched for. */
  highlighted: boolean;
}

test('the same queries find the same pages, counts and order by date as before', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${BASE}search/`);
  const answers = await page.evaluate(
    async ({ base, queries }) => {
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: base, excerptLength: 26 });
      await pagefind.init();
      await pagefind.filters();
      const found: Answer[] = [];
      for (const { term, filters } of queries) {
        const all = await pagefind.search(term, filters ? { filters } : {});
        const dated = await pagefind.search(term, { ...(filters ? { filters } : {}), sort: { date: 'desc' } });
        const data: PagefindResultData[] = await Promise.all(all.results.map((result) => result.data()));
        const byDate = await Promise.all(dated.results.slice(0, 10).map((result) => result.data()));
        const first = data[0];
        found.push({
          query: `${term ?? '(none)'}${filters ? ` ${JSON.stringify(filters)}` : ''}`,
          urls: data.map((item) => item.url).sort(),
          filters: all.filters,
          byDate: byDate.map((item) => item.url),
          highlighted: term === null || first === undefined || /<mark>/.test(first.excerpt),
        });
      }
      return found;
    },
    { base: BASE, queries: QUERIES },
  );

  if (process.env['ASSAY_RECORD_SEARCH_RESULTS'] === '1') {
    writeFileSync(GOLDEN, `${JSON.stringify(answers, null, 2)}\n`);
  }
  const expected = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Answer[];
  // Queries that find nothing would make the comparison hollow: most must find several pages.
  expect(expected.filter((answer) => answer.urls.length >= 3).length).toBeGreaterThanOrEqual(8);
  for (const answer of answers) expect(answer.highlighted, `${answer.query}: excerpt highlights`).toBe(true);
  expect(answers).toEqual(expected);
});
