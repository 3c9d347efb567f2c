import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newBriefText } from '../../src/lib/newBrief.ts';
import { demoTaxonomies } from './demoSubjects.ts';

const dimensions = [
  { id: 'source-bias', label: 'Source Bias', scale: ['minimal', 'low', 'moderate', 'high', 'severe'] },
  { id: 'omissions', label: 'Omissions', scale: ['minimal', 'some', 'notable', 'significant'] },
];
const options = {
  title: 'Cobalt: "a fresh" look',
  publisher: 'beta',
  taxonomies: demoTaxonomies,
  terms: { topics: ['supply-chains'], regions: ['peru'] },
  mdx: false,
  today: new Date(Date.UTC(2026, 0, 15)),
};

function frontmatter(text: string): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as Record<string, unknown>;
}

describe('a new brief', () => {
  it('is a draft dated today, with the title as typed and every dimension rated mid-scale', () => {
    const data = frontmatter(newBriefText(options, dimensions));
    expect(data).toMatchObject({
      title: 'Cobalt: "a fresh" look',
      date: '2026-01-15',
      draft: true,
      review: { publisher: 'beta' },
      topics: ['supply-chains'],
      regions: ['peru'],
      biasMeter: {
        dimensions: [
          { dimension: 'source-bias', rating: 'moderate' },
          { dimension: 'omissions', rating: 'some' },
        ],
      },
    });
  });

  it('marks what is left to write with the TODO placeholder, and tells MDX writers how to place a chart', () => {
    const text = newBriefText(options, dimensions);
    expect(frontmatter(text)['summary']).toMatch(/^TODO: /);
    expect(text).toMatch(/^TODO: summarise the work/m);
    expect(text).not.toContain('<Chart');
    expect(newBriefText({ ...options, mdx: true }, dimensions)).toContain('<Chart id="my-chart" />');
  });
});

describe('a new brief on a site with other subjects', () => {
  const taxonomies = [
    { id: 'sectors', singular: 'Sector', plural: 'Sectors', required: true },
    { id: 'countries', singular: 'Country', plural: 'Countries' },
  ];

  it('has one line per subject of the site, a placeholder where one term is required and none was given', () => {
    const text = newBriefText({ ...options, taxonomies, terms: { countries: ['kenya'] } }, dimensions);
    const data = frontmatter(text);
    expect(data).toMatchObject({ sectors: ['todo'], countries: ['kenya'] });
    expect(data).not.toHaveProperty('topics');
    expect(data).not.toHaveProperty('minerals');
  });
});
