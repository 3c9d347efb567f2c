// @ts-check
// The demo publication's settings. It uses the integration from ./src exactly as a site uses it
// from the package (`import assay from 'assay'`); every option is in docs/configuration.md.
import { defineConfig } from 'astro/config';
import assay from './src/index.ts';

/** The demo's options; `npm run bench -- --incremental` builds with them too (scripts/bench.ts). */
export const demoOptions = /** @type {import('./src/index.ts').AssayUserOptions} */ ({
  title: 'Assay',
  description: 'Independent briefs on the reports that shape minerals, energy and geopolitics, each with a Bias Meter.',
  language: 'en',
  taxonomies: [
    // Every brief names at least one topic; a shared topic counts three times towards related
    // briefs, a mineral twice. The filter keys keep the search addresses readers have (?topic=).
    { id: 'topics', singular: 'Topic', plural: 'Topics', weight: 3, required: true, filterKey: 'topic' },
    { id: 'regions', singular: 'Region', plural: 'Regions', labelCase: 'title', filterKey: 'region' },
    { id: 'minerals', singular: 'Mineral', plural: 'Minerals', weight: 2, filterKey: 'mineral' },
  ],
  labels: { drc: 'DRC', eu: 'EU', us: 'US', uk: 'UK', un: 'UN', asean: 'ASEAN' },
  // The search page's hints, in the demo's own words and examples.
  strings: {
    'search.tips.words': 'Type a word or two: a mineral, a country, a publisher or an author, such as {example}.',
    'search.tips.example': 'lithium',
    'search.dialog.placeholder': 'A mineral, a country, a publisher…',
    'search.none.spelling': 'Check the spelling, or try a shorter or more general word: “magnet” finds “magnets” too.',
    // The demo's meter starts with Source Bias and Fact Depth, which the Insights page plots together.
    'insights.pairsText':
      'Where each brief sits on {x} and {y} at once: a work can be deeply evidenced and still argue from a fixed position, or the other way round.',
  },
});

export default defineConfig({
  integrations: [assay(demoOptions)],
  // `npm run bench` leaves its generated sites in .bench/ (8 GB and 120,000 folders at 10,000 briefs):
  // watched by the dev server, they used up the system's file watches and reloads went unseen.
  vite: { server: { watch: { ignored: ['**/.bench/**'] } } },
});
