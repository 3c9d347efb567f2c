// `npm run check`: validates every brief, publisher, data file and the Bias Meter, printing every
// problem at once. Exits 1 when there is an error; warnings alone do not fail.
import { formatReport } from '../src/lib/check/problems.ts';
import { validateContent } from '../src/lib/check/validateContent.ts';
import { buildTime } from '../src/lib/published.ts';
import { env } from '../src/env.ts';
import { loadSiteSettings } from '../src/cli/siteSettings.ts';
import type { SiteSettings } from '../src/settings.ts';
import { readContentSources } from '../src/integration/contentSource.ts';

/** Runs the content check and prints its report; returns true when there are no errors. */
function checkContent(root: string, site: SiteSettings): boolean {
  const { problems, briefs } = validateContent(readContentSources(root, site.contentDir), buildTime(env.now));
  const errors = problems.filter((p) => p.severity === 'error');
  if (problems.length > 0) console.error(formatReport(problems));
  if (errors.length === 0) console.log(`Content OK: ${briefs.length} briefs checked in ${site.contentDir}/.`);
  return errors.length === 0;
}

// `npm run build` runs this file as its first step, in its own process.
const site = await loadSiteSettings(process.cwd());
process.exitCode = checkContent(process.cwd(), site) ? 0 : 1;
