import { describe, expect, it } from 'vitest';
import { siteInterface } from '../../src/i18n/index.ts';
import {
  briefScore,
  briefsPerMonthChart,
  briefsPerTermChart,
  publisherScoreChart,
  ratingChangesPerMonthChart,
  ratingDistributionCharts,
  type InsightBrief,
  type InsightWords,
} from '../../src/lib/insights.ts';
import { demoLabel, demoTaxonomies } from './demoSubjects.ts';

/** The words a site in `language` passes, as src/routes/insights.astro does. */
function wordsIn(language: string): InsightWords {
  const { t, formatMonth, locale } = siteInterface(language);
  return {
    t,
    month: formatMonth,
    subject: (name) => (t('format.nounCase') === 'keep' ? name : name.toLocaleLowerCase(locale)),
  };
}
const english = wordsIn('en');

const dimensions = [
  { id: 'source-bias', label: 'Source Bias', scale: ['minimal', 'low', 'moderate', 'high', 'severe'] },
  { id: 'omissions', label: 'Omissions', scale: ['minimal', 'some', 'notable', 'significant'] },
];

function brief(date: string, publisher: string, topics: string[], sourceBias: string, omissions: string): InsightBrief {
  return {
    data: {
      date: new Date(`${date}T00:00:00Z`),
      terms: { topics, regions: [], minerals: [] },
      review: { publisher },
      biasMeter: {
        dimensions: [
          { dimension: 'source-bias', rating: sourceBias },
          { dimension: 'omissions', rating: omissions },
        ],
      },
      ratingChanges: [],
    },
  };
}

const briefs = [
  brief('2025-01-31', 'north', ['rare-earths', 'trade'], 'minimal', 'minimal'), // score 0
  brief('2025-01-01', 'north', ['trade'], 'severe', 'significant'), // score 100
  brief('2025-03-15', 'south', ['trade', 'mining-policy'], 'moderate', 'some'), // (50 + 33.3) / 2
];

describe('insights', () => {
  it('counts each rating per dimension, in scale order', () => {
    const [sourceBias, omissions] = ratingDistributionCharts(briefs, dimensions, 'src', english);
    expect(sourceBias).toMatchObject({
      id: 'ratings-source-bias',
      type: 'bar',
      labels: ['Minimal', 'Low', 'Moderate', 'High', 'Severe'],
      series: [{ name: 'Briefs', values: [1, 0, 1, 0, 1] }],
      source: 'src',
    });
    expect(omissions?.series[0]?.values).toEqual([1, 1, 0, 1]);
  });

  it('scores a brief from 0 (best end of every scale) to 100 (worst)', () => {
    expect(briefScore(briefs[0]!, dimensions)).toBe(0);
    expect(briefScore(briefs[1]!, dimensions)).toBe(100);
    expect(briefScore(briefs[2]!, dimensions)).toBeCloseTo((50 + 100 / 3) / 2);
    expect(briefScore(brief('2025-01-01', 'x', [], 'unrated', 'unrated'), dimensions)).toBeUndefined();
  });

  it('averages publishers’ scores, best first, with the number of briefs in the label', () => {
    const chart = publisherScoreChart(
      briefs,
      dimensions,
      new Map([
        ['north', 'North Institute'],
        ['south', 'South Lab'],
      ]),
      'src',
      english,
    );
    // A no-break space keeps the count whole when the name wraps.
    expect(chart.labels).toEqual(['South Lab (1\u00a0brief)', 'North Institute (2\u00a0briefs)']);
    expect(chart.series).toEqual([{ name: 'Average score', values: [42, 50] }]);
    // The axis spans the whole score, 0 to 100, whatever the scores given.
    expect(chart).toMatchObject({ unit: 'out of 100', horizontal: true, valueRange: { min: 0, max: 100 } });
  });

  it('counts briefs per calendar month in UTC, empty months included', () => {
    const chart = briefsPerMonthChart(briefs, 'src', english);
    expect(chart.labels).toEqual(['Jan 2025', 'Feb 2025', 'Mar 2025']);
    expect(chart.series[0]?.values).toEqual([2, 0, 1]);
    expect(briefsPerMonthChart([], 'src', english).labels).toEqual([]);
  });

  it('counts briefs per topic, most covered first', () => {
    const chart = briefsPerTermChart(briefs, demoTaxonomies[0]!, demoLabel, 'src', english);
    expect(chart).toMatchObject({ id: 'briefs-per-topic', title: 'Briefs per topic' });
    expect(chart.labels).toEqual(['Trade', 'Mining policy', 'Rare earths']);
    expect(chart.series[0]?.values).toEqual([3, 1, 1]);
  });
});

describe('insights in the site’s language', () => {
  it('titles, names and labels every chart in the dictionary’s words, months as the language writes them', () => {
    const french = wordsIn('fr');
    const [sourceBias] = ratingDistributionCharts(briefs, dimensions, 'src', french);
    expect(sourceBias).toMatchObject({
      title: 'Source Bias\u00a0: évaluations attribuées, de la meilleure à la pire',
      series: [{ name: 'Synthèses' }],
    });
    const names = new Map([
      ['north', 'North Institute'],
      ['south', 'South Lab'],
    ]);
    expect(publisherScoreChart(briefs, dimensions, names, 'src', french)).toMatchObject({
      unit: 'sur 100',
      labels: ['South Lab (1\u00a0synthèse)', 'North Institute (2\u00a0synthèses)'],
      series: [{ name: 'Score moyen' }],
    });
    expect(briefsPerMonthChart(briefs, 'src', french)).toMatchObject({
      title: 'Synthèses publiées par mois',
      labels: ['janv. 2025', 'févr. 2025', 'mars 2025'],
    });
    expect(briefsPerTermChart(briefs, demoTaxonomies[0]!, demoLabel, 'src', french).title).toBe('Synthèses par topic');
    expect(briefsPerTermChart(briefs, demoTaxonomies[0]!, demoLabel, 'src', wordsIn('de')).title).toBe(
      'Besprechungen pro Topic',
    );
  });
});

describe('ratingChangesPerMonthChart', () => {
  it('counts rating changes per month across briefs, months without any as zero', () => {
    const day = (iso: string): { date: Date } => ({ date: new Date(`${iso}T00:00:00Z`) });
    const changed = (dates: string[]): InsightBrief => {
      const b = brief('2025-01-01', 'a', ['trade'], 'low', 'some');
      return { data: { ...b.data, ratingChanges: dates.map(day) } };
    };
    const chart = ratingChangesPerMonthChart(
      [changed(['2025-02-28', '2025-04-01']), changed(['2025-02-01'])],
      'src',
      english,
    );
    expect(chart.labels).toEqual(['Feb 2025', 'Mar 2025', 'Apr 2025']);
    expect(chart.series[0]?.values).toEqual([2, 0, 1]);
    expect(ratingChangesPerMonthChart([changed([])], 'src', english).labels).toEqual([]);
  });
});
