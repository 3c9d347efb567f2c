/**
 * The whole content check, as `npm run check` and `npm run build` run it: every file, every
 * problem, nothing stops at the first. Each kind of file has its own module; this one reads them in
 * order, so briefs are checked against the Bias Meter, publishers and data sets found before them.
 */
import type { ExtraFieldSpec } from '../../schemas/brief.ts';
import { biasMeterSchema, type BiasMeterConfig } from '../../schemas/biasMeter.ts';
import { publisherSchema } from '../../schemas/publisher.ts';
import type { DataSet } from '../charts/dataSets.ts';
import { fileSlug } from '../slug.ts';
import { filterKeyOf, type TaxonomySettings } from '../taxonomy.ts';
import { aliasProblems, type BriefAliases } from './aliases.ts';
import { checkBrief } from './brief.ts';
import { crossCheckSlugs, type CheckedBrief } from './crossCheck.ts';
import { checkDataFile } from './dataFile.ts';
import type { SourceFile } from './decode.ts';
import { problem, sortProblems, withNextStep, type Problem } from './problems.ts';
import { checkYamlFile } from './yamlFile.ts';

/** The site's settings the check depends on. */
export interface CheckSettings {
  /** The site's subjects, in its order: each is a list field of a brief. */
  taxonomies: readonly TaxonomySettings[];
  /** Fields of the site's own that a brief may hold, by name. */
  fields?: Readonly<Record<string, ExtraFieldSpec>> | undefined;
}

/** Everything under `content/`. */
export interface ContentSources {
  briefs: SourceFile[];
  publishers: SourceFile[];
  biasMeter: SourceFile | undefined;
  dataFiles: SourceFile[];
}

/** One brief's own results, kept while its bytes and everything it is checked against stay the same. */
interface CachedBrief {
  bytes: Uint8Array;
  against: string;
  problems: Problem[];
  aliases: BriefAliases[];
  brief: CheckedBrief | undefined;
}

/**
 * Results of the per-file brief check from earlier runs, by file. The editor preview keeps one, so
 * after a save only the changed file is checked again; the rules across files (names, aliases) run
 * over every brief each time, so the report is the same as without it.
 */
export type BriefCheckCache = Map<string, CachedBrief>;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Everything a brief is checked against besides its own file: the other kinds of file, the day and the subjects. */
function checkedAgainst(sources: ContentSources, settings: CheckSettings, now: Date): string {
  const decoder = new TextDecoder();
  const files = [sources.biasMeter, ...sources.dataFiles].map((f) =>
    f ? `${f.file}\n${decoder.decode(f.bytes)}` : '',
  );
  return [
    now.toISOString().slice(0, 10),
    JSON.stringify(settings.taxonomies),
    JSON.stringify(settings.fields ?? {}),
    ...sources.publishers.map((f) => f.file),
    ...files,
  ].join('\n\0');
}

/** Checks all content. Returns the problems and the briefs that passed their own schema. */
export function validateContent(
  sources: ContentSources,
  /** The site's settings, which say what a brief may hold (its subjects). */
  settings: CheckSettings,
  /** The build's clock (ASSAY_NOW in tests); corrections may not be dated after its day. */
  now: Date = new Date(),
  /** Earlier results to reuse for briefs that have not changed (the editor preview passes one). */
  cache?: BriefCheckCache,
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

  // A dimension and a subject would share one search filter and URL parameter.
  const subjectKeys = settings.taxonomies.map(filterKeyOf);
  biasMeter?.dimensions.forEach((dimension, index) => {
    if (subjectKeys.includes(dimension.id))
      problems.push(
        problem(
          sources.biasMeter!.file,
          ['dimensions', index, 'id'],
          `an id other than ${subjectKeys.join(', ')} (this site's subjects are searched by those names)`,
          JSON.stringify(dimension.id),
        ),
      );
  });

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
  const against = cache ? checkedAgainst(sources, settings, now) : '';
  for (const source of sources.briefs) {
    let entry = cache?.get(source.file);
    if (!entry || entry.against !== against || !sameBytes(entry.bytes, source.bytes)) {
      const own: Problem[] = [];
      const ownAliases: BriefAliases[] = [];
      const brief = checkBrief(source, settings, context, own, ownAliases);
      entry = { bytes: source.bytes, against, problems: own, aliases: ownAliases, brief };
      cache?.set(source.file, entry);
    }
    problems.push(...entry.problems);
    aliases.push(...entry.aliases);
    if (entry.brief) briefs.push(entry.brief);
  }
  if (cache) {
    const present = new Set(sources.briefs.map((source) => source.file));
    for (const file of cache.keys()) if (!present.has(file)) cache.delete(file);
  }
  problems.push(...aliasProblems(aliases));
  return { problems: sortProblems(problems).map(withNextStep), briefs, ...(biasMeter ? { biasMeter } : {}) };
}
