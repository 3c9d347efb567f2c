// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { cwd } from 'node:process';
import { defineConfig } from 'astro/config';
import { contentCacheDir } from './scripts/lib/contentSource.ts';
import { isAliasPage } from './src/aliasPages.ts';
import { buildTimings } from './src/integrations/buildTimings.ts';
import { previewDrafts } from './src/integrations/previewDrafts.ts';
import { site } from './src/site.ts';

export default defineConfig({
  site: site.url,
  // The path the site is served under (`/`, or e.g. `/assay/` for a project site on GitHub Pages);
  // pages take their links from src/urls.ts, which uses the same setting.
  base: site.base,
  output: 'static',
  // One cache per content folder and schema version, in `astro dev` as in the build (scripts/lib/contentSource.ts).
  cacheDir: contentCacheDir(cwd(), site.contentDir),
  trailingSlash: 'always',
  // Render a few pages at once, so one page's file writes overlap the next page's rendering
  // (measured: page generation 26 s -> 23 s at 5,000 briefs on two cores).
  build: { concurrency: 4 },
  // Briefs are prose: code blocks stay plain. Shiki's highlighting writes inline styles, which
  // Astro rightly flags under a Content Security Policy.
  markdown: { syntaxHighlight: false },
  security: {
    // A Content Security Policy in every page's <meta>: scripts and <style> elements only from this
    // site or with the hashes Astro computes, never inline script. Pagefind compiles its WebAssembly
    // search engine, hence 'wasm-unsafe-eval'. Styles may be inline: Markdown writes table
    // alignment and the charts reserve their box with style attributes, and CSS cannot run code.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // @astrojs/mdx marks compiled MDX with Astro's "use astro:head-inject" directive, which
          // Astro itself consumes; the bundler's notice that it may drop it is harmless noise.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    mdx(),
    previewDrafts(),
    // Only published pages exist in a production build, so the sitemap lists exactly those; the
    // 404 page and the alias pages (redirects from a brief's old names) are not pages to index.
    sitemap({ filter: (page) => !page.endsWith('/404/') && !isAliasPage(page) }),
    // Last, so its build:done mark follows every other integration's work.
    buildTimings(),
  ],
});
