// Incremental builds (the `incrementalBuild` option) leave nothing stale: the fixture site is built,
// its content changed in the five ways an editor changes an archive (a brief added, one edited, one
// unpublished, a rating changed, one renamed with its old name kept as an alias), built again with
// the first build's cache, and built cold; the two results must be the same, file by file.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentCacheDir } from '../../src/content/sources.ts';
import { buildSite, FIXTURE_CONTENT, ROOT, snapshotDir, type BuildResult } from './buildSite.ts';

const SITE = join(ROOT, 'tests/fixtures/incremental');
let content = '';
let first: BuildResult;
let cached: BuildResult;
let cold: BuildResult;

const edit = (name: string, change: (text: string) => string): void => {
  const file = join(SITE, content, 'briefs', name);
  const text = readFileSync(file, 'utf8');
  const changed = change(text);
  expect(changed, `${name} should change`).not.toBe(text);
  writeFileSync(file, changed);
};

/** Every file of a build with the SHA-256 of its bytes (modification times left out). */
const files = (dir: string): Record<string, string> =>
  Object.fromEntries(Object.entries(snapshotDir(dir)).map(([path, stamp]) => [path, stamp.split(':')[1]!]));

beforeAll(() => {
  content = relative(SITE, mkdtempSync(join(ROOT, 'tests/fixtures/.tmp-content-')));
  cpSync(join(ROOT, FIXTURE_CONTENT), join(SITE, content), { recursive: true });
  // Three older briefs on subjects and a publisher of their own, which none of the changes below
  // touches: their pages, but for the newest one's (its newer neighbour is unpublished), can be
  // reused. (Sharing a publisher with a changed brief would make it a related brief.)
  writeFileSync(
    join(SITE, content, 'publishers/older-press.yaml'),
    readFileSync(join(SITE, content, 'publishers/alpha.yaml'), 'utf8').replace('Alpha Institute', 'Older Press'),
  );
  const gamma = readFileSync(join(SITE, content, 'briefs/gamma-three.md'), 'utf8');
  for (const [n, name] of ['one', 'two', 'three'].entries())
    writeFileSync(
      join(SITE, content, `briefs/older-${name}.md`),
      gamma
        .replace('title: Gamma three on copper', `title: Older brief ${name} on gold`)
        .replace('date: 2024-11-20', `date: 2020-01-0${n + 1}`)
        .replace('topics: [trade]', 'topics: [mining-law]')
        .replace('regions: [chile, peru]', 'regions: [ghana]')
        .replace('minerals: [copper]', 'minerals: [gold]')
        .replace('publisher: alpha', 'publisher: older-press'),
    );
  const info = { ASSAY_LOG_LEVEL: 'info' };
  first = buildSite(content, undefined, info, SITE);
  expect(first.status, first.output).toBe(0);

  // Added: a new brief, the newest, on the subjects of another.
  writeFileSync(
    join(SITE, content, 'briefs/delta-four.md'),
    readFileSync(join(SITE, content, 'briefs/gamma-three.md'), 'utf8')
      .replace('title: Gamma three on copper', 'title: Delta four on copper')
      .replace('date: 2024-11-20', 'date: 2025-05-01'),
  );
  // Edited: one word of a body.
  edit('beta-two.mdx', (text) => text.replace('Last paragraph of beta.', 'Last paragraph of Beta.'));
  // Unpublished.
  edit('escape-everything.md', (text) => text.replace(/^---\n/, '---\ndraft: true\n'));
  // A rating changed.
  edit('gamma-three.md', (text) => text.replace('rating: low', 'rating: moderate'));
  // Renamed, the old name kept as an alias.
  // (A Markdown brief: adding or renaming an MDX brief changes the brief route's code, its
  // compiled modules, and so renders every brief page again.)
  renameSync(join(SITE, content, 'briefs/alpha-one.md'), join(SITE, content, 'briefs/alpha-renamed.md'));
  edit('alpha-renamed.md', (text) => text.replace(/^---\n/, '---\naliases: [alpha-one]\n'));

  cached = buildSite(content, undefined, info, SITE);
  expect(cached.status, cached.output).toBe(0);
  rmSync(contentCacheDir(SITE, content), { recursive: true, force: true });
  cold = buildSite(content, undefined, info, SITE);
  expect(cold.status, cold.output).toBe(0);
}, 600_000);

afterAll(() => {
  rmSync(join(SITE, content), { recursive: true, force: true });
  rmSync(contentCacheDir(SITE, content), { recursive: true, force: true });
  for (const build of [first, cached, cold]) if (build) rmSync(build.outDir, { recursive: true, force: true });
});

describe('a build with the previous build cache', () => {
  it('reuses the pages and feeds nothing changed and renders the others', () => {
    const reused = (output: string): string[] =>
      [...output.matchAll(/(\S+\.(?:html|xml)) \((?:cached|restored)\)/g)].map((match) => match[1]!).sort();
    expect(reused(cached.output)).toEqual([
      '/briefs/older-one/index.html',
      '/briefs/older-two/index.html',
      '/minerals/gold/index.html',
      '/minerals/gold/rss.xml',
      '/publishers/older-press/index.html',
      '/publishers/older-press/rss.xml',
      '/regions/ghana/index.html',
      '/regions/ghana/rss.xml',
      '/topics/mining-law/index.html',
      '/topics/mining-law/rss.xml',
    ]);
    expect(reused(cold.output)).toEqual([]);
  });

  it('gives the same files as a cold build of the same content, byte for byte', () => {
    expect(files(cached.outDir)).toEqual(files(cold.outDir));
  });

  it('shows every change', () => {
    const html = (path: string): string => readFileSync(join(cached.outDir, path), 'utf8');
    expect(html('briefs/delta-four/index.html')).toContain('Delta four on copper');
    expect(html('briefs/index.html')).toContain('Delta four on copper');
    expect(html('briefs/beta-two/index.html')).toContain('Last paragraph of Beta.');
    expect(html('briefs/index.html')).not.toContain('escape-everything');
    expect(html('briefs/alpha-renamed/index.html')).toContain('Alpha one on lithium brines');
    expect(html('briefs/alpha-one/index.html')).toContain('briefs/alpha-renamed/');
  });
});
