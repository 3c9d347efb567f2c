// Writes N synthetic but valid briefs into a content folder, for measuring search, build time and
// the like at scale. Deterministic: the same --count and --seed give the same files.
//
//   node scripts/generate-briefs.ts --count 1000 --out .bench/content-1000 [--seed 1] [--source content]
//
// The Bias Meter, publishers and data files are copied from --source, so every brief passes
// `npm run check` against them. Every brief is marked `sample: true`.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';

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

/** Marks a folder as made by this script, so a later run may replace it and nothing else. */
const MARKER = '.generated-briefs';

const TOPICS = [
  'rare-earths',
  'geopolitics',
  'environment',
  'supply-chains',
  'energy-transition',
  'trade',
  'mining-policy',
  'water',
  'batteries',
  'recycling',
  'labour',
  'finance',
  'security',
  'technology',
  'climate',
  'governance',
  'development',
  'human-rights',
  'infrastructure',
  'markets',
  'deep-sea-mining',
  'processing',
  'exploration',
  'indigenous-rights',
];
const REGIONS = [
  'myanmar',
  'china',
  'india',
  'thailand',
  'chile',
  'peru',
  'argentina',
  'bolivia',
  'australia',
  'indonesia',
  'philippines',
  'congo-drc',
  'zambia',
  'south-africa',
  'zimbabwe',
  'mozambique',
  'tanzania',
  'madagascar',
  'canada',
  'united-states',
  'mexico',
  'brazil',
  'european-union',
  'germany',
  'sweden',
  'finland',
  'norway',
  'greenland',
  'kazakhstan',
  'mongolia',
  'russia',
  'japan',
  'south-korea',
  'vietnam',
  'malaysia',
  'pacific-islands',
  'morocco',
  'guinea',
  'ghana',
  'saudi-arabia',
];
const MINERALS = [
  'lithium',
  'cobalt',
  'nickel',
  'copper',
  'graphite',
  'manganese',
  'dysprosium',
  'terbium',
  'neodymium',
  'praseodymium',
  'gallium',
  'germanium',
  'tin',
  'tungsten',
  'tantalum',
  'vanadium',
  'platinum',
  'palladium',
  'uranium',
  'zinc',
  'bauxite',
  'antimony',
  'silicon',
  'phosphate',
  'potash',
];
const PLACES_AND_MINERALS = [...MINERALS, ...REGIONS.map((region) => region.replace(/-/g, ' '))];
const KINDS = ['report', 'paper', 'article', 'book', 'dataset'] as const;
const COMMON =
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there one all we their its been has more if will would who so no can said what when up out them into than then some could only other new over such these first also after most any many before must through back years where much your may well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three states himself few house use during without again place american around however home small found thought went say part once general high upon school every does got united left number course war until always away something fact though water less public put think almost hand enough far took head yet government system better set told nothing night end why called did eyes find going look asked later knew point next city program business give group toward young days let room president side social present given several order national second possible rather per face among form important often things looked early white case large need big four within felt children along saw best church ever least power development light thing seemed family interest want members mind country area others done turned although open god service problem certain kind different thus began door help means sense whole matter perhaps itself york times law human line above name example action company hands local show whether five history gave today either act feet across taken past quite anything having seen death experience body word half really week field money words change held'.split(
    ' ',
  );
const DOMAIN =
  'mine mines mining miners ore refinery refineries refining smelter smelters processing concentrate tailings deposit deposits reserves exploration licence licences permit permits royalty royalties export exports import imports tariff tariffs quota quotas subsidy subsidies investment investors capital financing offtake contract contracts price prices volatility demand supply shortage surplus inventory stockpile stockpiles battery batteries cathode anode magnet magnets turbine turbines vehicle vehicles grid storage recycling scrap feedstock supply-chain chokepoint leverage dependence diversification sanctions embargo alliance bloc partnership diplomacy negotiation ministry regulator regulation regulations legislation policy policies strategy strategies framework governance transparency accountability corruption community communities consent indigenous labour workers wages safety accident pollution runoff deforestation biodiversity emissions carbon water aquifer drought brine evaporation extraction concession concessions artisanal cooperative province district border frontier militia armed conflict ceasefire smuggling traceability audit audits certification standard standards data dataset survey interviews fieldwork satellite imagery modelling forecast scenario projection estimate estimates methodology assumptions uncertainty evidence sources footnotes appendix annex chart table figure analysis argument conclusion recommendation recommendations critique bias framing omission omissions context counterargument stakeholder stakeholders state-owned multinational junior major startup consortium joint venture pipeline project projects capacity output production throughput yield grade recovery efficiency cost costs margin margins revenue revenues tax taxes budget fiscal macroeconomic inflation currency exchange commodity commodities market markets benchmark futures spot long-term short-term'.split(
    ' ',
  );
const SYLLABLES = [
  'ka',
  'chi',
  'pa',
  'ngwa',
  'lo',
  'mi',
  'ra',
  'su',
  'to',
  'ba',
  'ne',
  'vi',
  'dra',
  'kor',
  'tan',
  'zu',
  'mel',
  'or',
  'an',
  'thi',
  'ha',
  'bel',
  'gor',
  'sen',
  'ta',
  'ri',
  'mo',
  'lu',
  'ke',
  'da',
];
const ADJECTIVES = [
  'Fragile',
  'Hidden',
  'Uneven',
  'Contested',
  'Quiet',
  'Costly',
  'Missing',
  'Shifting',
  'Narrow',
  'Long',
  'Crowded',
  'Risky',
  'Careful',
  'Bold',
  'Thin',
  'Deep',
];
const NOUNS = [
  'ledger',
  'bargain',
  'bottleneck',
  'gamble',
  'corridor',
  'boom',
  'frontier',
  'race',
  'census',
  'loop',
  'map',
  'divide',
  'promise',
  'audit',
  'outlook',
  'balance',
];
const OVERALLS = [
  'Policy-Oriented, Regionally Balanced Analysis',
  'Data-Rich Audit with a Security Slant',
  'Useful Market Sketch, Optimistic on Projects',
  'Careful Census, Narrow Scope',
  'Advocacy with Thin Evidence',
  'Transparent Model, Hedged Conclusions',
  'Industry View, Little Dissent',
  'Balanced Survey with Notable Gaps',
];

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
  mkdirSync(join(out, 'briefs'), { recursive: true });
  writeFileSync(
    join(out, MARKER),
    `Made by scripts/generate-briefs.ts --count ${count} --seed ${seed}; safe to delete.\n`,
  );
  cpSync(join(from, 'bias-meter.yaml'), join(out, 'bias-meter.yaml'));
  cpSync(join(from, 'publishers'), join(out, 'publishers'), { recursive: true });
  if (existsSync(join(from, 'data'))) cpSync(join(from, 'data'), join(out, 'data'), { recursive: true });

  const dimensions = (parse(readFileSync(join(from, 'bias-meter.yaml'), 'utf8')) as { dimensions: Dimension[] })
    .dimensions;
  const publishers = readdirSync(join(from, 'publishers'))
    .filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'))
    .map((name) => name.replace(/\.ya?ml$/, ''))
    .sort();
  const dataSets = existsSync(join(from, 'data'))
    ? readdirSync(join(from, 'data'))
        .filter((name) => /\.(csv|json)$/.test(name) && !name.startsWith('_'))
        .map((name) => name.replace(/\.[^.]+$/, ''))
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
      word += SYLLABLES[Math.floor(local() * SYLLABLES.length)];
    return word;
  };
  const word = (): string => {
    const roll = next();
    if (roll < 0.52) return pick(COMMON);
    if (roll < 0.8) return pick(DOMAIN);
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
    const minerals = some(MINERALS, 0, 3);
    const regions = some(REGIONS, 0, 4);
    const subject = minerals[0] ?? pick(['critical minerals', 'mining', 'metals']);
    const place = (regions[0] ?? pick(REGIONS)).replace(/-/g, ' ');
    const title = `${pick(ADJECTIVES)} ${pick(NOUNS)}: ${subject} and ${place} in ${sentence(4, 8).slice(0, -1).toLowerCase()}`;
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
        title: `${pick(ADJECTIVES)} ${pick(NOUNS)}: ${sentence(3, 7).slice(0, -1)}`,
        authors: Array.from(
          { length: int(1, 3) },
          () => `${pick(['A.', 'B.', 'C.', 'D.', 'E.', 'F.'])} ${rareWord().replace(/^./, (c) => c.toUpperCase())}`,
        ),
        publisher: pick(publishers),
        ...(next() < 0.3 ? { program: `${pick(ADJECTIVES)} ${pick(NOUNS)} programme` } : {}),
        date: reviewDate,
        url: `https://example.org/generated/${slug}`,
        kind: pick(KINDS),
      },
      highlights: Array.from({ length: int(1, 6) }, () => sentence(6, 14)),
      biasMeter: {
        dimensions: dimensions.map((dimension) => ({
          dimension: dimension.id,
          rating: pick(dimension.scale),
          ...(next() < 0.4 ? { note: sentence(3, 6).slice(0, -1).toLowerCase() } : {}),
        })),
        overall: pick(OVERALLS),
      },
      topics: some(TOPICS, 1, 4),
      regions,
      minerals,
      sources: Array.from({ length: int(1, 3) }, (_, n) => ({
        title: sentence(3, 8).slice(0, -1),
        url: `https://example.org/generated/${slug}/source-${n + 1}`,
      })),
      ...(charts.length > 0 ? { charts } : {}),
    };
    // Lengths vary from a short note to a long review, as real briefs do.
    const sections = ['What the report says', 'Our assessment', 'Final thoughts'];
    const paragraphs = int(2, 14);
    const body: string[] = [];
    for (let p = 0; p < paragraphs; p += 1) {
      if (p % 4 === 0 && p / 4 < sections.length) body.push(`## ${sections[p / 4]}`);
      body.push(paragraph(int(2, 6)));
      if (isMdx && p === 0) body.push(`<Chart id="${String(charts[0]?.['id'])}" />`);
    }
    const text = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`;
    words += text.split(/\s+/).length;
    writeFileSync(join(out, 'briefs', `${slug}.${isMdx ? 'mdx' : 'md'}`), text);
    if (isMdx) mdx += 1;
  }
  return { briefs: count, mdx, withCharts, words };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      source: { type: 'string', default: 'content' },
    },
  });
  if (values.count === undefined || values.out === undefined) {
    console.error('Usage: node scripts/generate-briefs.ts --count 1000 --out <folder> [--seed 1] [--source content]');
    process.exit(2);
  }
  try {
    const result = generateBriefs({
      count: Number(values.count),
      out: values.out,
      seed: Number(values.seed),
      source: values.source,
    });
    console.log(
      `Wrote ${result.briefs} briefs (${result.mdx} MDX, ${result.withCharts} with charts, about ${result.words} words) to ${values.out}`,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
