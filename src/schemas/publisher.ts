import { z } from 'astro/zod';
import { httpUrl, text } from './fields.ts';

/** Kinds of organisation whose work Assay reviews. */
export const PUBLISHER_KINDS = ['think-tank', 'academic', 'media', 'government', 'ngo', 'industry'] as const;

/** `content/publishers/<id>.yaml`: an organisation whose work is reviewed. The file name is its id. */
export const publisherSchema = z.strictObject({
  /** Full name, e.g. `Stimson Center`. */
  name: text,
  /** Home page. */
  url: httpUrl,
  /** A short profile, shown on the publisher page. */
  about: text,
  /** Country of the headquarters. */
  country: text,
  /** What kind of organisation it is. */
  kind: z.enum(PUBLISHER_KINDS),
  /** True for a fictional demo publisher. */
  sample: z.boolean().default(false),
});

export type Publisher = z.infer<typeof publisherSchema>;
