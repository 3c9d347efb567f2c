import { z } from 'astro/zod';
import { chartSchema } from './chart.ts';
import type { TaxonomySettings } from '../lib/taxonomy.ts';
import { calendarDate, httpUrl, slug, text } from './fields.ts';

/** Kinds of published work a brief can review. */
export const REVIEW_KINDS = ['report', 'paper', 'article', 'book', 'dataset'] as const;

/** Longest summary, so it fits cards, feeds and meta descriptions. */
export const SUMMARY_MAX = 320;

/** The published work under review. */
export const reviewSchema = z.strictObject({
  /** Title of the reviewed work. */
  title: text,
  /** Its authors, as credited. */
  authors: z
    .array(text, { error: 'expected a list of author names' })
    .min(1, { error: 'expected at least one author' }),
  /** Id of a file in `content/publishers/`. */
  publisher: slug,
  /** Programme or project inside the publisher, if any. */
  program: text.optional(),
  /** When the work was published. */
  date: calendarDate,
  /** Where to read it. */
  url: httpUrl,
  /** What kind of work it is. */
  kind: z.enum(REVIEW_KINDS),
});

/** One rated dimension of the Bias Meter. */
export const ratingSchema = z.strictObject({
  /** Id of a dimension in `content/bias-meter.yaml` (the content check matches it). */
  dimension: text,
  /** One value of that dimension's scale (the content check matches it against the scale). */
  rating: text,
  /** A short qualifier, e.g. `policy-focused, Western lens`. */
  note: text.max(120, { error: 'expected a note of at most 120 characters' }).optional(),
});

/** A reference the brief relies on. */
export const sourceSchema = z.strictObject({
  /** Title of the source. */
  title: text,
  /** Where to find it. */
  url: httpUrl,
  /** Who published it. */
  publisher: text.optional(),
});

/** A dated correction of a published brief. */
export const correctionSchema = z.strictObject({
  /** When the correction was made: not before the brief's date, not after the build. */
  date: calendarDate,
  /** What was wrong and what is right, in one or two sentences of inline Markdown. */
  text: text.max(400, { error: 'expected a correction of at most 400 characters' }),
});

/** A change to one Bias Meter rating after publication. */
export const ratingChangeSchema = z.strictObject({
  /** When the rating changed: not before the brief's date, not after the build. */
  date: calendarDate,
  /** Id of a dimension in `content/bias-meter.yaml`. */
  dimension: slug,
  /** The earlier rating, on that dimension's scale. */
  from: slug,
  /** The new rating; the last change of a dimension ends at its current rating. */
  to: slug,
  /** Why the rating changed. */
  reason: text.max(400, { error: 'expected a reason of at most 400 characters' }),
});

/**
 * A reply from the reviewed work's side (the right of reply): who answers, when, what they say,
 * and what the editors did about it. Either `publisher`, or `name` with `role`, or all three.
 */
export const replySchema = z.strictObject({
  /** When the reply was received or published: not before the brief's date, not after the build. */
  date: calendarDate,
  /** Id of a file in `content/publishers/`, when the reply speaks for a publisher. */
  publisher: slug.optional(),
  /** The person who replies, when a named person does (give `role` with it). */
  name: text.optional(),
  /** That person's role, e.g. `Director of research` (required with `name`). */
  role: text.optional(),
  /** The reply, or its gist, in inline Markdown. */
  text: text.max(1200, { error: 'expected a reply of at most 1200 characters' }),
  /** Where to read the full response. */
  url: httpUrl.optional(),
  /** The editors' answer: what changed because of the reply, or why nothing did (inline Markdown). */
  answer: text.max(600, { error: 'expected an answer of at most 600 characters' }).optional(),
  /** The number (1 = first) of the `ratingChanges` entry that followed the reply, if one did. */
  ratingChange: z
    .number({ error: 'expected the number of a ratingChanges entry, such as 1' })
    .int({ error: 'expected a whole number, such as 1' })
    .min(1, { error: 'expected the number of a ratingChanges entry, counting from 1' })
    .optional(),
});

/** The fields every brief has, whatever subjects the site configures. */
const fixedFields = {
  /** Headline of the brief. */
  title: text,
  /** One paragraph for cards, feeds and meta descriptions. */
  summary: text.max(SUMMARY_MAX, { error: `expected a summary of at most ${SUMMARY_MAX} characters` }),
  /** Publication date of the brief. */
  date: calendarDate,
  /** Date of the last substantive update; not before `date`. */
  updated: calendarDate.optional(),
  /** Drafts appear nowhere in a production build. */
  draft: z.boolean({ error: 'expected true or false' }).default(false),
  /** Marks fictional demo content, shown with a visible label. */
  sample: z.boolean({ error: 'expected true or false' }).default(false),
  /** The work under review. */
  review: reviewSchema,
  /** One to six short lines. */
  highlights: z
    .array(text, { error: 'expected a list of highlights' })
    .min(1, { error: 'expected at least one highlight' })
    .max(6, { error: 'expected at most six highlights' }),
  /** The Bias Meter: a rating per dimension and an overall verdict. */
  biasMeter: z.strictObject({
    /** One entry per dimension of `bias-meter.yaml`, each exactly once. */
    dimensions: z.array(ratingSchema, { error: 'expected a list of rated dimensions' }).min(1),
    /** The overall rating, e.g. `Policy-Oriented, Regionally Balanced Analysis`. */
    overall: text,
  }),
  /** References the brief relies on. */
  sources: z.array(sourceSchema, { error: 'expected a list of sources' }).default([]),
  /** Data charts, drawn after the body unless placed inline with `<Chart id="...">`. */
  charts: z.array(chartSchema, { error: 'expected a list of charts' }).default([]),
  /** Dated corrections, oldest first. */
  corrections: z.array(correctionSchema, { error: 'expected a list of corrections' }).default([]),
  /** Replies from the reviewed work's publisher or authors, oldest first. */
  replies: z.array(replySchema, { error: 'expected a list of replies' }).default([]),
  /** Old file names of this brief; each old address redirects here (the content check refuses names taken). */
  aliases: z.array(text, { error: 'expected a list of old file names, such as [old-name]' }).default([]),
  /** Changes to Bias Meter ratings after publication, oldest first. */
  ratingChanges: z.array(ratingChangeSchema, { error: 'expected a list of rating changes' }).default([]),
};

/** One subject's field: a list of term slugs, optional unless the site requires one. */
function termsField(taxonomy: TaxonomySettings) {
  const list = z.array(slug, {
    error: `expected a list of ${taxonomy.plural.toLowerCase()}, such as [first-term, second-term]`,
  });
  return taxonomy.required
    ? list.min(1, { error: `expected at least one ${taxonomy.singular.toLowerCase()}` })
    : list.optional();
}

/** The kinds of field a site may add to its briefs (the `fields` option). */
export const EXTRA_FIELD_TYPES = ['text', 'url', 'date', 'number', 'boolean', 'list'] as const;

/** A field of the site's own in a brief's frontmatter: its kind, and whether every brief must have it. */
export interface ExtraFieldSpec {
  type: (typeof EXTRA_FIELD_TYPES)[number];
  required?: boolean | undefined;
}

/** The frontmatter names a site's own fields and subjects cannot take. */
export const BRIEF_FIELD_NAMES: readonly string[] = [...Object.keys(fixedFields), 'terms', 'extra'];

function extraField(spec: ExtraFieldSpec) {
  const field = {
    text,
    url: httpUrl,
    date: calendarDate,
    number: z.number({ error: 'expected a number' }),
    boolean: z.boolean({ error: 'expected true or false' }),
    list: z.array(text, { error: 'expected a list, such as [first, second]' }),
  }[spec.type];
  return spec.required ? field : field.optional();
}

/**
 * Frontmatter of `content/briefs/<slug>.md|mdx` on a site with these subjects and fields of its
 * own: the fixed fields, one list of term slugs per subject (its `id`) and each extra field. The
 * parsed brief holds the subjects' terms under `terms`, by subject id, every subject present (an
 * empty list when the brief has none), and the site's own fields under `extra`.
 */
export function briefSchema(
  taxonomies: readonly TaxonomySettings[],
  extraFields: Readonly<Record<string, ExtraFieldSpec>> = {},
) {
  const ids = taxonomies.map((taxonomy) => taxonomy.id);
  const extras = Object.keys(extraFields);
  const taken = [...ids, ...extras].find((id) => BRIEF_FIELD_NAMES.includes(id));
  if (taken)
    throw new Error(`A subject or field cannot be called "${taken}": a brief already has a field of that name.`);
  return z
    .strictObject({
      ...fixedFields,
      ...Object.fromEntries(taxonomies.map((t) => [t.id, termsField(t)])),
      ...Object.fromEntries(Object.entries(extraFields).map(([name, spec]) => [name, extraField(spec)])),
    })
    .transform((parsed) => {
      const fields: Record<string, unknown> = { ...parsed };
      const terms: Record<string, string[]> = {};
      const extra: Record<string, unknown> = {};
      for (const id of ids) {
        terms[id] = (fields[id] as string[] | undefined) ?? [];
        delete fields[id];
      }
      for (const name of extras) {
        if (fields[name] !== undefined) extra[name] = fields[name];
        delete fields[name];
      }
      return { ...(fields as FixedData), terms, extra };
    });
}

type FixedData = z.output<z.ZodObject<typeof fixedFields>>;

/** A parsed brief: the fixed fields, and each subject's terms by subject id. */
export type BriefData = FixedData & { terms: Record<string, string[]>; extra: Record<string, unknown> };
