// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { previewDrafts } from './src/integrations/previewDrafts.ts';
import { site } from './src/site.ts';

export default defineConfig({
  site: site.url,
  output: 'static',
  trailingSlash: 'always',
  integrations: [
    mdx(),
    previewDrafts(),
    // Only published pages exist in a production build, so the sitemap lists exactly those; the
    // 404 page is not a page to index.
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
  ],
});
