/**
 * The one module that reads environment variables. Each is read and checked once, when this module
 * loads, so a mistyped value stops the build or the test run at once with the variable's name,
 * what was expected and what was found, instead of surfacing later as a broken page. Empty values
 * count as unset. `src/site.ts` takes its defaults from here; nothing else reads a variable (scripts
 * only pass the environment on to the processes they start).
 */

/** What Astro's `logLevel` accepts. */
const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The environment as Assay uses it; `undefined` where a variable is unset. */
export interface AssayEnv {
  /** ASSAY_SITE_URL: the public origin of the deployed site, e.g. `https://briefs.example.org` (no trailing slash). */
  siteUrl: string | undefined;
  /** ASSAY_BASE: the path the site is served under, e.g. `/assay/` for a GitHub Pages project site; always ends in `/`. */
  base: string | undefined;
  /** ASSAY_CONTENT_DIR: the content folder, relative to the project root (tests point it at a fixture site). */
  contentDir: string | undefined;
  /** ASSAY_OUT_DIR: where `npm run build` writes the site (tests and the benchmark build elsewhere). */
  outDir: string | undefined;
  /**
   * ASSAY_COMMENTS_SERVER: the comment server for this build, over the `comments` option (the
   * browser tests point a fixture build at a server on the loopback). `off` turns comments off.
   */
  commentsServer: string | undefined;
  /** ASSAY_NOW: pins the build's clock for the publication rule. For tests. */
  now: Date | undefined;
  /** ASSAY_LOG_LEVEL: Astro's log level in `npm run build` (the benchmark sets `info` to read page timings). */
  logLevel: LogLevel | undefined;
  /** ASSAY_TIMINGS_FILE: where the build writes its stage times. For the benchmark. */
  timingsFile: string | undefined;
  /** ASSAY_TEST_PORT: the port the browser tests serve the demo site on (the next ones for the other sites). For tests. */
  testPort: number | undefined;
  /** ASSAY_WEIGHT_PORT: the port `npm run page-weight` serves the site on. For measuring. */
  weightPort: number | undefined;
  /** CHROMIUM_PATH: the Chromium the browser tests and measuring scripts drive. For tests. */
  chromiumPath: string | undefined;
  /** PAGEFIND_BINARY_PATH: a Pagefind executable to index with instead of the installed one. For tests. */
  pagefindBinaryPath: string | undefined;
  /**
   * ASSAY_DEFER_SEARCH_INDEX: set by `assay build` for its Astro step, which then leaves the search
   * index and the social cards to the command, so neither holds its memory beside Astro's. Not for sites.
   */
  deferSearchIndex: boolean;
}

/** An environment variable with a value Assay cannot use. */
export class EnvError extends Error {
  override name = 'EnvError';
}

type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string };
type Read<T> = (value: string) => Parsed<T>;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const invalid = <T>(expected: string): Parsed<T> => ({ ok: false, expected });

const text: Read<string> = (value) => ok(value);

const siteUrl: Read<string> = (value) => {
  const expected =
    'an http(s) address with no path, such as https://briefs.example.org (a sub-path goes in ASSAY_BASE)';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return invalid(expected);
  }
  const plain = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  return (url.protocol === 'https:' || url.protocol === 'http:') && plain ? ok(url.origin) : invalid(expected);
};

// Letters, digits and - . _ ~ in each segment (what a URL path carries unescaped), no `.` or `..`.
const SEGMENT = /^(?!\.{1,2}$)[A-Za-z0-9._~-]+$/;

const commentsServer: Read<string> = (value) => {
  if (value === 'off') return ok(value);
  try {
    const url = new URL(value);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash)
      return ok(url.href.replace(/\/$/, ''));
  } catch {
    // reported below
  }
  return invalid('the http(s) address of a comment server, such as https://comments.example.org, or off');
};

const basePath: Read<string> = (value) => {
  const segments = value.replace(/\/$/, '').split('/').slice(1);
  if (!value.startsWith('/') || value.startsWith('//') || !segments.every((s) => SEGMENT.test(s)))
    return invalid('a path from the site root such as /assay/ (letters, digits, - . _ ~ between slashes)');
  return ok(segments.length === 0 ? '/' : `/${segments.join('/')}/`);
};

const isoDate: Read<Date> = (value) => {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? invalid('an ISO date such as 2026-01-31') : ok(date);
};

const flag: Read<boolean> = (value) => (value === '1' ? ok(true) : invalid('1, or unset'));

const port: Read<number> = (value) => {
  const number = Number(value);
  return /^\d+$/.test(value) && number >= 1 && number <= 65535 ? ok(number) : invalid('a port number from 1 to 65535');
};

const logLevel: Read<LogLevel> = (value) => {
  const level = LOG_LEVELS.find((known) => known === value);
  return level ? ok(level) : invalid(`one of ${LOG_LEVELS.join(', ')}`);
};

/**
 * Reads and checks the variables Assay uses from `vars`. Throws one `EnvError` naming every
 * variable that is wrong, each with what was expected and what was found.
 */
export function readEnv(vars: Readonly<Record<string, string | undefined>>): AssayEnv {
  const problems: string[] = [];
  const read = <T>(name: string, parse: Read<T>): T | undefined => {
    const value = vars[name];
    if (value === undefined || value === '') return undefined;
    const result = parse(value);
    if (result.ok) return result.value;
    problems.push(`${name}: expected ${result.expected}; found ${JSON.stringify(value)}`);
    return undefined;
  };
  const env: AssayEnv = {
    siteUrl: read('ASSAY_SITE_URL', siteUrl),
    base: read('ASSAY_BASE', basePath),
    contentDir: read('ASSAY_CONTENT_DIR', text),
    outDir: read('ASSAY_OUT_DIR', text),
    commentsServer: read('ASSAY_COMMENTS_SERVER', commentsServer),
    now: read('ASSAY_NOW', isoDate),
    logLevel: read('ASSAY_LOG_LEVEL', logLevel),
    timingsFile: read('ASSAY_TIMINGS_FILE', text),
    testPort: read('ASSAY_TEST_PORT', port),
    weightPort: read('ASSAY_WEIGHT_PORT', port),
    chromiumPath: read('CHROMIUM_PATH', text),
    pagefindBinaryPath: read('PAGEFIND_BINARY_PATH', text),
    deferSearchIndex: read('ASSAY_DEFER_SEARCH_INDEX', flag) ?? false,
  };
  if (problems.length > 0) throw new EnvError(`Environment variables:\n  ${problems.join('\n  ')}`);
  return env;
}

/** The environment of this process, read once. */
export const env: AssayEnv = readEnv(process.env);

/**
 * True only under `astro dev`, where drafts and future briefs are previewed. Not an environment
 * variable: the previewDrafts integration defines it from the Astro command, so no shell setting
 * can show drafts in a build. Only code that Astro bundles may call this.
 */
export function showUnpublished(): boolean {
  return import.meta.env.ASSAY_SHOW_UNPUBLISHED;
}
