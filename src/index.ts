/**
 * Assay's Astro integration, the package's default export: a site's astro.config.mjs calls
 * `assay({ title, description, ... })`. It checks the options, serves the site's settings to the
 * pages as `virtual:assay/config`, injects every page, and adds MDX, the sitemap and the search
 * index, so a plain `astro build` gives the complete site. `assay build` (src/cli) adds the content
 * check before it and publishes only a build that succeeded.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { env } from './env.ts';
import { ADMIN_API, buildAdminScript, copyDecap, localBackend, serveDecap } from './integration/admin.ts';
import { aliasPageTest } from './integration/aliasPages.ts';
import { buildTimings } from './integration/buildTimings.ts';
import { contentCacheDir } from './content/sources.ts';
import { previewDrafts } from './integration/previewDrafts.ts';
import { ADMIN_ROUTE, CARDS_ROUTE, ROUTES } from './integration/routes.ts';
import { buildSearchIndex } from './integration/searchIndex.ts';
import { deferredCardsFile, writeSocialCards } from './integration/socialCards.ts';
import { virtualConfig, virtualCustomCss, VIRTUAL_CONFIG_TYPES } from './integration/virtualConfig.ts';
import { AssayOptionsError, parseAssayOptions, type AssayOptions, type AssayUserOptions } from './options.ts';
import { PLACEHOLDER_URL, resolveSettings, type SiteSettings } from './settings.ts';

export type { AssayUserOptions, AssayOptions } from './options.ts';
export type { SiteSettings } from './settings.ts';

/** The integration, carrying its checked options for the `assay` command. */
export type AssayIntegration = AstroIntegration & { assayOptions: AssayOptions };

/** Assay for one site. Throws an AssayOptionsError naming every option that is wrong. */
export default function assay(userOptions: AssayUserOptions): AssayIntegration {
  const options = parseAssayOptions(userOptions);
  let settings: SiteSettings | undefined;
  let root = '';
  let customCss: string | undefined;
  let cacheDir = '';
  return {
    name: 'assay',
    assayOptions: options,
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, injectRoute, logger }) => {
        root = fileURLToPath(config.root);
        settings = resolveSettings(options, config, env);
        if (command === 'build' && settings.url === PLACEHOLDER_URL)
          logger.warn(
            `the site address is still the placeholder ${PLACEHOLDER_URL}; feeds, the sitemap and canonical links point there. Set \`site\` in astro.config.mjs (or ASSAY_SITE_URL) to the public address before publishing.`,
          );
        customCss = options.customCss === undefined ? undefined : resolve(root, options.customCss);
        if (customCss !== undefined && !existsSync(customCss))
          throw new AssayOptionsError(
            `Assay's options in astro.config.mjs:\n  assay option \`customCss\`: expected a CSS file, relative to the site's folder; found no file at ${customCss}`,
          );
        const isAliasPage = aliasPageTest(settings);
        const has = (name: string): boolean => config.integrations.some((integration) => integration.name === name);
        updateConfig({
          site: settings.url,
          base: settings.base,
          // One cache per content folder and schema version, in `astro dev` as in the build.
          cacheDir: pathToFileURL(`${contentCacheDir(root, settings.contentDir)}/`),
          trailingSlash: 'always',
          // Render a few pages at once, so one page's file writes overlap the next page's rendering
          // (measured: page generation 26 s -> 23 s at 5,000 briefs on two cores).
          build: { concurrency: 4 },
          // Off unless the site asks: pages whose cache key (src/content/pageKeys.ts) and code are
          // unchanged are copied from the previous build (docs/configuration.md, incrementalBuild).
          experimental: { incrementalBuild: options.incrementalBuild },
          // Briefs are prose: code blocks stay plain. Shiki's highlighting writes inline styles, which
          // Astro rightly flags under a Content Security Policy.
          markdown: { syntaxHighlight: false },
          security: {
            // A Content Security Policy in every page's <meta>: scripts and <style> elements only from
            // the site or with the hashes Astro computes, never inline script. Pagefind compiles its
            // WebAssembly search engine, hence 'wasm-unsafe-eval'. Styles may be inline: Markdown writes
            // table alignment and the charts reserve their box with style attributes, and CSS cannot run code.
            csp: {
              algorithm: 'SHA-256',
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
            plugins: [virtualConfig(settings), virtualCustomCss(customCss)],
            // Installed as a package, Assay's layout imports the fonts' CSS from node_modules; in
            // `astro dev` Vite would hand that import to Node, which cannot load CSS.
            ssr: { noExternal: ['@fontsource-variable/inter', '@fontsource-variable/source-serif-4'] },
            build: {
              rollupOptions: {
                onwarn(
                  warning: { code?: string; message: string },
                  warn: (warning: { code?: string; message: string }) => void,
                ) {
                  // @astrojs/mdx marks compiled MDX with Astro's "use astro:head-inject" directive, which
                  // Astro itself consumes; the bundler's notice that it may drop it is harmless noise.
                  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
                    return;
                  warn(warning);
                },
              },
            },
          },
          integrations: [
            ...(has('@astrojs/mdx') ? [] : [mdx()]),
            previewDrafts(),
            // Only published pages exist in a production build, so the sitemap lists exactly those; the
            // 404 page and the alias pages (redirects from a brief's old names) are not pages to index.
            ...(has('@astrojs/sitemap')
              ? []
              : [
                  sitemap({
                    filter: (page) => !page.endsWith('/404/') && !page.endsWith('/admin/') && !isAliasPage(page),
                  }),
                ]),
            // Last, so its build:done mark follows every other integration's work.
            buildTimings(),
          ],
        });
        const routes = [...ROUTES, ...(options.cards ? [CARDS_ROUTE] : []), ...(settings.admin ? [ADMIN_ROUTE] : [])];
        for (const [pattern, file] of routes)
          injectRoute({ pattern, entrypoint: new URL(`./routes/${file}`, import.meta.url), prerender: true });
      },
      'astro:server:setup': async ({ server }) => {
        if (!settings?.admin) return;
        server.middlewares.use(`${settings.base}admin/decap`, serveDecap());
        server.middlewares.use(`${settings.base}${ADMIN_API}`, await localBackend(root));
      },
      'astro:config:done': ({ config, injectTypes }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        injectTypes(VIRTUAL_CONFIG_TYPES);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The cards are drawn while Pagefind indexes, each on its own core. `assay build` does both after
        // Astro has exited, so they never hold their memory beside Astro's: this step leaves it the cards' context.
        const cardsContext = settings?.cards ? { root, outDir, cacheDir, settings, customCss } : undefined;
        if (cardsContext && env.deferSearchIndex)
          writeFileSync(deferredCardsFile(outDir), JSON.stringify(cardsContext));
        const [cards, index] = await Promise.all([
          cardsContext && !env.deferSearchIndex ? writeSocialCards(cardsContext) : undefined,
          env.deferSearchIndex ? undefined : buildSearchIndex(outDir),
          // The editor's files: Decap's bundle copied from node_modules and the check's script for /admin/.
          settings?.admin ? Promise.all([copyDecap(outDir), buildAdminScript(outDir)]) : undefined,
        ]);
        // On the console, not Astro's logger, which `assay build` quiets to warnings: the cache's work is worth a line.
        if (cards)
          console.log(
            `Social cards: ${cards.rendered} rendered, ${cards.cached} from cache in ${(cards.ms / 1000).toFixed(1)} s`,
          );
        if (index) logger.info(`Search index: ${index.pages} pages indexed in ${index.seconds.toFixed(1)} s`);
      },
    },
  };
}
