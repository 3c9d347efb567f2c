// @ts-check
// The publication's settings. Every option of assay() is in Assay's docs/configuration.md.
import { defineConfig } from 'astro/config';
import assay from 'assay';

export default defineConfig({
  // The public address of the site, its origin alone. Until it is set, a build warns and links point
  // to a placeholder; on GitHub Pages the deploy workflow sets it (with the sub-path) for you.
  // site: 'https://briefs.example.org',
  integrations: [
    assay({
      title: 'My Briefing',
      description: 'Independent reviews of the reports that shape our field, each with a Bias Meter.',
      language: 'en',
      // The subjects readers browse by; each is a list in a brief's frontmatter.
      taxonomies: [
        { id: 'topics', singular: 'Topic', plural: 'Topics' },
        { id: 'regions', singular: 'Region', plural: 'Regions', labelCase: 'title' },
      ],
    }),
  ],
});
