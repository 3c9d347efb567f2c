// A site's subjects decide which list fields a brief may have; the check names the site's own.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentSources } from '../../../src/content/sources.ts';
import { formatProblem } from '../../../src/lib/check/problems.ts';
import { validateContent } from '../../../src/lib/check/validateContent.ts';
import { loadSiteSettings } from '../../../src/cli/siteSettings.ts';
import type { SiteSettings } from '../../../src/settings.ts';
import { ROOT } from '../../build/buildSite.ts';
import { demoSite as site } from '../demoSite.ts';

const FIXTURE = 'tests/fixtures/subjects';
// The fixture's settings, read from its astro.config.mjs as `assay check` reads them.
const climate = await loadSiteSettings(join(ROOT, FIXTURE));

/** The climate fixture's content with its heat-pumps brief's subject lines replaced by `lines`. */
function withSubjects(lines: string, settings: Pick<SiteSettings, 'taxonomies'> = climate) {
  const sources = readContentSources(ROOT, `${FIXTURE}/content`);
  const briefs = sources.briefs.map((source) =>
    source.file.endsWith('heat-pumps.md')
      ? {
          ...source,
          bytes: new TextEncoder().encode(
            new TextDecoder().decode(source.bytes).replace(/^sectors: .*\ncountries: .*\n/m, lines),
          ),
        }
      : source,
  );
  const { problems, briefs: checked } = validateContent({ ...sources, briefs }, settings);
  return { errors: problems.filter((p) => p.severity === 'error'), briefs: checked };
}

describe('the check on a site with sectors and countries', () => {
  it('accepts its subjects and gives each brief its terms by subject', () => {
    const { errors, briefs } = withSubjects('sectors: [buildings]\ncountries: [kenya]\n');
    expect(errors).toEqual([]);
    expect(briefs.find((b) => b.id === 'heat-pumps')?.data.terms).toEqual({
      sectors: ['buildings'],
      countries: ['kenya'],
    });
  });

  it("refuses another site's subject, naming this site's own", () => {
    const { errors } = withSubjects('sectors: [buildings]\nminerals: [lithium]\n');
    expect(errors).toHaveLength(1);
    expect(formatProblem(errors[0]!)).toMatch(
      /heat-pumps\.md:\d+\n {4}minerals: expected only the subjects this site has \(unknown field minerals; this site's subjects are sectors, countries\)/,
    );
  });

  it('keeps the "did you mean" of a misspelt subject, and requires a required one', () => {
    const { errors } = withSubjects('sektors: [buildings]\n');
    expect(errors.map((p) => [p.path.join('.'), p.hint])).toEqual([['sektors', 'did you mean `sectors`?']]);
  });

  it('refuses a dimension named like a subject filter', () => {
    const settings = { taxonomies: [...climate.taxonomies, { id: 'omissions', singular: 'O', plural: 'Os' }] };
    const { errors } = withSubjects('sectors: [buildings]\n', settings);
    expect(errors.map((p) => `${p.file} ${p.path.join('.')}: ${p.expected}`)).toContainEqual(
      `${FIXTURE}/content/bias-meter.yaml dimensions.3.id: an id other than sectors, countries, omissions (this site's subjects are searched by those names)`,
    );
  });
});

describe('the check on the demo site', () => {
  it("refuses a climate site's subject, naming topics, regions and minerals", () => {
    const sources = readContentSources(ROOT, 'tests/fixtures/site/content');
    const briefs = sources.briefs.map((source) =>
      source.file.endsWith('alpha-one.md')
        ? {
            ...source,
            bytes: new TextEncoder().encode(
              new TextDecoder().decode(source.bytes).replace('minerals: [lithium]', 'sectors: [buildings]'),
            ),
          }
        : source,
    );
    const errors = validateContent({ ...sources, briefs }, site).problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.expected)).toEqual([
      "only the subjects this site has (unknown field sectors; this site's subjects are topics, regions, minerals)",
    ]);
  });
});

describe('fields of the site’s own', () => {
  it('are checked like Assay’s own and kept under extra', () => {
    const { errors, briefs } = withSubjects('sectors: [buildings]\n');
    expect(errors).toEqual([]);
    expect(briefs.find((brief) => brief.id === 'heat-pumps')?.data.extra).toEqual({
      funder: 'Example Climate Foundation',
      peerReviewed: true,
    });
  });

  it('refuse a value of the wrong kind, and a brief without a required one', () => {
    const settings = {
      ...climate,
      fields: { ...climate.fields, reviewedOn: { type: 'date' as const, required: true } },
    };
    const { errors } = withSubjects('sectors: [buildings]\nreviewedOn: soon\n', settings);
    const found = errors.map((p) => `${p.file.split('/').pop()} ${p.path.join('.')}: found ${p.found}`);
    expect(found).toContainEqual('heat-pumps.md reviewedOn: found "soon"');
    expect(found).toContainEqual(expect.stringMatching(/^grid-storage\.md reviewedOn: found /));
  });
});
