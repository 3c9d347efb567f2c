import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseDataSet } from '../../src/lib/charts/dataSets.ts';
import { problem } from '../../src/lib/check/problems.ts';
import { ContentError, resolveBrief } from '../../src/lib/resolveBrief.ts';
import { biasMeterSchema } from '../../src/schemas/biasMeter.ts';
import { briefSchema, type BriefData } from '../../src/schemas/brief.ts';
import { demoTaxonomies } from './demoSubjects.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/site/content');
const read = (path: string): string => readFileSync(join(FIXTURE, path), 'utf8');

/** A fixture brief's frontmatter, parsed by the schema as the site does. */
function briefData(name: string): BriefData {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(read(`briefs/${name}`))?.[1] ?? '';
  return briefSchema(demoTaxonomies).parse(parse(frontmatter));
}

const { dimensions } = biasMeterSchema.parse(parse(read('bias-meter.yaml')));
const copper = parseDataSet('copper-output.csv', read('data/copper-output.csv'));
if (!copper.ok) throw new Error('the fixture data set does not parse');
const publishers = new Map([
  ['alpha', { id: 'alpha', name: 'Alpha' }],
  ['beta', { id: 'beta', name: 'Beta' }],
]);
const references = { publishers, dimensions, dataSets: new Map([['copper-output', copper.data]]) };

describe('resolveBrief', () => {
  it('keeps the entry as it is and adds its publisher, charts and ratings', () => {
    const entry = { id: 'beta-two', filePath: 'briefs/beta-two.mdx', data: briefData('beta-two.mdx'), body: 'text' };
    const brief = resolveBrief(entry, references);
    expect(brief).toMatchObject(entry);
    expect(brief.publisher).toBe(publishers.get('beta'));
    expect(brief.charts.map((chart) => [chart.id, chart.labels, chart.series])).toEqual([
      ['beta-shares', ['Ore', 'Concentrate'], [{ name: 'Share', values: [60, 40] }]],
    ]);
  });

  it('gives the ratings in the Bias Meter’s order, each with its dimension, place on the scale and note', () => {
    const data = briefData('alpha-one.md');
    // Written in another order than bias-meter.yaml's, with a note on one.
    data.biasMeter.dimensions = [
      { dimension: 'omissions', rating: 'some' },
      { dimension: 'fact-depth', rating: 'exceptional', note: 'primary data' },
      { dimension: 'geopolitical-framing', rating: 'partisan' },
      { dimension: 'source-bias', rating: 'moderate' },
    ];
    const { ratings } = resolveBrief({ id: 'alpha-one', data }, references);
    expect(ratings.map((r) => [r.dimension.id, r.rating, r.position, r.dimension.scale.length, r.note])).toEqual([
      ['source-bias', 'moderate', 3, 5, undefined],
      ['fact-depth', 'exceptional', 1, 5, 'primary data'],
      ['geopolitical-framing', 'partisan', 4, 4, undefined],
      ['omissions', 'some', 2, 4, undefined],
    ]);
    expect(ratings[0]!.dimension).toBe(dimensions[0]);
  });

  it('resolves a chart that loads a named data set', () => {
    const data = briefData('alpha-one.md');
    data.charts = [{ id: 'copper', title: 'Copper', type: 'line', data: 'copper-output', source: 'Fixture' }];
    const [chart] = resolveBrief({ id: 'alpha-one', data }, references).charts;
    expect(chart?.labels).toEqual(copper.data.labels);
    expect(chart?.series).toEqual(copper.data.series);
  });

  it("gives Astro's error overlay the first error's file and line, and the checker's report as its message", () => {
    const error = new ContentError([
      problem('content/briefs/a.md', ['summary'], 'x', 'y', { severity: 'warning', line: 3 }),
      problem('content/briefs/b.md', ['review', 'publisher'], 'a publisher', '"alpah"', { line: 11, hint: 'fix it' }),
    ]);
    expect(error.loc).toEqual({ file: 'content/briefs/b.md', line: 11, column: 1 });
    expect(error.title).toBe('Content problems');
    expect(error.message).toBe(
      'Content problems:\nwarning  content/briefs/a.md:3\n    summary: expected x; found y\n' +
        'error  content/briefs/b.md:11\n    review.publisher: expected a publisher; found "alpah"\n    hint: fix it\n' +
        '1 error, 1 warning',
    );
    expect(new ContentError([problem('content/briefs/c.md', [], 'a', 'b')]).loc?.line).toBe(1);
  });

  it('throws a content error naming the file, field, expected and found for what it cannot resolve', () => {
    const data = briefData('alpha-one.md');
    data.review.publisher = 'gamma';
    data.biasMeter.dimensions = data.biasMeter.dimensions.filter((d) => d.dimension !== 'omissions');
    data.biasMeter.dimensions[0]!.rating = 'extreme';
    data.charts = [{ id: 'missing', title: 'Missing', type: 'bar', data: 'no-such-data', source: 'Fixture' }];
    const resolve = (): unknown => resolveBrief({ id: 'alpha-one', filePath: 'briefs/alpha-one.md', data }, references);
    expect(resolve).toThrow(ContentError);
    let message = '';
    try {
      resolve();
    } catch (error) {
      message = (error as ContentError).message;
      expect((error as ContentError).problems).toHaveLength(4);
    }
    expect(message).toContain('Content problems:');
    expect(message).toContain('briefs/alpha-one.md');
    expect(message).toContain('review.publisher: expected the id of a file in content/publishers; found "gamma"');
    expect(message).toMatch(
      /biasMeter\.dimensions\[0\]\.rating: expected one of minimal, low, moderate, high, severe .*; found "extreme"/,
    );
    expect(message).toContain('biasMeter.dimensions: expected a rating for omissions; found none');
    expect(message).toMatch(
      /charts\[0\]\.data: expected the name of a file in content\/data .*; found "no-such-data" \(chart "missing"\)/,
    );
  });
});
