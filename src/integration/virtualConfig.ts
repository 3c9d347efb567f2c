/**
 * Serves the site's settings to pages, layouts and collections as `virtual:assay/config`, worked
 * out once from the options in astro.config.mjs (as Starlight serves its user config).
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { SiteSettings } from '../settings.ts';

const ID = 'virtual:assay/config';
const RESOLVED = `\0${ID}`;

export function virtualConfig(settings: SiteSettings): Plugin {
  return {
    name: 'assay:virtual-config',
    resolveId: { filter: { id: new RegExp(`^${ID}$`) }, handler: () => RESOLVED },
    load: {
      filter: { id: new RegExp(`^${RESOLVED.replace('\0', '\\0')}$`) },
      handler: () => `export default ${JSON.stringify(settings)};`,
    },
  };
}

const CSS_ID = 'virtual:assay/custom-css';
const CSS_RESOLVED = `\0${CSS_ID}`;

/**
 * Serves the site's own stylesheet (the `customCss` option, an absolute path) as
 * `virtual:assay/custom-css`, which the base layout imports after Assay's styles, so the site's
 * rules and custom properties win over Assay's at equal specificity. Empty when the site has none.
 * (An injected `page-ssr` script would be imported before the layout, and its CSS bundled first.)
 */
export function virtualCustomCss(file: string | undefined): Plugin {
  return {
    name: 'assay:virtual-custom-css',
    resolveId: { filter: { id: new RegExp(`^${CSS_ID}$`) }, handler: () => CSS_RESOLVED },
    load: {
      filter: { id: new RegExp(`^${CSS_RESOLVED.replace('\0', '\\0')}$`) },
      handler: () => (file === undefined ? 'export {};' : `import ${JSON.stringify(file)};`),
    },
  };
}

const SETTINGS_MODULE = JSON.stringify(fileURLToPath(new URL('../settings.ts', import.meta.url)));

/** Its type, for the site's TypeScript (written into .astro/ by Astro's injectTypes). */
export const VIRTUAL_CONFIG_TYPES = {
  filename: 'assay.d.ts',
  content: `declare module '${ID}' {\n  const config: import(${SETTINGS_MODULE}).SiteSettings;\n  export default config;\n}\n`,
};
