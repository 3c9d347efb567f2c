import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { env } from '../env.ts';

/**
 * For the benchmark: when ASSAY_TIMINGS_FILE is set, writes the moment each build stage ends
 * (milliseconds since the config was ready) to that file. Registered last, so `done` comes after
 * every other integration's build:done work, such as the sitemap. `assay build` (src/cli/build.ts) adds the
 * times of its own steps (content check, search index).
 */
export function buildTimings(): AstroIntegration {
  const file = env.timingsFile;
  const marks: Record<string, number> = {};
  const mark = (name: string): void => {
    marks[name] = performance.now();
  };
  return {
    name: 'assay:build-timings',
    hooks: file
      ? {
          'astro:config:done': () => mark('configDone'),
          'astro:build:start': () => mark('contentSynced'),
          'astro:build:generated': () => mark('pagesGenerated'),
          'astro:build:done': () => {
            mark('done');
            writeFileSync(file, JSON.stringify(marks));
          },
        }
      : {},
  };
}
