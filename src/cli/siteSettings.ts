/**
 * The settings of the site in a folder, for the `assay` commands that run outside Astro (check,
 * new, build): read from the `assay()` integration in its astro.config.mjs, as Astro reads them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { env } from '../env.ts';
import type { AssayOptions } from '../options.ts';
import { resolveSettings, type SiteSettings } from '../settings.ts';

const CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'];

interface LoadedConfig {
  site?: string;
  base?: string;
  integrations?: unknown[];
}

/** The site's settings; throws naming the file when there is no config or no `assay()` in it. */
export async function loadSiteSettings(root: string): Promise<SiteSettings> {
  const file = CONFIG_FILES.map((name) => join(root, name)).find((path) => existsSync(path));
  if (!file) throw new Error(`No astro.config.mjs in ${root}: run assay in a site's folder (assay init makes one).`);
  const loaded = (await import(pathToFileURL(file).href)) as { default?: LoadedConfig };
  const config = loaded.default ?? {};
  const integration = (config.integrations ?? [])
    .flat()
    .find(
      (entry): entry is { assayOptions: AssayOptions } =>
        typeof entry === 'object' && entry !== null && 'assayOptions' in entry,
    );
  if (!integration)
    throw new Error(
      `${file}: expected \`assay({ ... })\` in \`integrations\`; found none (see docs/configuration.md).`,
    );
  return resolveSettings(integration.assayOptions, config, env);
}
