import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CONTENT_FOLDERS,
  contentFileNames,
  globPatterns,
  isContentFile,
  type ContentKind,
} from '../../src/lib/contentFiles.ts';

const KINDS = Object.keys(CONTENT_FOLDERS) as ContentKind[];
/** Names an editor might leave in any content folder: content of each kind, notes, drafts, other formats. */
const NAMES = [
  'cobalt-output.md',
  'graphite-gap.mdx',
  'notes.markdown',
  '_draft.md',
  '_old.mdx',
  '.hidden.md',
  'two.dots.md',
  'README.txt',
  'stimson-center.yaml',
  'meridian.yml',
  '_retired.yaml',
  'copper-output.csv',
  'prices.json',
  '_scratch.csv',
  'chart.png',
  'brief.md.bak',
];

describe('isContentFile', () => {
  it('takes Markdown and MDX as briefs, and no other extension', () => {
    expect(isContentFile('briefs', 'cobalt-output.md')).toBe(true);
    expect(isContentFile('briefs', 'graphite-gap.mdx')).toBe(true);
    expect(isContentFile('briefs', 'notes.markdown')).toBe(false);
    expect(isContentFile('briefs', 'brief.md.bak')).toBe(false);
    expect(isContentFile('briefs', 'stimson-center.yaml')).toBe(false);
  });

  it('takes .yaml and .yml as publishers, and CSV and JSON as data', () => {
    expect(isContentFile('publishers', 'stimson-center.yaml')).toBe(true);
    expect(isContentFile('publishers', 'x.yml')).toBe(true);
    expect(isContentFile('publishers', 'x.md')).toBe(false);
    expect(isContentFile('data', 'copper-output.csv')).toBe(true);
    expect(isContentFile('data', 'prices.json')).toBe(true);
    expect(isContentFile('data', 'prices.yaml')).toBe(false);
  });

  it('ignores files starting with _ (notes and drafts kept beside the content) and hidden files', () => {
    expect(isContentFile('briefs', '_draft.md')).toBe(false);
    expect(isContentFile('briefs', '_old.mdx')).toBe(false);
    expect(isContentFile('publishers', '_retired.yaml')).toBe(false);
    expect(isContentFile('data', '_scratch.csv')).toBe(false);
    expect(isContentFile('briefs', '.hidden.md')).toBe(false);
    // Only a leading _ marks a note.
    expect(isContentFile('briefs', 'rare_earths.md')).toBe(true);
  });
});

describe('contentFileNames', () => {
  it('keeps the content files of a folder, sorted', () => {
    expect(contentFileNames('briefs', ['b.md', '_a.md', 'a.mdx', 'notes.txt'])).toEqual(['a.mdx', 'b.md']);
  });
});

describe('globPatterns', () => {
  const root = mkdtempSync(join(tmpdir(), 'assay-content-files-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('makes the glob loader (tinyglobby, as Astro runs it) pick exactly the files isContentFile accepts', async () => {
    for (const kind of KINDS) {
      const folder = join(root, CONTENT_FOLDERS[kind]);
      mkdirSync(folder, { recursive: true });
      for (const name of NAMES) writeFileSync(join(folder, name), '');
      const globbed = await glob(globPatterns(kind), { cwd: folder, expandDirectories: false });
      expect(globbed.sort()).toEqual(contentFileNames(kind, NAMES));
      expect(globbed.length).toBeGreaterThan(0);
    }
  });
});
