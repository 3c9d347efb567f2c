import { describe, expect, it } from 'vitest';
import { siteInterface } from '../../../src/i18n/index.ts';
import { BRIEF_FIELDS } from '../../../src/lib/admin/briefFields.ts';
import { cmsConfig, type CmsConfigInput } from '../../../src/lib/admin/cmsConfig.ts';
import { backendOrigins } from '../../../src/lib/admin/payload.ts';
import type { CmsField } from '../../../src/lib/admin/widgets.ts';
import { BRIEF_FIELD_NAMES, REVIEW_KINDS } from '../../../src/schemas/brief.ts';
import { CHART_TYPES } from '../../../src/schemas/chart.ts';
import { PUBLISHER_KINDS } from '../../../src/schemas/publisher.ts';

const dimensions = [
  { id: 'source-bias', label: 'Source Bias', question: 'How strongly?', scale: ['minimal', 'low', 'high'] },
  { id: 'omissions', label: 'Omissions', question: 'What is missing?', scale: ['some', 'many'] },
];

function input(language = 'en', overrides: Partial<CmsConfigInput> = {}): CmsConfigInput {
  const ui = siteInterface(language);
  return {
    t: (key) => ui.t(key as Parameters<typeof ui.t>[0]),
    has: (key) => key in ui.dictionary,
    language,
    contentDir: 'content',
    taxonomies: [
      { id: 'topics', singular: 'Topic', plural: 'Topics', required: true },
      { id: 'regions', singular: 'Region', plural: 'Regions' },
    ],
    extraFields: { funder: { type: 'text' }, reviewed: { type: 'date', required: true } },
    dimensions,
    publishers: [{ id: 'stimson-center', name: 'Stimson Center' }],
    reviewKinds: REVIEW_KINDS,
    publisherKinds: PUBLISHER_KINDS,
    chartTypes: CHART_TYPES,
    backend: { name: 'github', branch: 'main', repo: 'example/briefs' },
    siteUrl: 'https://briefs.example.org/',
    ...overrides,
  };
}

const collection = (config: ReturnType<typeof cmsConfig>, name: string) =>
  config.collections.find((c) => c['name'] === name)!;
const fieldsOf = (config: ReturnType<typeof cmsConfig>, name: string) =>
  collection(config, name)['fields'] as CmsField[];
const field = (fields: readonly CmsField[], name: string): CmsField => fields.find((f) => f.name === name)!;

describe('cmsConfig', () => {
  it('gives a brief every field of its schema, in the model brief’s order, and the body last', () => {
    const names = fieldsOf(cmsConfig(input()), 'briefs').map((f) => f.name);
    // Decap drops a field its config lacks, so every field the schema knows must be here.
    for (const name of BRIEF_FIELD_NAMES.filter((n) => n !== 'terms' && n !== 'extra')) expect(names).toContain(name);
    expect(names.slice(0, 8)).toEqual([
      'title',
      'summary',
      'date',
      'updated',
      'sample',
      'draft',
      'review',
      'highlights',
    ]);
    expect(names).toEqual(expect.arrayContaining(['topics', 'regions', 'funder', 'reviewed']));
    expect(names.at(-1)).toBe('body');
    expect(field(fieldsOf(cmsConfig(input()), 'briefs'), 'body')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
  });

  it('offers each dimension its own scale, in order, with its question as the hint', () => {
    const meter = field(fieldsOf(cmsConfig(input()), 'briefs'), 'biasMeter');
    const list = field(meter.fields!, 'dimensions');
    expect(list.typeKey).toBe('dimension');
    expect(list.default).toEqual([{ dimension: 'source-bias' }, { dimension: 'omissions' }]);
    const [first, second] = list.types!;
    expect(first!.label).toBe('Source Bias');
    const rating = field(first!.fields!, 'rating');
    expect(rating).toMatchObject({ widget: 'select', hint: 'How strongly?' });
    expect(rating.options).toEqual([
      { label: 'Minimal', value: 'minimal' },
      { label: 'Low', value: 'low' },
      { label: 'High', value: 'high' },
    ]);
    expect(field(second!.fields!, 'rating').options!.map((o) => (typeof o === 'string' ? o : o.value))).toEqual([
      'some',
      'many',
    ]);
  });

  it('writes dates as YYYY-MM-DD without time or zone, and starts a brief as a draft dated today', () => {
    const fields = fieldsOf(cmsConfig(input()), 'briefs');
    for (const date of [
      field(fields, 'date'),
      field(fields, 'updated'),
      field(field(fields, 'review').fields!, 'date'),
    ])
      expect(date).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, picker_utc: true });
    expect(field(fields, 'date').default).toBe('{{now}}');
    expect(field(fields, 'updated').required).toBe(false);
    expect(field(fields, 'draft')).toMatchObject({ widget: 'boolean', default: true });
  });

  it('lets a brief name only a known publisher and kind, and holds one to six highlights', () => {
    const fields = fieldsOf(cmsConfig(input()), 'briefs');
    const review = field(fields, 'review').fields!;
    expect(field(review, 'publisher').options).toEqual([{ label: 'Stimson Center', value: 'stimson-center' }]);
    expect(field(review, 'kind').options!.map((o) => (typeof o === 'string' ? o : o.value))).toEqual([...REVIEW_KINDS]);
    expect(field(fields, 'highlights')).toMatchObject({ widget: 'list', min: 1, max: 6 });
    expect(field(fields, 'topics').required).toBeUndefined();
    expect(field(fields, 'regions').required).toBe(false);
  });

  it('words every label and hint in the site’s language, from the interface dictionary', () => {
    const fr = cmsConfig(input('fr'));
    expect(fr.locale).toBe('fr');
    expect(collection(fr, 'briefs')['label']).toBe('Synthèses');
    const fields = fieldsOf(fr, 'briefs');
    expect(field(fields, 'title').label).toBe('Titre');
    expect(field(field(fields, 'review').fields!, 'kind').options![0]).toEqual({ label: 'Rapport', value: 'report' });
    const de = cmsConfig(input('de'));
    expect(field(fieldsOf(de, 'briefs'), 'highlights').label).toBe('Kernpunkte');
    // Every label and hint is a French interface string or the site's own words (its subjects, meter, publishers).
    const french = new Set(Object.values(siteInterface('fr').dictionary).filter((v) => typeof v === 'string'));
    const site = input('fr');
    const own = new Set([
      ...site.taxonomies.map((t) => t.plural),
      ...site.dimensions.flatMap((d) => [d.label, d.question, ...d.scale.map((r) => r[0]!.toUpperCase() + r.slice(1))]),
      ...site.publishers.map((p) => p.name),
      ...Object.keys(site.extraFields),
    ]);
    const words = [...JSON.stringify(fr.collections).matchAll(/"(?:label|hint|label_singular)":"([^"]*)"/g)].map(
      (m) => m[1]!,
    );
    expect(words.filter((w) => !french.has(w) && !own.has(w))).toEqual([]);
  });

  it('edits publishers and the Bias Meter too, in the site’s content folder', () => {
    const config = cmsConfig(input('en', { contentDir: './site-content/' }));
    expect(collection(config, 'briefs')['folder']).toBe('site-content/briefs');
    expect(collection(config, 'publishers')).toMatchObject({ folder: 'site-content/publishers', format: 'yaml' });
    expect(field(fieldsOf(config, 'publishers'), 'kind').options).toHaveLength(PUBLISHER_KINDS.length);
    const files = collection(config, 'settings')['files'] as { file: string; fields: CmsField[] }[];
    expect(files[0]!.file).toBe('site-content/bias-meter.yaml');
    expect(files[0]!.fields[0]!.fields!.map((f) => f.name)).toEqual([
      'id',
      'label',
      'question',
      'scale',
      'description',
    ]);
  });

  it('saves to the Git host the options name', () => {
    expect(cmsConfig(input()).backend).toEqual({ name: 'github', branch: 'main', repo: 'example/briefs' });
    const gitea = {
      name: 'gitea',
      branch: 'live',
      repo: 'ed/briefs',
      baseUrl: 'https://git.example.org',
      appId: 'abc',
    } as const;
    expect(cmsConfig(input('en', { backend: gitea })).backend).toEqual({
      name: 'gitea',
      branch: 'live',
      repo: 'ed/briefs',
      base_url: 'https://git.example.org',
      app_id: 'abc',
    });
    expect(
      cmsConfig(input('en', { backend: { name: 'gitlab', branch: 'main', appId: 'x' } })).backend['auth_type'],
    ).toBe('pkce');
    expect(backendOrigins({ name: 'github', branch: 'main' })).toEqual(['https://api.github.com']);
    expect(backendOrigins({ name: 'gitlab', branch: 'main' })).toEqual(['https://gitlab.com']);
    expect(backendOrigins(gitea)).toEqual(['https://git.example.org']);
    expect(backendOrigins({ name: 'git-gateway', branch: 'main' })).toEqual([]);
  });

  it('is made of one entry per field, so a new list field is one more entry', () => {
    expect(BRIEF_FIELDS.length).toBeGreaterThan(10);
  });
});
