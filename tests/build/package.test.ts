// Assay from a site's side: the package as npm packs it, a site scaffolded from that tarball by
// `assay init`, installed from the registry (one install), and built (a) exactly as scaffolded and
// (b) as a French publication with subjects of its own and a three-dimension Bias Meter.
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/devServer.ts';
import { cleanEnv, listFiles, page, ROOT } from './buildSite.ts';

const work = mkdtempSync(join(tmpdir(), 'assay-package-'));
const site = join(work, 'my-briefing');
const french = join(work, 'revue-climat');
let tarball = '';

function run(command: string, args: string[], cwd: string, options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...cleanEnv(), NO_COLOR: '1', ASSAY_NOW: '2026-06-01T12:00:00Z' },
    ...options,
  });
  const output = `${String(result.stdout)}\n${String(result.stderr)}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output}`);
  return output;
}

/** Files of a folder, relative to it, leaving out what npm installs. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => !path.startsWith('node_modules') && !path.startsWith('dist') && !path.startsWith('.astro'))
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
}

/** The `lang` of a built page's <html> (page() parses its body only). */
function htmlLang(file: string): string | undefined {
  return /<html[^>]*\slang="([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1];
}

beforeAll(() => {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], ROOT)) as { filename: string }[];
  tarball = join(work, packed[0]!.filename);
  // `assay init` as the tarball has it, its dependencies lent by this checkout (the scaffold installs its own).
  const unpacked = join(work, 'unpacked');
  mkdirSync(unpacked);
  run('tar', ['xzf', tarball, '-C', unpacked], work);
  symlinkSync(join(ROOT, 'node_modules'), join(unpacked, 'package/node_modules'));
  run(process.execPath, [join(unpacked, 'package/bin/assay.mjs'), 'init', site], work);
  // The one install: Assay from the tarball, everything else from the registry (or npm's cache).
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], site);
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package', () => {
  it('carries the integration, routes, components, browser code, command line and scaffold, and no tests, demo or measuring scripts', () => {
    const files = (
      JSON.parse(run('npm', ['pack', '--dry-run', '--json'], ROOT)) as { files: { path: string }[] }[]
    )[0]!.files.map((file) => file.path);
    for (const needed of [
      'bin/assay.mjs',
      'src/index.ts',
      'src/routes/briefs/[slug].astro',
      'src/layouts/BaseLayout.astro',
      'src/client/search/dialog.ts',
      'src/cli/main.ts',
      'src/i18n/fr.json',
      'template/astro.config.mjs',
      'template/gitignore',
    ])
      expect(files).toContain(needed);
    expect(files.filter((file) => /^(tests|content|scripts|\.bench|docs)\//.test(file))).toEqual([]);
    expect(files).not.toContain('src/content.config.ts');
  });
});

describe('a site made by assay init', () => {
  it('holds configuration and content, not Assay’s code', () => {
    const files = filesOf(site);
    expect(files).toEqual([
      '.github/workflows/deploy.yml',
      '.gitignore',
      'README.md',
      'astro.config.mjs',
      'content/bias-meter.yaml',
      'content/briefs/first-brief.md',
      'content/data/example-growth.csv',
      'content/publishers/example-institute.yaml',
      'package-lock.json',
      'package.json',
      'public/favicon.svg',
      'src/content.config.ts',
      'tsconfig.json',
    ]);
    expect(files.filter((file) => file.endsWith('.astro'))).toEqual([]);
  });

  it('checks and builds as written with npm test, on its own Node 24', () => {
    const output = run('npm', ['test'], site);
    expect(output).toContain('Content OK: 1 brief checked');
    expect(output).toMatch(/Search index: \d+ pages indexed/);
    expect(htmlLang(join(site, 'dist/index.html'))).toBe('en');
    expect(readFileSync(join(site, 'dist/index.html'), 'utf8')).toMatch(/<title>[^<]*My Briefing[^<]*<\/title>/);
    const brief = page(join(site, 'dist'), 'briefs/first-brief/');
    expect(brief.querySelector('h1')?.textContent).toContain('A first brief on an example report');
    expect(existsSync(join(site, 'dist/pagefind/pagefind.js'))).toBe(true);
  });
});

describe('the scaffold’s editor preview', () => {
  it('serves a brief with npm run dev, with no error in its log', async () => {
    const port = await freePort();
    // Its own process group, so stopping it stops the Astro it starts too.
    const child = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: site,
      env: { ...cleanEnv(), NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      detached: true,
      stdio: 'pipe',
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    try {
      // The first answer, once the server listens: the page, or the error it rendered instead.
      let html: string | undefined;
      for (const deadline = Date.now() + 120_000; html === undefined;) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`npm run dev did not start:\n${log}`);
        html = await fetch(`http://127.0.0.1:${port}/briefs/first-brief/`)
          .then((response) => response.text())
          .catch(() => undefined);
        if (html === undefined) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(html).toMatch(/<title>A first brief on an example report · My Briefing<\/title>/);
      expect(log).not.toMatch(/\[ERROR\]/);
    } finally {
      process.kill(-child.pid!, 'SIGINT');
    }
  }, 180_000);
});

describe('a French publication with its own subjects and a three-dimension meter', () => {
  let dist = '';
  beforeAll(() => {
    // The fixture as committed: not what an earlier build in this checkout left beside it.
    cpSync(join(ROOT, 'tests/fixtures/french-site'), french, {
      recursive: true,
      filter: (source) => !/[/\\](node_modules|\.astro|dist)$/.test(source),
    });
    // The scaffold's install serves this site too: one install for the whole test.
    symlinkSync(join(site, 'node_modules'), join(french, 'node_modules'));
    cpSync(join(site, 'package.json'), join(french, 'package.json'));
    run('npm', ['run', 'build'], french);
    dist = join(french, 'dist');
  }, 600_000);

  it('builds the pages of its own subjects and none of the defaults', () => {
    const files = listFiles(dist);
    expect(files).toContain('secteurs/index.html');
    expect(files).toContain('secteurs/batiments/index.html');
    expect(files).toContain('secteurs/batiments/rss.xml');
    expect(files).toContain('pays/ue/index.html');
    expect(files.filter((file) => /^(topics|regions|minerals)\//.test(file))).toEqual([]);
    expect(page(dist, 'pays/ue/').querySelector('h1')?.textContent).toContain('UE');
  });

  it('speaks French: lang, dates, the interface, feeds and JSON-LD', () => {
    const brief = page(dist, 'briefs/renovation-batiments/');
    expect(htmlLang(join(dist, 'briefs/renovation-batiments/index.html'))).toBe('fr');
    expect(brief.body.textContent).toContain('12 mars 2026');
    expect(brief.body.textContent).toContain('Fictif');
    const jsonLd = JSON.parse(brief.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as {
      inLanguage?: string;
    };
    expect(jsonLd.inLanguage).toBe('fr');
    const rss = new XMLParser().parse(readFileSync(join(dist, 'rss.xml'), 'utf8')) as {
      rss: { channel: { language: string } };
    };
    expect(rss.rss.channel.language).toBe('fr');
    const feed = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8')) as { language: string };
    expect(feed.language).toBe('fr');
  });

  it('shows no English interface word on its pages', () => {
    const english =
      /\b(Latest briefs|Verdict|Filed under|Sample|Search|Subscribe|Corrections and rating changes|How the Bias Meter works|Publishers|Show the data|best|worst|Next|Previous|Page \d+ of|ratings given|Briefs (published|per)|out of 100|Average score|Kind of work|Corrected or re-rated|Year|Report)\b/;
    for (const path of [
      '',
      'briefs/',
      'briefs/renovation-batiments/',
      'secteurs/',
      'publishers/institut-exemple/',
      'search/',
      'methodology/',
      'insights/',
      '404.html',
    ]) {
      const document = page(dist, path);
      for (const element of document.querySelectorAll('script, style')) element.remove();
      const labels = [...document.querySelectorAll('[aria-label], [title], [alt]')].map(
        (element) =>
          `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('title') ?? ''} ${element.getAttribute('alt') ?? ''}`,
      );
      const text = `${document.body.textContent} ${labels.join(' ')}`;
      expect(english.exec(text)?.[0], `${path || 'home'}`).toBeUndefined();
    }
  });

  it('offers its own subjects as search filters and its three dimensions on the meter', () => {
    const search = page(dist, 'search/');
    const text = search.body.textContent;
    expect(text).toContain('Secteurs');
    expect(text).not.toMatch(/\bTopics\b|\bMinerals\b/);
    const brief = page(dist, 'briefs/renovation-batiments/');
    expect(brief.body.textContent).toContain('Équilibre');
    expect(brief.body.textContent).toContain('penchée');
  });
});
