// `npm run check`: validates every brief, publisher, data file and the Bias Meter, printing every
// problem at once. Exits 1 when there is an error; warnings alone do not fail.
import { formatReport } from '../src/lib/check/problems.ts';
import { validateContent } from '../src/lib/check/validateContent.ts';
import { buildTime } from '../src/lib/published.ts';
import { env } from '../src/env.ts';
import { site } from '../src/site.ts';
import { readContentSources } from './lib/contentSource.ts';

/** Runs the content check and prints its report; returns true when there are no errors. */
function checkContent(root: string): boolean {
  const { problems, briefs } = validateContent(readContentSources(root, site.contentDir), site, buildTime(env.now));
  const errors = problems.filter((p) => p.severity === 'error');
  if (problems.length > 0) console.error(formatReport(problems));
  if (errors.length === 0) console.log(`Content OK: ${briefs.length} briefs checked in ${site.contentDir}/.`);
  return errors.length === 0;
}

// `npm run build` runs this file as its first step, in its own process.
process.exitCode = checkContent(process.cwd()) ? 0 : 1;
