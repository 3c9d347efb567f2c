// `assay build`: checks the content, builds the pages with Astro into a staging folder, indexes
// them for search, and only when every step succeeded swaps the staging folder in as dist/. A
// failed build leaves the previous dist/ exactly as it was. Each step runs in its own process. The
// content check runs beside Astro's start (it is done long before Astro renders a page, so the two
// never hold much memory at once), and Astro's output is held back until the check has passed, so
// an editor's mistake is reported by the check alone. The search index and the social cards are made
// after Astro has exited, so the build's peak memory is that of its largest step, not their sum.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { env } from '../env.ts';
import { buildSearchIndex } from '../integration/searchIndex.ts';
import {
  deferredCardsFile,
  writeSocialCards,
  type CardsContext,
  type CardsResult,
} from '../integration/socialCards.ts';
import { holdBuildLock } from './buildLock.ts';

/** The `assay` command's entry, which runs each step as `assay <step>`. */
const BIN = resolve(import.meta.dirname, '../../bin/assay.mjs');

interface Step {
  child: ChildProcess;
  /** The exit status, or null when the step was stopped by a signal. */
  exit: Promise<number | null>;
}

/** Starts `assay <command>` as its own process, so its memory is returned when it ends. */
function startStep(root: string, command: string, args: string[] = [], held = false): Step {
  const child = spawn(process.execPath, [BIN, command, ...args], {
    cwd: root,
    env: { ...process.env, ASSAY_DEFER_SEARCH_INDEX: '1' },
    stdio: held ? ['inherit', 'pipe', 'pipe'] : 'inherit',
  });
  return { child, exit: new Promise((done) => child.on('close', done)) };
}

/**
 * Holds back what a step started with `held` prints until `release` is called, then passes it on
 * as it comes, so its lines never mix with those of the step that runs beside it.
 */
function holdOutput(step: Step): { release: () => void } {
  const held: [NodeJS.WriteStream, Buffer][] = [];
  let released = false;
  const pass = (target: NodeJS.WriteStream) => (chunk: Buffer) =>
    released ? target.write(chunk) : held.push([target, chunk]);
  step.child.stdout?.on('data', pass(process.stdout));
  step.child.stderr?.on('data', pass(process.stderr));
  return {
    release: () => {
      released = true;
      for (const [target, chunk] of held) target.write(chunk);
      held.length = 0;
    },
  };
}

/**
 * Writes the social cards the Astro step left to the command (src/integration/socialCards.ts).
 * Beside the search index it only finds which cards are cached and links them; the others are
 * drawn once `indexed` has settled, one worker a core: Pagefind's indexer alone peaks near 2 GiB
 * at 5,000 briefs, so no card is drawn beside it, as none is beside Astro.
 */
async function drawDeferredCards(staging: string, indexed: Promise<unknown>): Promise<CardsResult | undefined> {
  const file = deferredCardsFile(staging);
  if (!existsSync(file)) return undefined;
  const context = JSON.parse(readFileSync(file, 'utf8')) as CardsContext;
  rmSync(file);
  return writeSocialCards(context, { workers: 0, more: { workers: availableParallelism(), after: indexed } });
}

/** Builds the site in `root` into dist/ (or ASSAY_OUT_DIR); true when it was published. */
export async function build(root: string): Promise<boolean> {
  const outDir = resolve(root, env.outDir ?? 'dist');
  const staging = `${outDir}.staging`;
  const previous = `${outDir}.previous`;
  const timings: Record<string, number> = {};
  const since = (start: number): number => performance.now() - start;
  const unchanged = (): string => (existsSync(outDir) ? `${outDir} was left unchanged.` : '');
  const clearStaging = (): void => {
    rmSync(staging, { recursive: true, force: true });
    rmSync(deferredCardsFile(staging), { force: true });
  };
  const fail = (message?: string): false => {
    clearStaging();
    if (message) console.error(message);
    console.error(`\nBuild failed. ${unchanged()}`);
    return false;
  };

  const buildStart = performance.now();
  const check = startStep(root, 'check');
  void check.exit.then(() => (timings['checkMs'] = since(buildStart)));

  await holdBuildLock(resolve(root, 'node_modules/.astro/build.lock'));
  clearStaging();
  // Astro starts while the content check runs: loading its config, the bundler and the content
  // layer takes longer than the check, on a second core (measured in docs/performance.md).
  const pages = startStep(root, 'build-pages', [staging], true);
  const pagesOutput = holdOutput(pages);

  if ((await check.exit) !== 0) {
    pages.child.kill();
    await pages.exit;
    clearStaging();
    console.error(`\nBuild stopped: fix the errors above. ${unchanged()}`);
    return false;
  }
  pagesOutput.release();
  if ((await pages.exit) !== 0) return fail();
  timings['pagesExitMs'] = since(buildStart);

  const searchStart = performance.now();
  try {
    // The social cards (when the site has them): the cached ones linked beside the index, the others drawn after it.
    const indexing = buildSearchIndex(staging).then((result) => ((timings['searchMs'] = since(searchStart)), result));
    const [index, cards] = await Promise.all([indexing, drawDeferredCards(staging, indexing)]);
    // Astro's own info lines are silenced by `assay build`; these results are worth a line.
    console.log(`Search index: ${index.pages} pages indexed in ${index.seconds.toFixed(1)} s`);
    if (cards) {
      timings['cardsMs'] = cards.ms;
      console.log(
        `Social cards: ${cards.rendered} rendered, ${cards.cached} from cache in ${(cards.ms / 1000).toFixed(1)} s`,
      );
    }
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }

  const swapStart = performance.now();
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  timings['swapMs'] = since(swapStart);
  console.log(`Built ${outDir}`);

  // For the benchmark: add this process's step times to the stage marks Astro's run wrote.
  const timingsFile = env.timingsFile;
  if (timingsFile) {
    const marks = existsSync(timingsFile)
      ? (JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>)
      : {};
    writeFileSync(timingsFile, JSON.stringify({ ...marks, ...timings }));
  }
  return true;
}
