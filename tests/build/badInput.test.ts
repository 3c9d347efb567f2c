// A malformed brief must stop `npm run build` with a clear message and leave the published dist/
// exactly as it was.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, copyFixtureContent, ROOT, snapshotDir } from './buildSite.ts';

let dist: string;
let before: Record<string, string>;
const copies: string[] = [];

beforeAll(() => {
  // A copy of the good fixture build plays the published dist/ that a failed build must not touch.
  dist = join(mkdtempSync(join(tmpdir(), 'assay-published-')), 'dist');
  cpSync(inject('fixtureDist'), dist, { recursive: true, preserveTimestamps: true });
  before = snapshotDir(dist);
});

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(join(ROOT, dir), { recursive: true, force: true });
});

/** A copy of the fixture content with some briefs rewritten. */
function brokenContent(edits: Record<string, (text: string) => string>): string {
  const dir = copyFixtureContent();
  copies.push(dir);
  for (const [name, edit] of Object.entries(edits)) {
    const file = join(ROOT, dir, 'briefs', name);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
  }
  return dir;
}

describe('npm run build with malformed briefs', () => {
  it('reports every bad file at once, with file, line, field, expectation and finding, and leaves dist/ untouched', () => {
    const content = brokenContent({
      'alpha-one.md': (t) => t.replace('date: 2025-01-10', 'date: 2025-02-30'),
      'gamma-three.md': (t) => t.replace('rating: low', 'rating: extreme'),
      'beta-two.mdx': (t) => t.replace('url: https://example.org/beta/peru', 'url: "javascript:alert(1)"'),
    });
    const result = buildSite(content, dist);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${content}/briefs/alpha-one.md:4\n    date: expected a real calendar date as YYYY-MM-DD; found "2025-02-30"`);
    expect(result.output).toMatch(new RegExp(`${content}/briefs/gamma-three\\.md:\\d+\\n {4}biasMeter\\.dimensions\\[0\\]\\.rating: expected one of minimal, low, moderate, high, severe \\(the Source Bias scale\\); found "extreme"`));
    expect(result.output).toMatch(new RegExp(`${content}/briefs/beta-two\\.mdx:\\d+\\n {4}review\\.url: expected an absolute http:// or https:// URL; found "javascript:alert\\(1\\)"`));
    expect(result.output).toContain('3 errors');
    expect(result.output).toContain('was left unchanged');
    expect(snapshotDir(dist)).toEqual(before);
  });

  it('keeps dist/ untouched when the content passes the check but Astro cannot compile it', () => {
    const content = brokenContent({ 'beta-two.mdx': (t) => t.replace('Last paragraph of beta.', 'Last paragraph of {beta.') });
    const result = buildSite(content, dist);
    expect(result.status).toBe(1);
    expect(result.output).toContain('beta-two.mdx');
    expect(result.output).toContain('Build failed');
    expect(snapshotDir(dist)).toEqual(before);
  });
});
