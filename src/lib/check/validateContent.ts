/**
 * The whole content check, as `npm run check` and `npm run build` run it: every file, every
 * problem, nothing stops at the first. Each kind of file has its own module; this one reads them in
 * order, so briefs are checked against the Bias Meter, publishers and data sets found before them.
 */
import { biasMeterSchema, type BiasMeterConfig } from '../../schemas/biasMeter.ts';
import { publisherSchema } from '../../schemas/publisher.ts';
import type { DataSet } from '../charts/dataSets.ts';
import { fileSlug } from '../slug.ts';
import { aliasProblems, type BriefAliases } from './aliases.ts';
import { checkBrief } from './brief.ts';
import { crossCheckSlugs, type CheckedBrief } from './crossCheck.ts';
import { checkDataFile } from './dataFile.ts';
import type { SourceFile } from './decode.ts';
import { problem, sortProblems, withNextStep, type Problem } from './problems.ts';
import { checkYamlFile } from './yamlFile.ts';

/** Everything under `content/`. */
export interface ContentSources {
  briefs: SourceFile[];
  publishers: SourceFile[];
  biasMeter: SourceFile | undefined;
  dataFiles: SourceFile[];
}

/** Checks all content. Returns the problems and the briefs that passed their own schema. */
export function validateContent(
  sources: ContentSources,
  /** The build's clock (ASSAY_NOW in tests); corrections may not be dated after its day. */
  now: Date = new Date(),
): {
  problems: Problem[];
  briefs: CheckedBrief[];
  biasMeter?: BiasMeterConfig;
} {
  const problems: Problem[] = [];

  let biasMeter: BiasMeterConfig | undefined;
  if (sources.biasMeter) biasMeter = checkYamlFile(sources.biasMeter, biasMeterSchema, problems);
  else
    problems.push(problem('content/bias-meter.yaml', [], 'a file listing the Bias Meter dimensions', 'no such file'));

  // A broken publisher file reports its own problems; briefs naming it should not add more.
  const publisherIds = sources.publishers.map((source) => fileSlug(source.file));
  for (const source of sources.publishers) checkYamlFile(source, publisherSchema, problems);

  const dataSets = new Map<string, DataSet>();
  const brokenDataSets = new Set<string>();
  for (const source of sources.dataFiles) {
    const data = checkDataFile(source, problems);
    if (data) dataSets.set(fileSlug(source.file), data);
    else brokenDataSets.add(fileSlug(source.file));
  }

  problems.push(...crossCheckSlugs(sources.briefs.map((s) => ({ id: fileSlug(s.file), file: s.file }))));

  const context = { publisherIds, biasMeter, dataSets, brokenDataSets, now };
  const briefs: CheckedBrief[] = [];
  const aliases: BriefAliases[] = [];
  for (const source of sources.briefs) {
    const brief = checkBrief(source, context, problems, aliases);
    if (brief) briefs.push(brief);
  }
  problems.push(...aliasProblems(aliases));
  return { problems: sortProblems(problems).map(withNextStep), briefs, ...(biasMeter ? { biasMeter } : {}) };
}
