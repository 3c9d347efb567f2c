import { describe, expect, it } from 'vitest';
import { readContentSources } from '../../../src/content/sources.ts';
import { formatProblem, type Problem } from '../../../src/lib/check/problems.ts';
import { validateContent, type ContentSources } from '../../../src/lib/check/validateContent.ts';
import { ROOT } from '../../build/buildSite.ts';
import { demoSite as site } from '../demoSite.ts';

const FIXTURE = 'tests/fixtures/site/content';
const ALPHA = `${FIXTURE}/briefs/alpha-one.md`;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function sources(): ContentSources {
  return readContentSources(ROOT, FIXTURE);
}

/** The fixture content with alpha-one.md rewritten by `edit`. */
function withAlpha(edit: (text: string) => string, base = sources()): ContentSources {
  return {
    ...base,
    briefs: base.briefs.map((b) =>
      b.file === ALPHA ? { ...b, bytes: encoder.encode(edit(decoder.decode(b.bytes))) } : b,
    ),
  };
}

function errors(content: ContentSources): Problem[] {
  return validateContent(content, site).problems.filter((p) => p.severity === 'error');
}

/** The single error a malformation causes, formatted as editors see it. */
function onlyError(content: ContentSources): { problem: Problem; text: string } {
  const found = errors(content);
  expect(found, found.map(formatProblem).join('\n')).toHaveLength(1);
  return { problem: found[0]!, text: formatProblem(found[0]!) };
}

describe('validateContent on valid content', () => {
  it('accepts the fixture site and the demo content without errors', () => {
    expect(errors(sources())).toEqual([]);
    expect(errors(readContentSources(ROOT, 'content'))).toEqual([]);
  });

  it('reads dates as UTC calendar dates, whatever the time zone', () => {
    const brief = validateContent(sources(), site).briefs.find((b) => b.id === 'alpha-one');
    expect(brief?.data.date.toISOString()).toBe('2025-01-10T00:00:00.000Z');
  });
});

describe('validateContent on malformed briefs', () => {
  const cases: { name: string; edit: (t: string) => string; field: string; line?: number; says: RegExp[] }[] = [
    {
      name: 'an impossible date',
      edit: (t) => t.replace('date: 2025-01-10', 'date: 2025-02-30'),
      field: 'date',
      line: 4,
      says: [/real calendar date/, /"2025-02-30"/],
    },
    {
      name: 'a date in another format',
      edit: (t) => t.replace('date: 2025-01-10', 'date: 10/01/2025'),
      field: 'date',
      says: [/YYYY-MM-DD/, /"10\/01\/2025"/],
    },
    {
      name: 'updated before date',
      edit: (t) => t.replace('date: 2025-01-10', 'date: 2025-01-10\nupdated: 2025-01-09'),
      field: 'updated',
      says: [/on or after/, /2025-01-09/],
    },
    {
      name: 'a rating not on the scale',
      edit: (t) => t.replace('rating: high', 'rating: hihg'),
      field: 'biasMeter.dimensions[1].rating',
      says: [/exceptional, high, moderate, limited, thin/, /"hihg"/, /did you mean `high`/],
    },
    {
      name: 'an unknown dimension',
      edit: (t) => t.replace('dimension: omissions', 'dimension: omission'),
      field: 'biasMeter.dimensions[3].dimension',
      says: [/did you mean `omissions`/],
    },
    {
      name: 'a dimension rated twice',
      edit: (t) =>
        t.replace('dimension: omissions', 'dimension: source-bias\n      rating: low\n    - dimension: omissions'),
      field: 'biasMeter.dimensions[3].dimension',
      says: [/exactly once/],
    },
    {
      name: 'a dimension left unrated',
      edit: (t) => t.replace(/ {4}- dimension: omissions\n {6}rating: some\n/, ''),
      field: 'biasMeter.dimensions',
      says: [/no rating for omissions/],
    },
    {
      name: 'an unknown publisher',
      edit: (t) => t.replace('publisher: alpha', 'publisher: alfa'),
      field: 'review.publisher',
      says: [/content\/publishers/, /"alfa"/, /did you mean `alpha`/],
    },
    {
      name: 'a javascript: URL',
      edit: (t) => t.replace('url: https://example.org/alpha/brines', 'url: "javascript:alert(1)"'),
      field: 'review.url',
      says: [/http/, /javascript:alert\(1\)/],
    },
    {
      name: 'a javascript: link in the body',
      edit: (t) => t.replace('(https://example.org/alpha)', '(javascript:alert(1))'),
      field: 'body',
      says: [/javascript:alert\(1\)/],
    },
    {
      name: 'a missing required field',
      edit: (t) => t.replace(/^title: .*\n/m, ''),
      field: 'title',
      says: [/required/],
    },
    {
      name: 'a misspelt field',
      edit: (t) => t.replace('highlights:', 'higlights:'),
      field: 'higlights',
      says: [/unknown field/, /did you mean `highlights`/],
    },
    {
      name: 'an unknown review kind',
      edit: (t) => t.replace('kind: report', 'kind: memo'),
      field: 'review.kind',
      says: [/report, paper, article, book, dataset/, /"memo"/],
    },
    {
      name: 'too many highlights',
      edit: (t) => t.replace('highlights:', 'highlights:\n  - a\n  - b\n  - c\n  - d\n  - e'),
      field: 'highlights',
      says: [/at most six/],
    },
    {
      name: 'a summary over 320 characters',
      edit: (t) => t.replace(/^summary: .*$/m, `summary: ${'x'.repeat(321)}`),
      field: 'summary',
      says: [/320/],
    },
    {
      name: 'invalid YAML',
      edit: (t) => t.replace('title: Alpha one on lithium brines', 'title: [unclosed'),
      field: '(file)',
      says: [/valid YAML/, /line \d+, column \d+/],
    },
    { name: 'an empty body', edit: (t) => t.replace(/---\n\n[\s\S]*$/, '---\n'), field: 'body', says: [/empty body/] },
    { name: 'no frontmatter', edit: (t) => t.replace(/^---\n/, ''), field: '(file)', says: [/frontmatter/] },
  ];

  for (const { name, edit, field, line, says } of cases) {
    it(`rejects ${name}, naming the file, field, expectation and finding`, () => {
      const { problem, text } = onlyError(withAlpha(edit));
      expect(problem.file).toBe(ALPHA);
      expect(text).toContain(ALPHA);
      expect(text).toContain(`${field}: expected`);
      expect(text).toContain('; found');
      for (const pattern of says) expect(text).toMatch(pattern);
      if (line) expect(problem.line).toBe(line);
    });
  }

  it('rejects a chart whose labels and values differ in length', () => {
    const base = sources();
    const content = {
      ...base,
      briefs: base.briefs.map((b) =>
        b.file.endsWith('beta-two.mdx')
          ? { ...b, bytes: encoder.encode(decoder.decode(b.bytes).replace('values: [60, 40]', 'values: [60, 40, 1]')) }
          : b,
      ),
    };
    const { text } = onlyError(content);
    expect(text).toContain('charts[0].series[0].values: expected 2 values in series "Share"');
    expect(text).toContain('chart "beta-shares"');
  });

  it('names the chart in schema errors inside a chart, as in the cross-checks', () => {
    const base = sources();
    const beta = (edit: (t: string) => string) => ({
      ...base,
      briefs: base.briefs.map((b) =>
        b.file.endsWith('beta-two.mdx') ? { ...b, bytes: encoder.encode(edit(decoder.decode(b.bytes))) } : b,
      ),
    });
    expect(onlyError(beta((t) => t.replace('type: doughnut', 'type: pie'))).text).toContain(
      'charts[0].type: expected one of bar, line, doughnut, radar; found "pie" (chart "beta-shares")',
    );
    expect(onlyError(beta((t) => t.replace('values: [60, 40]', 'values: [60, "forty"]'))).text).toContain(
      'charts[0].series[0].values[1]: expected a number; found "forty" (chart "beta-shares")',
    );
    // Without an id there is nothing to name; the message stays as it was.
    expect(onlyError(beta((t) => t.replace('  - id: beta-shares\n    title', '  - title'))).text).toMatch(
      /charts\[0\]\.id: expected .*; found nothing$/m,
    );
  });

  it('rejects a non-UTF-8 file and a byte-order mark', () => {
    const base = sources();
    const latin1 = withAlpha((t) => t, base);
    latin1.briefs = latin1.briefs.map((b) =>
      b.file === ALPHA ? { ...b, bytes: Uint8Array.from([...b.bytes, 0xe9, 0x0a]) } : b,
    );
    expect(onlyError(latin1).text).toMatch(/expected a UTF-8 text file/);
    expect(onlyError(withAlpha((t) => `\uFEFF${t}`)).text).toMatch(/byte-order mark/);
  });

  it('rejects duplicate slugs regardless of case', () => {
    const base = sources();
    const alpha = base.briefs.find((b) => b.file === ALPHA)!;
    const content = {
      ...base,
      briefs: [...base.briefs, { file: `${FIXTURE}/briefs/Alpha-One.md`, bytes: alpha.bytes }],
    };
    const texts = errors(content).map(formatProblem).join('\n');
    expect(texts).toMatch(/used by one brief only; found the same name as .*alpha-one\.md/);
  });

  it('reports every problem in every file at once', () => {
    const base = withAlpha((t) =>
      t.replace('date: 2025-01-10', 'date: 2025-13-01').replace('kind: report', 'kind: memo'),
    );
    const content = {
      ...base,
      briefs: base.briefs.map((b) =>
        b.file.endsWith('gamma-three.md')
          ? { ...b, bytes: encoder.encode(decoder.decode(b.bytes).replace('rating: low', 'rating: lowish')) }
          : b,
      ),
    };
    const found = errors(content);
    expect(found.map((p) => `${p.file.split('/').pop()} ${p.path.join('.')}`).sort()).toEqual([
      'alpha-one.md date',
      'alpha-one.md review.kind',
      'gamma-three.md biasMeter.dimensions.0.rating',
    ]);
  });
});

describe('validateContent with a cache of earlier results', () => {
  it('reports exactly what a fresh check does, after an edit, a new file and a removed one', () => {
    const cache = new Map();
    const fresh = (content: ContentSources): Problem[] => validateContent(content, site).problems;
    const cached = (content: ContentSources): Problem[] => validateContent(content, site, new Date(), cache).problems;
    expect(cached(sources())).toEqual(fresh(sources()));
    const edited = withAlpha((t) => t.replace('publisher: alpha', 'publisher: alpah'));
    expect(cached(edited)).toEqual(fresh(edited));
    expect(cached(edited).map((p) => p.found)).toContain('"alpah"');
    // A second brief of the same name is a problem across files: it is found with the cache too.
    const twin = {
      ...edited,
      briefs: [...edited.briefs, { file: `${FIXTURE}/briefs/Alpha-One.md`, bytes: encoder.encode('x') }],
    };
    expect(cached(twin)).toEqual(fresh(twin));
    expect(cached(sources())).toEqual(fresh(sources()));
    expect(cache.size).toBe(sources().briefs.length);
  });

  it('reuses an unchanged brief, and checks it again when what it is checked against changes', () => {
    const cache = new Map();
    const gamma = (content: ContentSources, now = new Date()) =>
      validateContent(content, site, now, cache).briefs.find((b) => b.id === 'gamma-three');
    const first = gamma(sources());
    expect(gamma(withAlpha((t) => t.replace('Alpha highlight one', 'Edited')))).toBe(first);
    const base = sources();
    const meter = {
      ...base,
      biasMeter: { ...base.biasMeter!, bytes: encoder.encode(`${decoder.decode(base.biasMeter!.bytes)}\n`) },
    };
    expect(gamma(meter)).not.toBe(first);
    expect(gamma(meter, new Date('2031-01-01'))).not.toBe(gamma(meter));
  });
});

describe('validateContent on other files', () => {
  it('rejects a rating scale with one step in bias-meter.yaml', () => {
    const base = sources();
    const text = decoder
      .decode(base.biasMeter!.bytes)
      .replace('scale: [balanced, leaning, one-sided, partisan]', 'scale: [balanced]');
    const found = errors({ ...base, biasMeter: { ...base.biasMeter!, bytes: encoder.encode(text) } });
    expect(found.map(formatProblem).join('\n')).toMatch(/bias-meter\.yaml.*\n.*scale: expected at least two ratings/);
  });

  it('rejects a dimension id that search already uses as a filter name', () => {
    const base = sources();
    const text = decoder.decode(base.biasMeter!.bytes).replace('id: omissions', 'id: year');
    const found = errors({ ...base, biasMeter: { ...base.biasMeter!, bytes: encoder.encode(text) } });
    expect(found.map(formatProblem).join('\n')).toMatch(
      /bias-meter\.yaml.*\n.*dimensions\[3\]\.id: expected an id other than topic, region, .*year.* \(search already uses those names\); found "year"/,
    );
  });

  it('rejects a data file with a non-number and names its line', () => {
    const base = sources();
    const found = errors({
      ...base,
      dataFiles: [
        { file: `${FIXTURE}/data/copper-output.csv`, bytes: encoder.encode('label,Output\n2022,10\n2023,lots\n') },
      ],
    });
    expect(found.map(formatProblem).join('\n')).toContain(
      'copper-output.csv:3\n    (file): expected a number in column "Output"; found "lots"',
    );
  });

  it('warns, without failing, about a brief with no sources', () => {
    const { problems } = validateContent(
      withAlpha((t) => t.replace(/sources:\n {2}- title: Alpha source\n {4}url: \S+\n/, '')),
      site,
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map(formatProblem).join('\n')).toMatch(
      /warning {2}.*alpha-one\.md:\d+\n {4}sources: expected at least one source/,
    );
  });
});
