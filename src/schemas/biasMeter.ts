import { z } from 'astro/zod';
import { RESERVED_SEARCH_KEYS } from '../lib/search/keys.ts';
import { ratingWord, slug, text } from './fields.ts';

/** One named dimension of the Bias Meter, with its ordered scale. */
export const dimensionSchema = z.strictObject({
  /** Stable id that briefs use to rate this dimension, e.g. `source-bias`; also its search filter's name. */
  id: slug.refine((id) => !RESERVED_SEARCH_KEYS.includes(id), {
    error: `expected an id other than ${RESERVED_SEARCH_KEYS.join(', ')} (search already uses those names)`,
  }),
  /** Name shown to readers, e.g. `Source Bias`. */
  label: text,
  /** The question a rating answers, shown on the methodology page. */
  question: text,
  /** Optional longer explanation for the methodology page. */
  description: text.optional(),
  /** Ratings ordered from best to worst; a rating's position gives its score. */
  scale: z
    .array(ratingWord, { error: 'expected a list of ratings' })
    .min(2, { error: 'expected at least two ratings on a scale' })
    .refine((values) => new Set(values).size === values.length, { error: 'expected each rating on a scale only once' }),
});

/** `content/bias-meter.yaml`: the dimensions every brief rates. */
export const biasMeterSchema = z.strictObject({
  /** The dimensions, in the order readers see them. */
  dimensions: z
    .array(dimensionSchema, { error: 'expected a list of dimensions' })
    .min(1, { error: 'expected at least one dimension' })
    .refine((dims) => new Set(dims.map((d) => d.id)).size === dims.length, {
      error: 'expected each dimension id only once',
    }),
});

export type Dimension = z.infer<typeof dimensionSchema>;
export type BiasMeterConfig = z.infer<typeof biasMeterSchema>;
