// `assay check`: validates every brief, publisher, data file and the Bias Meter, printing every
// problem at once. Fails when there is an error; warnings alone do not fail.
import { env } from '../env.ts';
import { readContentSources } from '../content/sources.ts';
import { formatReport } from '../lib/check/problems.ts';
import { validateContent } from '../lib/check/validateContent.ts';
import { buildTime } from '../lib/published.ts';
import { loadSiteSettings } from './siteSettings.ts';

/** Runs the content check of the site in `root` and prints its report; true when there are no errors. */
export async function check(root: string): Promise<boolean> {
  const site = await loadSiteSettings(root);
  const { problems, briefs } = validateContent(readContentSources(root, site.contentDir), site, buildTime(env.now));
  const errors = problems.filter((p) => p.severity === 'error');
  if (problems.length > 0) console.error(formatReport(problems));
  if (errors.length === 0)
    console.log(
      `Content OK: ${briefs.length} ${briefs.length === 1 ? 'brief' : 'briefs'} checked in ${site.contentDir}/.`,
    );
  return errors.length === 0;
}
