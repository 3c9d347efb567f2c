// @ts-check
// The demo publication's settings. It uses the integration from ./src exactly as a site uses it
// from the package (`import assay from 'assay'`); every option is in docs/configuration.md.
import { defineConfig } from 'astro/config';
import assay from './src/index.ts';

export default defineConfig({
  integrations: [
    assay({
      title: 'Assay',
      description:
        'Independent briefs on the reports that shape minerals, energy and geopolitics, each with a Bias Meter.',
      language: 'en',
      taxonomies: [
        { id: 'topics', singular: 'Topic', plural: 'Topics' },
        { id: 'regions', singular: 'Region', plural: 'Regions', labels: 'title' },
        { id: 'minerals', singular: 'Mineral', plural: 'Minerals' },
      ],
      labels: { drc: 'DRC', eu: 'EU', us: 'US', uk: 'UK', un: 'UN', asean: 'ASEAN' },
      strings: {
        // The demo's meter starts with Source Bias and Fact Depth, which the Insights page plots together.
        'insights.pairsText':
          'Where each brief sits on {x} and {y} at once: a work can be deeply evidenced and still argue from a fixed position, or the other way round.',
      },
    }),
  ],
});
