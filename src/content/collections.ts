import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { parseDataSet } from '../lib/charts/dataSets.ts';
import { BIAS_METER_FILE, CONTENT_FOLDERS, contentFileNames, globPatterns } from '../lib/contentFiles.ts';
import { briefFilesLoader } from './briefFilesLoader.ts';
import { biasMeterSchema, dimensionSchema } from '../schemas/biasMeter.ts';
import { briefSchema } from '../schemas/brief.ts';
import { fileSlug } from '../lib/slug.ts';
import { publisherSchema } from '../schemas/publisher.ts';
import { showUnpublished } from '../env.ts';
import { site } from '../site/config.ts';

const generateId = ({ entry }: { entry: string }): string => fileSlug(entry);

/**
 * Assay's four collections (briefs, publishers, the Bias Meter's dimensions, data series), read from
 * the site's content folder. A site's src/content.config.ts exports them:
 * `export const collections = assayCollections();`
 */
export function assayCollections() {
  const contentDir = site.contentDir;
  /** One brief per Markdown/MDX file; the file name is the slug. */
  const briefs = defineCollection({
    // In a build, Markdown is rendered once at sync and kept in Astro's content cache (deferRender
    // would instead compile every brief into a module of the bundle: measured 3x slower at 5,000
    // briefs). `npm run dev` keeps only the list of files in Astro's store and takes each brief's
    // fields and body from the preview's check, so a save does not make Astro write and reload the
    // store (src/briefFilesLoader.ts).
    loader:
      showUnpublished() === true
        ? briefFilesLoader(join(contentDir, CONTENT_FOLDERS.briefs))
        : glob({ pattern: globPatterns('briefs'), base: join(contentDir, CONTENT_FOLDERS.briefs), generateId }),
    schema: briefSchema(site.taxonomies, site.fields),
  });

  /** Organisations whose work is reviewed; the file name is the id. */
  const publishers = defineCollection({
    loader: glob({
      pattern: globPatterns('publishers'),
      base: join(contentDir, CONTENT_FOLDERS.publishers),
      generateId,
    }),
    schema: publisherSchema,
  });

  /** The Bias Meter's dimensions, in the order `bias-meter.yaml` lists them. */
  const dimensions = defineCollection({
    loader: () => {
      const config = biasMeterSchema.parse(parse(readFileSync(join(contentDir, BIAS_METER_FILE), 'utf8')));
      return config.dimensions.map((dimension, order) => ({ ...dimension, order }));
    },
    schema: dimensionSchema.extend({ order: z.number() }),
  });

  /** Data series in `content/data/` that charts load by name. */
  const datasets = defineCollection({
    loader: () => {
      const folder = join(contentDir, CONTENT_FOLDERS.data);
      if (!existsSync(folder)) return [];
      return contentFileNames('data', readdirSync(folder)).map((name) => {
        const result = parseDataSet(name, readFileSync(join(folder, name), 'utf8'));
        if (!result.ok) throw new Error(`${contentDir}/data/${name}: expected ${result.expected}; found ${result.found}`);
        return { id: fileSlug(name), ...result.data };
      });
    },
    schema: z.object({
      labels: z.array(z.string()),
      series: z.array(z.object({ name: z.string(), values: z.array(z.number()) })),
    }),
  });

  return { briefs, publishers, dimensions, datasets };
}
