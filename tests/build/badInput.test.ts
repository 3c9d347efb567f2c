// A malformed brief must stop `npm run build` with a clear message and leave the published dist/
// exactly as it was.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  buildSite,
  copyFixtureContent,
  FIXTURE_CONTENT,
  publishedCopy,
  removeContent,
  ROOT,
  snapshotDir,
} from './buildSite.ts';

let dist: string;
let before: Record<string, string>;
const copies: string[] = [];

beforeAll(() => {
  ({ dist, before } = publishedCopy(inject('fixtureDist')));
});

afterEach(() => {
  for (const dir of copies.splice(0)) removeContent(dir);
});

/** A copy of the fixture content with some briefs rewritten. */
function brokenContent(edits: Record<string, (text: string) => string>): string {
  const dir = copyFixtureContent();
  copies.push(dir);
  for (const [name, edit] of Object.entries(edits)) {
    const file = join(ROOT, dir, 'briefs', name);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
  }
  return dir;
}

describe('npm run build with malformed briefs', () => {
  it('reports every bad file at once, with file, line, field, expectation and finding, and leaves dist/ untouched', () => {
    const content = brokenContent({
      'alpha-one.md': (t) => t.replace('date: 2025-01-10', 'date: 2025-02-30'),
      'gamma-three.md': (t) => t.replace('rating: low', 'rating: extreme'),
      'beta-two.mdx': (t) => t.replace('url: https://example.org/beta/peru', 'url: "javascript:alert(1)"'),
    });
    const result = buildSite(content, dist);
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      `${content}/briefs/alpha-one.md:4\n    date: expected a real calendar date as YYYY-MM-DD; found "2025-02-30"`,
    );
    expect(result.output).toMatch(
      new RegExp(
        `${content}/briefs/gamma-three\\.md:\\d+\\n {4}biasMeter\\.dimensions\\[0\\]\\.rating: expected one of minimal, low, moderate, high, severe \\(the Source Bias scale\\); found "extreme"`,
      ),
    );
    expect(result.output).toMatch(
      new RegExp(
        `${content}/briefs/beta-two\\.mdx:\\d+\\n {4}review\\.url: expected an absolute http:// or https:// URL; found "javascript:alert\\(1\\)"`,
      ),
    );
    expect(result.output).toContain('3 errors');
    expect(result.output).toContain('was left unchanged');
    expect(snapshotDir(dist)).toEqual(before);
  });

  it('keeps dist/ untouched when the content passes the check but Astro cannot compile it', () => {
    const content = brokenContent({
      'beta-two.mdx': (t) => t.replace('Last paragraph of beta.', 'Last paragraph of {beta.'),
    });
    const result = buildSite(content, dist);
    expect(result.status).toBe(1);
    expect(result.output).toContain('beta-two.mdx');
    expect(result.output).toContain('Build failed');
    expect(snapshotDir(dist)).toEqual(before);
  });

  it('keeps dist/ untouched when the search index cannot be built', () => {
    // Pagefind is swapped for a program that fails at once, as a crashed indexer would.
    const result = buildSite(FIXTURE_CONTENT, dist, { PAGEFIND_BINARY_PATH: '/bin/false' });
    expect(result.status).toBe(1);
    expect(result.output).toContain('Search index: Pagefind failed (exit 1)');
    expect(result.output).toContain('was left unchanged');
    expect(snapshotDir(dist)).toEqual(before);
  });

  // Each bad chart stops the build with the file, the chart's id and what is wrong with it.
  const badCharts: { name: string; file: string; edit: (t: string) => string; says: string }[] = [
    {
      name: 'labels and values of different lengths',
      file: 'beta-two.mdx',
      edit: (t) => t.replace('values: [60, 40]', 'values: [60, 40, 1]'),
      says: 'charts[0].series[0].values: expected 2 values in series "Share" (one per label); found 3 (chart "beta-shares")',
    },
    {
      name: 'an unknown data file',
      file: 'gamma-three.md',
      edit: (t) => t.replace('data: copper-output', 'data: copper-outputs'),
      says: 'charts[0].data: expected the name of a file in content/data (copper-output); found "copper-outputs" (chart "copper-output")',
    },
    {
      name: 'a value that is not a number',
      file: 'beta-two.mdx',
      edit: (t) => t.replace('values: [60, 40]', 'values: [60, "forty"]'),
      says: 'charts[0].series[0].values[1]: expected a number; found "forty" (chart "beta-shares")',
    },
    {
      name: 'an unknown chart type',
      file: 'beta-two.mdx',
      edit: (t) => t.replace('type: doughnut', 'type: pie'),
      says: 'charts[0].type: expected one of bar, line, doughnut, radar; found "pie" (chart "beta-shares")',
    },
    {
      name: 'a duplicate chart id',
      file: 'gamma-three.md',
      edit: (t) =>
        t.replace(
          /charts:\n([\s\S]*?)---/,
          (_, list: string) => `charts:\n${list}${list.replace('Copper output chart', 'Copper again')}---`,
        ),
      says: 'charts[1].id: expected a chart id used once in this brief; found a second chart "copper-output"',
    },
    {
      name: 'an inline <Chart> naming no chart',
      file: 'beta-two.mdx',
      edit: (t) => t.replace('<Chart id="beta-shares" />', '<Chart id="beta-share" />'),
      says: `body: expected <Chart id="…"> naming a chart in this brief's charts list (beta-shares); found <Chart id="beta-share">`,
    },
  ];

  for (const { name, file, edit, says } of badCharts) {
    it(`stops at a chart with ${name}, naming the file, the chart and the reason`, () => {
      const content = brokenContent({ [file]: edit });
      const result = buildSite(content, dist);
      expect(result.status).toBe(1);
      expect(result.output).toMatch(new RegExp(`error {2}${content}/briefs/${file.replace('.', '\\.')}:\\d+\\n`));
      expect(result.output).toContain(says);
      expect(result.output).toMatch(/\n1 error, /);
      expect(snapshotDir(dist)).toEqual(before);
    });
  }

  it('stops at a computed <Chart id> that names no chart when the page renders, naming the file and the chart', () => {
    // The content check cannot evaluate `{`beta-${'share'}`}`; the Chart component refuses it instead.
    const content = brokenContent({
      'beta-two.mdx': (t) => t.replace('<Chart id="beta-shares" />', "<Chart id={`beta-${'share'}`} />"),
    });
    const result = buildSite(content, dist);
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      `${content}/briefs/beta-two.mdx: <Chart id="beta-share">: expected the id of a chart in this brief's charts list (beta-shares)`,
    );
    expect(result.output).toContain('Build failed');
    expect(snapshotDir(dist)).toEqual(before);
  });
});
