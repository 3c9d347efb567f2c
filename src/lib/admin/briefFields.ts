/**
 * The brief's fields as Decap edits them, in the order the model brief writes them: Decap writes a
 * file's keys in its config's order (decap-cms #5253), so this order is what a round trip keeps.
 * Each entry of BRIEF_FIELDS is one field of the content contract (src/schemas/brief.ts); a new
 * field of the contract is one more entry here (see `replies`, a list of objects).
 */
import type { ExtraFieldSpec } from '../../schemas/brief.ts';
import type { TaxonomySettings } from '../taxonomy.ts';
import {
  calendarDay,
  choice,
  group,
  line,
  numberField,
  objectList,
  paragraph,
  textList,
  yesNo,
  type CmsField,
  type Wording,
} from './widgets.ts';

/** A Bias Meter dimension as the editor offers it. */
export interface EditorDimension {
  id: string;
  label: string;
  question: string;
  scale: readonly string[];
}

/** Everything the brief's fields are made from. */
export interface BriefFieldContext {
  /** Label and hint of a field, from the interface dictionary (`admin.field.<name>`, `admin.hint.<name>`). */
  words: (name: string, required?: boolean) => Wording & { singular: string };
  /** An option's label: a review kind, a chart type, a rating word. */
  optionLabel: (group: 'kind' | 'chartType' | 'rating', value: string) => string;
  dimensions: readonly EditorDimension[];
  publishers: readonly { id: string; name: string }[];
  reviewKinds: readonly string[];
  chartTypes: readonly string[];
  taxonomies: readonly TaxonomySettings[];
  extraFields: Readonly<Record<string, ExtraFieldSpec>>;
}

type FieldMaker = (c: BriefFieldContext) => CmsField | CmsField[];

const options = (c: BriefFieldContext, kind: 'kind' | 'chartType' | 'rating', values: readonly string[]) =>
  values.map((value) => ({ label: c.optionLabel(kind, value), value }));

/** One entry per dimension, each with a select of its own scale: a rating off the scale cannot be chosen. */
function biasMeter(c: BriefFieldContext): CmsField {
  const types = c.dimensions.map((d) => ({
    name: d.id,
    label: d.label,
    widget: 'object' as const,
    summary: '{{fields.rating}}',
    fields: [
      choice('rating', { label: c.words('rating').label, hint: d.question }, options(c, 'rating', d.scale)),
      line('note', c.words('note', false)),
    ],
  }));
  return group('biasMeter', c.words('biasMeter'), [
    {
      name: 'dimensions',
      label: c.words('dimensions').label,
      widget: 'list',
      types,
      typeKey: 'dimension',
      // Every dimension once, in the meter's order: new briefs start with all of them and none is added or removed.
      default: c.dimensions.map((d) => ({ dimension: d.id })),
      allow_add: false,
      allow_remove: false,
      allow_reorder: false,
      collapsed: false,
    },
    line('overall', c.words('overall')),
  ]);
}

function chartFields(c: BriefFieldContext): CmsField[] {
  return [
    line('id', c.words('chartId'), { pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', c.words('slugPattern').label] }),
    line('title', c.words('chartTitle')),
    choice('type', c.words('chartType'), options(c, 'chartType', c.chartTypes)),
    line('unit', c.words('unit', false)),
    textList('labels', c.words('labels', false)),
    objectList(
      'series',
      c.words('series', false),
      [
        line('name', c.words('seriesName')),
        { ...textList('values', c.words('values')), field: numberField('value', c.words('value')) },
      ],
      'name',
    ),
    line('data', c.words('data', false)),
    line('source', c.words('chartSource')),
  ];
}

function extraField(name: string, spec: ExtraFieldSpec, c: BriefFieldContext): CmsField {
  const wording = { label: name, required: spec.required ?? false };
  switch (spec.type) {
    case 'date':
      return calendarDay(name, wording);
    case 'number':
      return numberField(name, wording);
    case 'boolean':
      return yesNo(name, wording, false);
    case 'list':
      return textList(name, wording);
    case 'url':
      return line(name, { ...wording, hint: c.words('url').hint });
    default:
      return line(name, wording);
  }
}

/** The fields of a brief, in file order. */
export const BRIEF_FIELDS: readonly FieldMaker[] = [
  (c) => line('title', c.words('title')),
  (c) => paragraph('summary', c.words('summary')),
  (c) => calendarDay('date', c.words('date'), { default: '{{now}}' }),
  (c) => calendarDay('updated', c.words('updated', false)),
  (c) => yesNo('sample', c.words('sample'), false),
  // A brief made in the editor starts as a draft, as `assay new` makes it.
  (c) => yesNo('draft', c.words('draft'), true),
  (c) =>
    group('review', c.words('review'), [
      line('title', c.words('reviewTitle')),
      textList('authors', c.words('authors'), { min: 1 }),
      choice(
        'publisher',
        c.words('publisher'),
        c.publishers.map((p) => ({ label: p.name, value: p.id })),
      ),
      line('program', c.words('program', false)),
      calendarDay('date', c.words('reviewDate')),
      line('url', c.words('url')),
      choice('kind', c.words('kind'), options(c, 'kind', c.reviewKinds), { default: 'report' }),
    ]),
  (c) => textList('highlights', c.words('highlights'), { min: 1, max: 6 }),
  biasMeter,
  (c) =>
    c.taxonomies.map((taxonomy) =>
      textList(taxonomy.id, {
        label: taxonomy.plural,
        hint: c.words('terms').hint,
        required: taxonomy.required ?? false,
      }),
    ),
  (c) =>
    objectList(
      'sources',
      c.words('sources', false),
      [
        line('title', c.words('sourceTitle')),
        line('url', c.words('url')),
        line('publisher', c.words('sourcePublisher', false)),
      ],
      'title',
    ),
  (c) => objectList('charts', c.words('charts', false), chartFields(c), 'title'),
  (c) =>
    objectList(
      'corrections',
      c.words('corrections', false),
      [calendarDay('date', c.words('amendmentDate')), paragraph('text', c.words('correctionText'))],
      'date',
    ),
  (c) =>
    objectList(
      'ratingChanges',
      c.words('ratingChanges', false),
      [
        calendarDay('date', c.words('amendmentDate')),
        choice(
          'dimension',
          c.words('dimension'),
          c.dimensions.map((d) => ({ label: d.label, value: d.id })),
        ),
        choice('from', c.words('from'), allRatings(c)),
        choice('to', c.words('to'), allRatings(c)),
        paragraph('reason', c.words('reason')),
      ],
      'date',
    ),
  (c) =>
    objectList(
      'replies',
      c.words('replies', false),
      [
        calendarDay('date', c.words('amendmentDate')),
        choice(
          'publisher',
          c.words('replyPublisher', false),
          c.publishers.map((p) => ({ label: p.name, value: p.id })),
        ),
        line('name', c.words('replyName', false)),
        line('role', c.words('replyRole', false)),
        paragraph('text', c.words('replyText')),
        line('url', c.words('replyUrl', false)),
        paragraph('answer', c.words('replyAnswer', false)),
        { ...numberField('ratingChange', c.words('replyRatingChange', false)), value_type: 'int', min: 1 },
      ],
      'date',
    ),
  (c) => textList('aliases', c.words('aliases', false)),
  (c) => Object.entries(c.extraFields).map(([name, spec]) => extraField(name, spec, c)),
  // Raw Markdown only: the rich-text mode rewrites a body it did not write (list markers, escapes).
  (c) => ({ ...line('body', c.words('body')), widget: 'markdown', modes: ['raw'] }),
];

/** Every rating word of every scale, once, for rating changes (the check matches them to their dimension). */
function allRatings(c: BriefFieldContext) {
  return options(c, 'rating', [...new Set(c.dimensions.flatMap((d) => d.scale))]);
}

/** The brief's fields for one site. */
export function briefFields(c: BriefFieldContext): CmsField[] {
  return BRIEF_FIELDS.flatMap((make) => make(c));
}
