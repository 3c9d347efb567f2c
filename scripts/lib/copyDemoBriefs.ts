// The benchmark's second workload: an archive shaped like the demo publication. N briefs made by
// copying the demo's published `.md` briefs in turn, each copy with its own title and file name
// (so its own slug), and otherwise exactly its source: the same subjects, charts, corrections,
// rating changes and body. A few subjects with hundreds of briefs each, charts in about a third,
// corrections in several: the shape the generated workload (generateBriefs.ts) does not have.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { BIAS_METER_FILE, CONTENT_FOLDERS, contentFileNames } from '../../src/lib/contentFiles.ts';
import { isPublished } from '../../src/lib/published.ts';
import { fileSlug } from '../../src/lib/slug.ts';

export interface CopyOptions {
  /** How many briefs to write. */
  count: number;
  /** The content folder to create (replaced if an earlier run of this function made it). */
  out: string;
  /** The content folder whose briefs, publishers, Bias Meter and data are copied. */
  source?: string;
  /** The clock that decides which demo briefs are published. */
  now?: Date;
}

/** One demo brief, split so that copies only change the title. */
export interface DemoBrief {
  slug: string;
  title: string;
  /** The frontmatter as a YAML document, edited per copy. */
  frontmatter: string;
  body: string;
}

/** Marks a folder as made by this function, so a later run may replace it and nothing else. */
const MARKER = '.copied-briefs';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** The published `.md` briefs of a content folder (MDX briefs are left out: the workload is plain Markdown). */
export function demoBriefs(source: string, now: Date = new Date()): DemoBrief[] {
  const folder = join(source, CONTENT_FOLDERS.briefs);
  const briefs: DemoBrief[] = [];
  for (const name of contentFileNames('briefs', readdirSync(folder)).sort()) {
    if (!name.endsWith('.md')) continue;
    const file = join(folder, name);
    const match = FRONTMATTER.exec(readFileSync(file, 'utf8'));
    if (!match) throw new Error(`${file}: expected YAML frontmatter between --- lines, found none`);
    const data = parseDocument(match[1]!).toJS() as { title?: unknown; date?: unknown; draft?: unknown };
    if (typeof data.title !== 'string') throw new Error(`${file}: title: expected text, found ${typeof data.title}`);
    const date = new Date(String(data.date));
    if (!isPublished({ draft: data.draft === true, date }, now)) continue;
    briefs.push({ slug: fileSlug(name), title: data.title, frontmatter: match[1]!, body: match[2]! });
  }
  if (briefs.length === 0) throw new Error(`${folder}: expected published .md briefs to copy, found none`);
  return briefs;
}

/** The text of copy number `n` (from 1) of a demo brief: its own title, everything else the source's. */
export function copyOf(brief: DemoBrief, n: number, title = `${brief.title} (copy ${n})`): string {
  const frontmatter = parseDocument(brief.frontmatter);
  frontmatter.set('title', title);
  return `---\n${frontmatter.toString().trimEnd()}\n---\n${brief.body}`;
}

/** The file name of copy number `n` of a demo brief. */
export const copyName = (brief: DemoBrief, n: number): string => `${brief.slug}-copy-${n}.md`;

/** Writes `count` copies of the demo's published `.md` briefs, in turn, with the demo's other content. */
export function copyDemoBriefs(options: CopyOptions): { briefs: number; sources: number } {
  const from = resolve(options.source ?? 'content');
  const out = resolve(options.out);
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, MARKER))) {
    throw new Error(
      `${out}: expected an empty folder or one made by the benchmark, found other files; not replacing it`,
    );
  }
  const sources = demoBriefs(from, options.now);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, CONTENT_FOLDERS.briefs), { recursive: true });
  writeFileSync(join(out, MARKER), 'Made by scripts/lib/copyDemoBriefs.ts; replaced on the next run.\n');
  cpSync(join(from, BIAS_METER_FILE), join(out, BIAS_METER_FILE));
  cpSync(join(from, CONTENT_FOLDERS.publishers), join(out, CONTENT_FOLDERS.publishers), { recursive: true });
  if (existsSync(join(from, CONTENT_FOLDERS.data)))
    cpSync(join(from, CONTENT_FOLDERS.data), join(out, CONTENT_FOLDERS.data), { recursive: true });
  for (let i = 0; i < options.count; i++) {
    const brief = sources[i % sources.length]!;
    const n = Math.floor(i / sources.length) + 1;
    writeFileSync(join(out, CONTENT_FOLDERS.briefs, copyName(brief, n)), copyOf(brief, n));
  }
  return { briefs: options.count, sources: sources.length };
}
