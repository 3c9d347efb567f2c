import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContentSources, type ReadCache } from '../../src/content/sources.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/site/content');
let root: string | undefined;

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** A copy of the fixture content in a folder of its own, which a test may change. */
function copy(): string {
  root = mkdtempSync(join(tmpdir(), 'assay-sources-'));
  cpSync(FIXTURE, join(root, 'content'), { recursive: true });
  return root;
}

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const brief = (sources: ReturnType<typeof readContentSources>, name: string) =>
  sources.briefs.find((source) => source.file === `content/briefs/${name}`)!;

describe('reading content with the preview’s cache', () => {
  it('reads what a plain read reads', () => {
    const dir = copy();
    expect(readContentSources(dir, 'content', new Map())).toEqual(readContentSources(dir, 'content'));
  });

  it('reads a saved file again, keeps the bytes of unchanged ones, and forgets removed ones', () => {
    const dir = copy();
    const kept: ReadCache = new Map();
    const first = readContentSources(dir, 'content', kept);
    writeFileSync(join(dir, 'content/briefs/alpha-one.md'), 'saved just now');
    rmSync(join(dir, 'content/briefs/gamma-three.md'));
    const second = readContentSources(dir, 'content', kept);

    expect(text(brief(second, 'alpha-one.md').bytes)).toBe('saved just now');
    // The very same bytes: the unchanged file was not read again.
    expect(brief(second, 'beta-two.mdx').bytes).toBe(brief(first, 'beta-two.mdx').bytes);
    expect(brief(second, 'gamma-three.md')).toBeUndefined();
    expect([...kept.keys()].some((path) => path.endsWith('gamma-three.md'))).toBe(false);
  });
});
