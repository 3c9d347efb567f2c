// The demo publication's settings, read from its astro.config.mjs as `assay check` reads them, for
// tests that give src/lib the demo's subjects and labels.
import { join } from 'node:path';
import { loadSiteSettings } from '../../src/cli/siteSettings.ts';

export const demoSite = await loadSiteSettings(join(import.meta.dirname, '../..'));
