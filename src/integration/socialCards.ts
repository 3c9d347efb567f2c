/**
 * The social cards step of a build (the `cards` option): after Astro has written the pages, one
 * 1200 x 630 PNG per published brief under `og/<slug>.png` and the site's card `og/_site.png`.
 *
 * What to draw comes from `og/cards.json`, which the route src/routes/og/cards.json.ts writes from
 * the content query during the page build (the same published briefs, in the same words, as the
 * pages); this step reads it and removes it. Each card is laid out here (src/lib/cards/layout.ts),
 * and found by a hash of that layout, the fonts and the renderer's version in a cache under Astro's
 * cache folder: a card whose hash is there is copied, and only new or changed cards are drawn, in
 * worker threads (cardWorker.mjs), so the main thread goes on with what else the build does. Inside
 * Astro's build one worker draws beside Pagefind; `assay build` takes the step over once Astro has
 * exited (deferredCardsFile), links the cached cards beside Pagefind and draws the others on every
 * core once it has ended, so cold cards neither add to Astro's or Pagefind's memory nor wait for a
 * single core.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { siteInterface } from '../i18n/index.ts';
import { cardColours } from '../lib/cards/colours.ts';
import {
  briefCardLayout,
  CARD_FONTS,
  CARD_HEIGHT,
  CARD_WIDTH,
  siteCardLayout,
  type CardElement,
  type CardSite,
} from '../lib/cards/layout.ts';
import type { CardManifest } from '../lib/cards/manifest.ts';
import { cardFile } from '../lib/urls.ts';
import type { SiteSettings } from '../settings.ts';

/** The manifest the pages write (src/routes/og/cards.json.ts), in the output folder. */
export const CARDS_MANIFEST = 'og/cards.json';

/** Raised when the layout or the way a card is drawn changes, so every cached card is drawn again. */
const LAYOUT_VERSION = 1;

const require = createRequire(import.meta.url);
const version = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

/** The font files the card is set in: Fontsource's static WOFF files (satori reads no WOFF2). */
const FONT_FILES = [
  ...([400, 600, 700] as const).flatMap((weight) => [
    { name: CARD_FONTS.sans, weight, file: `@fontsource/inter/files/inter-latin-${weight}-normal.woff` },
    { name: CARD_FONTS.sans, weight, file: `@fontsource/inter/files/inter-latin-ext-${weight}-normal.woff` },
    {
      name: CARD_FONTS.serif,
      weight,
      file: `@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`,
    },
    {
      name: CARD_FONTS.serif,
      weight,
      file: `@fontsource/source-serif-4/files/source-serif-4-latin-ext-${weight}-normal.woff`,
    },
  ]),
];

export interface LoadedFont {
  name: string;
  weight: 400 | 600 | 700;
  style: 'normal';
  data: Uint8Array;
}

/** The card's fonts, read from the installed Fontsource packages (never fetched). */
export function loadFonts(): LoadedFont[] {
  return FONT_FILES.map(({ name, weight, file }) => ({
    name,
    weight,
    style: 'normal',
    data: readFileSync(require.resolve(file)),
  }));
}

const IMAGE_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

/** The site's logo (the `logo` option, a file in public/) as a data URL, when it is a kind satori draws. */
function logoDataUrl(root: string, logo: string | undefined): string | undefined {
  if (logo === undefined) return undefined;
  const file = join(root, 'public', logo);
  const type = IMAGE_TYPES[extname(file).toLowerCase()];
  if (type === undefined || !existsSync(file)) return undefined;
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}

/**
 * Where the Astro step of `assay build` leaves the cards step for the command (beside the staging
 * folder, never inside the published site): the command writes the cards after Astro has exited,
 * drawing the cold ones on every core once the search index is written.
 */
export const deferredCardsFile = (outDir: string): string => `${outDir.replace(/\/+$/, '')}.cards.json`;

/** What the cards step needs: plain data, so `assay build` can take it over from Astro's step as JSON. */
export interface CardsContext {
  /** The site's folder. */
  root: string;
  /** The built site. */
  outDir: string;
  /** Astro's cache folder; the cards' cache is its `social-cards/`. */
  cacheDir: string;
  settings: SiteSettings;
  /** The site's own stylesheet (the `customCss` option), for its brand colours. */
  customCss: string | undefined;
}

/**
 * How many worker threads draw at once. Inside Astro's build one draws beside Pagefind; `assay
 * build` draws none while Pagefind runs (its indexer alone peaks near 2 GiB at 5,000 briefs, and
 * two threads beside it took the build to 2.7 GiB) and one a core once it has ended.
 */
export interface DrawOptions {
  /** Threads drawing from the start: at least one, unless `more` starts them later. */
  workers?: number;
  /** Cards a thread draws before a fresh one takes over. */
  perWorker?: number;
  /** Once `after` settles, up to `workers` threads draw at once. */
  more?: { workers: number; after: Promise<unknown> };
}

export interface CardsResult {
  rendered: number;
  cached: number;
  ms: number;
}

/**
 * Cards one worker draws before it is replaced by a fresh one: satori's and resvg's memory grows
 * with every card and is given back only when the thread ends. Measured on 1,001 cold cards beside
 * Astro's own memory: 250 a worker peaked at 2.3 GB, 100 at 1.7 GB, against 1.0 GB without cards.
 * Alone, drawing 400 cards with two workers: 100 a worker peaked at 1.57 GB, 50 at 1.0 GB, 25 at
 * 0.75-0.82 GB and 10 at 0.57 GB. On a quiet machine 25 costs time (a start is about 0.2 s: 200
 * cards, one worker, 37 ms a card against 29 ms at 100), a price paid for the memory budget.
 */
const CARDS_PER_WORKER = 25;

/** Draws `trees` in one worker thread, one after another, handing each PNG to `done` with its index. */
async function renderBatch(
  trees: readonly CardElement[],
  offset: number,
  fonts: LoadedFont[],
  done: (index: number, png: Uint8Array) => void,
): Promise<void> {
  const worker = new Worker(new URL('./cardWorker.mjs', import.meta.url), {
    workerData: { fonts, width: CARD_WIDTH, height: CARD_HEIGHT },
  });
  try {
    await new Promise<void>((finish, fail) => {
      let left = trees.length;
      worker.on('message', (message: { id: number; png?: Uint8Array; error?: string }) => {
        if (message.error !== undefined || message.png === undefined) {
          fail(new Error(`Social cards: a card could not be drawn: ${message.error ?? 'no image'}`));
          return;
        }
        try {
          done(offset + message.id, message.png);
        } catch (error) {
          fail(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        if (--left === 0) finish();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (left > 0) fail(new Error(`Social cards: the renderer stopped (exit ${code})`));
      });
      trees.forEach((tree, id) => worker.postMessage({ id, tree }));
    });
  } finally {
    await worker.terminate();
  }
}

/**
 * Draws `count` cards, asking `treeAt` for each layout only when its batch starts (so a cold build
 * of thousands of cards never holds all their layouts), in worker threads that each take the next
 * batch of `perWorker` cards (a fresh thread for each batch) when they are done with one. Each PNG
 * is handed to `done` as it comes, so the drawn cards are never all held either. Resolves when the
 * last is handed on.
 */
export async function renderInWorker(
  count: number,
  treeAt: (index: number) => CardElement,
  fonts: LoadedFont[],
  done: (index: number, png: Uint8Array) => void,
  { workers = 1, perWorker = CARDS_PER_WORKER, more }: DrawOptions = {},
): Promise<void> {
  if (count === 0) return;
  let next = 0;
  const runner = async (): Promise<void> => {
    while (next < count) {
      const start = next;
      next = Math.min(count, next + perWorker);
      const trees = Array.from({ length: next - start }, (_, i) => treeAt(start + i));
      await renderBatch(trees, start, fonts, done);
    }
  };
  const running: Promise<void>[] = [];
  const add = (threads: number): void => {
    for (let i = 0; i < threads && next < count; i++) running.push(runner());
  };
  add(more ? workers : Math.max(1, workers));
  if (more) {
    // A thread runs until no card is left, so while one is, every thread started is still running.
    const grow = (): void => add(Math.max(1, more.workers) - running.length);
    await Promise.race([more.after.then(grow, grow), ...(running.length > 0 ? [Promise.all(running)] : [])]);
  }
  // Threads added later are awaited too; once all have ended no card is left for a new one.
  for (let i = 0; i < running.length; i++) await running[i];
}

/**
 * Puts a cached card into the built site as a hard link: the same bytes for a fraction of a copy's
 * time (2,001 cards: 30-90 ms against 0.5-1.4 s, docs/performance.md). Safe because neither side is
 * ever written in place: the site is built into a fresh folder, and the cache only gains new files
 * and loses unused ones. A copy where links cannot be made (another file system, or none allowed).
 */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * Writes every card of the built site in `outDir/og/`, from the manifest the pages wrote, drawing
 * only those the cache lacks; removes the manifest and the cache's cards this build no longer uses.
 */
export async function writeSocialCards(context: CardsContext, draw: DrawOptions = {}): Promise<CardsResult> {
  const started = performance.now();
  const { root, outDir, settings } = context;
  const manifestFile = join(outDir, CARDS_MANIFEST);
  if (!existsSync(manifestFile)) throw new Error(`Social cards: the pages wrote no ${CARDS_MANIFEST}`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as CardManifest;
  rmSync(manifestFile);

  const tokens = readFileSync(fileURLToPath(new URL('../styles/tokens.css', import.meta.url)), 'utf8');
  const colours = cardColours(tokens, context.customCss ? readFileSync(context.customCss, 'utf8') : '');
  const { t } = siteInterface(settings.language, settings.strings);
  const words = {
    verdict: t('meter.verdict'),
    meter: t('meter.heading'),
    best: t('meter.best'),
    worst: t('meter.worst'),
  };
  const site: CardSite = { name: settings.title, logo: logoDataUrl(root, settings.logo) };

  // The site's card, then one per brief. A layout is made again when its card is drawn rather
  // than held: at 5,000 briefs the layouts and the PNGs would otherwise sit beside Pagefind.
  const files = [cardFile(), ...manifest.briefs.map((brief) => cardFile(brief.slug))];
  const treeAt = (i: number): CardElement => {
    if (i === 0) return siteCardLayout({ site, description: settings.description, colours });
    const brief = manifest.briefs[i - 1] as CardManifest['briefs'][number];
    return briefCardLayout({ site, title: brief.title, verdict: brief.verdict, rows: brief.rows, words, colours });
  };

  const fonts = loadFonts();
  const fontHash = createHash('sha256');
  for (const font of fonts) fontHash.update(font.data);
  const renderer = `${LAYOUT_VERSION}:satori@${version('satori')}:resvg@${version('@resvg/resvg-js')}:${fontHash.digest('hex')}`;
  const keyOf = (tree: CardElement): string =>
    createHash('sha256').update(renderer).update(JSON.stringify(tree)).digest('hex');

  const cache = join(context.cacheDir, 'social-cards');
  mkdirSync(cache, { recursive: true });
  mkdirSync(dirname(join(outDir, cardFile())), { recursive: true });
  const keys = files.map((_, i) => keyOf(treeAt(i)));
  const cold = files.map((_, i) => i).filter((i) => !existsSync(join(cache, `${keys[i]}.png`)));
  const coldSet = new Set(cold);
  // Cards from the cache are linked while the workers draw the others; each drawn card goes into
  // the cache as it comes, so a build stopped half-way keeps what it drew.
  const drawing = renderInWorker(
    cold.length,
    (n) => treeAt(cold[n] as number),
    fonts,
    (n, png) => {
      const i = cold[n] as number;
      writeFileSync(join(cache, `${keys[i]}.png`), png);
      writeFileSync(join(outDir, files[i] as string), png);
    },
    draw,
  );
  files.forEach((file, i) => {
    if (!coldSet.has(i)) linkOrCopy(join(cache, `${keys[i]}.png`), join(outDir, file));
  });
  await drawing;
  // The cache keeps only this build's cards: one per published brief and the site's.
  const used = new Set(keys.map((key) => `${key}.png`));
  for (const name of readdirSync(cache)) if (!used.has(name)) rmSync(join(cache, name), { force: true });

  return { rendered: cold.length, cached: files.length - cold.length, ms: performance.now() - started };
}
