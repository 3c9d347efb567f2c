// Writes N synthetic but valid briefs into a content folder, for measuring search, build time and
// the like at scale (`npm run generate-briefs`, bench, measure-search and two build tests).
// Deterministic: the same count and seed give the same files. The words it draws from are in
// scripts/data/brief-words.json.
//
// The Bias Meter, publishers and data files are copied from the source folder, so every brief
// passes `npm run check` against them. Every brief is marked `sample: true`.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { BIAS_METER_FILE, CONTENT_FOLDERS, contentFileNames } from '../../src/lib/contentFiles.ts';
import { fileSlug } from '../../src/lib/slug.ts';
import { REVIEW_KINDS } from '../../src/schemas/brief.ts';
import lists from '../data/brief-words.json' with { type: 'json' };

export interface GenerateOptions {
  /** How many briefs to write. */
  count: number;
  /** The content folder to create (replaced if an earlier run made it). */
  out: string;
  /** Seed of the random choices; the same seed gives the same briefs. */
  seed?: number;
  /** Where bias-meter.yaml, publishers/ and data/ are copied from. */
  source?: string;
}

export interface GenerateResult {
  briefs: number;
  mdx: number;
  withCharts: number;
  words: number;
}

/** Marks a folder as made by this generator, so a later run may replace it and nothing else. */
const MARKER = '.generated-briefs';

const PLACES_AND_MINERALS = [...lists.minerals, ...lists.regions.map((region) => region.replace(/-/g, ' '))];

/** mulberry32: a small, fast, seedable generator; good enough for varied test content. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cuts a summary to the schema's limit at a word boundary. */
function fitSummary(text: string): string {
  return text.length <= 280 ? text : `${text.slice(0, 280).replace(/\s+\S*$/, '')}.`;
}

interface Dimension {
  id: string;
  scale: string[];
}

/** Generates briefs into `options.out`; returns what it wrote. */
export function generateBriefs(options: GenerateOptions): GenerateResult {
  const { count, seed = 1, source = 'content' } = options;
  const out = resolve(options.out);
  const from = resolve(source);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--count: expected a whole number of briefs of at least 1; found ${count}`);
  if (out === from || out === resolve('content'))
    throw new Error(`--out: expected a new folder; found the real content folder ${out}`);
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, MARKER))) {
    throw new Error(`--out: expected an empty folder or one this script made; found ${out} with other files in it`);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, CONTENT_FOLDERS.briefs), { recursive: true });
  writeFileSync(
    join(out, MARKER),
    `Made by scripts/generate-briefs.ts --count ${count} --seed ${seed}; safe to delete.\n`,
  );
  cpSync(join(from, BIAS_METER_FILE), join(out, BIAS_METER_FILE));
  cpSync(join(from, CONTENT_FOLDERS.publishers), join(out, CONTENT_FOLDERS.publishers), { recursive: true });
  if (existsSync(join(from, CONTENT_FOLDERS.data)))
    cpSync(join(from, CONTENT_FOLDERS.data), join(out, CONTENT_FOLDERS.data), { recursive: true });

  const dimensions = (parse(readFileSync(join(from, BIAS_METER_FILE), 'utf8')) as { dimensions: Dimension[] })
    .dimensions;
  // Sorted by id, not by file name (where `a-b.yaml` comes before `a.yaml`): what a seed picks depends on it.
  const publishers = contentFileNames('publishers', readdirSync(join(from, CONTENT_FOLDERS.publishers)))
    .map(fileSlug)
    .sort();
  const dataSets = existsSync(join(from, CONTENT_FOLDERS.data))
    ? contentFileNames('data', readdirSync(join(from, CONTENT_FOLDERS.data))).map(fileSlug)
    : [];

  const next = random(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const chosen = new Set<T>();
    const wanted = Math.min(int(min, max), list.length);
    while (chosen.size < wanted) chosen.add(pick(list));
    return [...chosen];
  };
  // Rare words (place and person names) follow Zipf's law over 100,000 ranks, as in real text, so the
  // index has a realistic number of distinct words rather than a few hundred repeated ones.
  const rareWord = (): string => {
    const rank = Math.floor(Math.exp(next() * Math.log(100_000)));
    const local = random(rank * 7919 + 17);
    let word = '';
    for (let i = 0, n = 2 + Math.floor(local() * 3); i < n; i += 1)
      word += lists.syllables[Math.floor(local() * lists.syllables.length)];
    return word;
  };
  const word = (): string => {
    const roll = next();
    if (roll < 0.52) return pick(lists.commonWords);
    if (roll < 0.8) return pick(lists.domainWords);
    if (roll < 0.88) return pick(PLACES_AND_MINERALS);
    const rare = rareWord();
    return rare.charAt(0).toUpperCase() + rare.slice(1);
  };
  const sentence = (min = 8, max = 22): string => {
    const words = Array.from({ length: int(min, max) }, word);
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (sentences: number): string => Array.from({ length: sentences }, () => sentence()).join(' ');
  const date = (from: Date, to: Date): string =>
    new Date(from.getTime() + next() * (to.getTime() - from.getTime())).toISOString().slice(0, 10);

  let mdx = 0;
  let withCharts = 0;
  let words = 0;
  for (let i = 1; i <= count; i += 1) {
    const slug = `generated-${String(i).padStart(5, '0')}`;
    const briefDate = date(new Date('2019-01-01T00:00:00Z'), new Date('2026-05-31T00:00:00Z'));
    const reviewDate = date(
      new Date(Date.parse(`${briefDate}T00:00:00Z`) - 120 * 86_400_000),
      new Date(`${briefDate}T00:00:00Z`),
    );
    const minerals = some(lists.minerals, 0, 3);
    const regions = some(lists.regions, 0, 4);
    const subject = minerals[0] ?? pick(lists.subjects);
    const place = (regions[0] ?? pick(lists.regions)).replace(/-/g, ' ');
    const title = `${pick(lists.titleAdjectives)} ${pick(lists.titleNouns)}: ${subject} and ${place} in ${sentence(4, 8).slice(0, -1).toLowerCase()}`;
    const isMdx = i % 5 === 0;
    const charts: Record<string, unknown>[] = [];
    if (isMdx || next() < 0.15) {
      const useData = dataSets.length > 0 && next() < 0.4;
      const id = `chart-${i}`;
      charts.push(
        useData
          ? {
              id,
              title: `${subject} series (sample figures)`,
              type: 'line',
              data: pick(dataSets),
              source: 'Generated sample data',
            }
          : {
              id,
              title: `${subject} by year (sample figures)`,
              type: pick(['bar', 'line']),
              unit: 'kt',
              labels: ['2021', '2022', '2023', '2024'],
              series: [{ name: 'Output', values: Array.from({ length: 4 }, () => int(10, 500)) }],
              source: 'Generated sample data',
            },
      );
    }
    if (charts.length > 0) withCharts += 1;
    const frontmatter = {
      title,
      summary: fitSummary(`${sentence(12, 20)} ${sentence(10, 16)}`),
      date: briefDate,
      sample: true,
      review: {
        title: `${pick(lists.titleAdjectives)} ${pick(lists.titleNouns)}: ${sentence(3, 7).slice(0, -1)}`,
        authors: Array.from(
          { length: int(1, 3) },
          () => `${pick(lists.initials)} ${rareWord().replace(/^./, (c) => c.toUpperCase())}`,
        ),
        publisher: pick(publishers),
        ...(next() < 0.3 ? { program: `${pick(lists.titleAdjectives)} ${pick(lists.titleNouns)} programme` } : {}),
        date: reviewDate,
        url: `https://example.org/generated/${slug}`,
        kind: pick(REVIEW_KINDS),
      },
      highlights: Array.from({ length: int(1, 6) }, () => sentence(6, 14)),
      biasMeter: {
        dimensions: dimensions.map((dimension) => ({
          dimension: dimension.id,
          rating: pick(dimension.scale),
          ...(next() < 0.4 ? { note: sentence(3, 6).slice(0, -1).toLowerCase() } : {}),
        })),
        overall: pick(lists.overalls),
      },
      topics: some(lists.topics, 1, 4),
      regions,
      minerals,
      sources: Array.from({ length: int(1, 3) }, (_, n) => ({
        title: sentence(3, 8).slice(0, -1),
        url: `https://example.org/generated/${slug}/source-${n + 1}`,
      })),
      ...(charts.length > 0 ? { charts } : {}),
    };
    // Lengths vary from a short note to a long review, as real briefs do.
    const sections = lists.sections;
    const paragraphs = int(2, 14);
    const body: string[] = [];
    for (let p = 0; p < paragraphs; p += 1) {
      if (p % 4 === 0 && p / 4 < sections.length) body.push(`## ${sections[p / 4]}`);
      body.push(paragraph(int(2, 6)));
      if (isMdx && p === 0) body.push(`<Chart id="${String(charts[0]?.['id'])}" />`);
    }
    const text = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`;
    words += text.split(/\s+/).length;
    writeFileSync(join(out, CONTENT_FOLDERS.briefs, `${slug}.${isMdx ? 'mdx' : 'md'}`), text);
    if (isMdx) mdx += 1;
  }
  return { briefs: count, mdx, withCharts, words };
}
