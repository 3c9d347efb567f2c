// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { previewDrafts } from './src/integrations/previewDrafts.ts';
import { searchIndex } from './src/integrations/searchIndex.ts';
import { site } from './src/site.ts';

export default defineConfig({
  site: site.url,
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), previewDrafts(), searchIndex()],
});
