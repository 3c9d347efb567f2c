import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { contentCacheDir } from '../../src/content/sources.ts';

export const ROOT = join(import.meta.dirname, '../..');
export const FIXTURE_CONTENT = 'tests/fixtures/site/content';
/** The fixture site's clock: after every fixture brief but the future one. */
export const FIXTURE_NOW = '2026-06-01T12:00:00Z';

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** The environment without what Vitest adds (MODE=test, DEV=1…), as a shell would run the build. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const vitestOnly = /^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestOnly.test(key)));
}

/**
 * Runs the real `assay build` on a content folder, into `outDir`: with the demo's settings, or in
 * `root`, a fixture site's own folder with an astro.config.mjs of its own.
 */
export function buildSite(
  contentDir: string,
  outDir: string = mkdtempSync(join(tmpdir(), 'assay-dist-')),
  env: NodeJS.ProcessEnv = {},
  root: string = ROOT,
): BuildResult {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/assay.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...cleanEnv(),
      ASSAY_CONTENT_DIR: contentDir,
      ASSAY_OUT_DIR: outDir,
      ASSAY_NOW: FIXTURE_NOW,
      NO_COLOR: '1',
      ...env,
    },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}

/** Copies the fixture content into a fresh folder inside the project, so a test can break it. */
export function copyFixtureContent(): string {
  const dir = mkdtempSync(join(ROOT, 'tests/fixtures/.tmp-content-'));
  cpSync(join(ROOT, FIXTURE_CONTENT), dir, { recursive: true });
  return relative(ROOT, dir);
}

/** Removes a content folder made for a test, with the cache Astro kept for it. */
export function removeContent(dir: string): void {
  rmSync(join(ROOT, dir), { recursive: true, force: true });
  rmSync(contentCacheDir(ROOT, dir), { recursive: true, force: true });
}

/** A copy of a good build playing the published dist/ that a failed build must leave alone. */
export function publishedCopy(goodBuild: string): { dist: string; before: Record<string, string> } {
  const dist = join(mkdtempSync(join(tmpdir(), 'assay-published-')), 'dist');
  cpSync(goodBuild, dist, { recursive: true, preserveTimestamps: true });
  return { dist, before: snapshotDir(dist) };
}

/** Every file under `dir` with its modification time and content hash, to prove a folder was left alone. */
export function snapshotDir(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (sub: string): void => {
    for (const name of readdirSync(join(dir, sub))) {
      const path = join(sub, name);
      const stat = statSync(join(dir, path));
      if (stat.isDirectory()) walk(path);
      else
        result[path] = `${stat.mtimeMs}:${createHash('sha256')
          .update(readFileSync(join(dir, path)))
          .digest('hex')}`;
    }
  };
  walk('');
  return result;
}

/** Parses a built page into a DOM document. */
export function page(outDir: string, path: string): Document {
  const file = join(outDir, path, path.endsWith('.html') ? '' : 'index.html');
  return page.fromHtml(readFileSync(file, 'utf8'));
}

/** Parses an HTML document or fragment. */
page.fromHtml = (html: string): Document => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

/** All built files' paths, relative to `outDir`. */
export function listFiles(outDir: string): string[] {
  return Object.keys(snapshotDir(outDir)).sort();
}
