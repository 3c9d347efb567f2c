/**
 * The content check of `npm run dev`: the very check `npm run check` runs, on the files as they
 * are on disk, so the preview reports the same problems with the same files, lines and words. It
 * is kept between requests: nothing is read again until a content file changes, and then only the
 * changed briefs are checked again (the rules across files still see every brief).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { contentFingerprint, readContentSources, type ReadCache } from './sources.ts';
import type { CheckedBrief } from '../lib/check/crossCheck.ts';
import type { Problem } from '../lib/check/problems.ts';
import { validateContent, type BriefCheckCache } from '../lib/check/validateContent.ts';
import { site } from '../site/config.ts';

const root = process.cwd();
const cache: BriefCheckCache = new Map();
const files: ReadCache = new Map();
let last: { version: string; problems: Problem[]; briefs: Map<string, CheckedBrief> } | undefined;

/** A save may arrive in parts; this long after its last change a file counts as written. */
const SETTLE_MS = 1000;
/** How often a file with problems that is still settling is read again. */
const RETRY_MS = 100;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function changedJustNow(file: string): boolean {
  try {
    return Date.now() - statSync(join(root, file)).mtimeMs < SETTLE_MS;
  } catch {
    return false;
  }
}

/**
 * What the content folder is now: changes with every save, added or removed file, and with the day
 * (corrections are checked against it). Keys the preview's own caches.
 */
export function contentVersion(now: Date): string {
  return `${now.toISOString().slice(0, 10)}\n${contentFingerprint(root, site.contentDir)}`;
}

/**
 * Every problem of the content, as `npm run check` reports it. An editor's save can reach the disk
 * in parts (truncated, then written): when a file with an error changed a moment ago, it is read
 * again until it has settled, so a half-written save never sticks as an error.
 */
export async function previewProblems(
  now: Date,
  /** `contentVersion(now)` if the caller has just worked it out (it costs a stat per file). */
  versionNow = contentVersion(now),
): Promise<Problem[]> {
  for (let deadline = Date.now() + SETTLE_MS, version = versionNow; ; version = contentVersion(now)) {
    if (last?.version !== version) {
      const { problems, briefs } = validateContent(readContentSources(root, site.contentDir, files), site, now, cache);
      last = { version, problems, briefs: new Map(briefs.map((brief) => [brief.file, brief])) };
    }
    const errors = last.problems.filter((p) => p.severity === 'error');
    if (errors.length === 0 || Date.now() > deadline || !errors.some((p) => changedJustNow(p.file)))
      return last.problems;
    await sleep(RETRY_MS);
  }
}

/**
 * A brief file's fields (parsed by the briefs' schema) and body as the last check read them: the
 * preview's content store keeps neither (src/briefFilesLoader.ts). Undefined before a check, or
 * for a file that failed its own check.
 */
export function previewBrief(file: string): CheckedBrief | undefined {
  return last?.briefs.get(file);
}
