// The synthetic brief generator must write content that passes the editors' own check, the same
// content for the same seed, and never overwrite a folder it did not make.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentSources } from '../../src/content/sources.ts';
import { generateBriefs } from '../../scripts/lib/generateBriefs.ts';
import { validateContent } from '../../src/lib/check/validateContent.ts';
import { ROOT } from './buildSite.ts';
import { demoSite as site } from '../unit/demoSite.ts';

const made: string[] = [];
const folder = (): string => {
  const dir = mkdtempSync(join(ROOT, 'tests/fixtures/.tmp-content-gen-'));
  made.push(dir);
  return dir;
};
const files = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(join(dir, 'briefs')).map((name) => [name, readFileSync(join(dir, 'briefs', name), 'utf8')]),
  );

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('generateBriefs', () => {
  it('writes briefs that pass the content check, one in five as MDX with an inline chart', () => {
    const out = folder();
    const result = generateBriefs({ count: 50, out, seed: 7 });
    expect(result).toMatchObject({ briefs: 50, mdx: 10 });
    const { problems, briefs } = validateContent(readContentSources(ROOT, relative(ROOT, out)), site);
    expect(problems).toEqual([]);
    expect(briefs).toHaveLength(50);
    const mdx = Object.entries(files(out)).filter(([name]) => name.endsWith('.mdx'));
    expect(mdx).toHaveLength(10);
    for (const [, text] of mdx) expect(text).toMatch(/<Chart id="chart-\d+" \/>/);
  });

  it('writes the same briefs for the same seed, and others for another', () => {
    const [a, b, c] = [folder(), folder(), folder()];
    generateBriefs({ count: 5, out: a, seed: 3 });
    generateBriefs({ count: 5, out: b, seed: 3 });
    generateBriefs({ count: 5, out: c, seed: 4 });
    expect(files(a)).toEqual(files(b));
    expect(files(a)).not.toEqual(files(c));
  });

  it('replaces a folder it made, and refuses one it did not', () => {
    const out = folder();
    generateBriefs({ count: 3, out });
    expect(() => generateBriefs({ count: 2, out })).not.toThrow();
    expect(readdirSync(join(out, 'briefs'))).toHaveLength(2);
    const other = folder();
    writeFileSync(join(other, 'notes.txt'), 'mine');
    expect(() => generateBriefs({ count: 2, out: other })).toThrow(/expected an empty folder or one this script made/);
    expect(() => generateBriefs({ count: 2, out: join(ROOT, 'content') })).toThrow(/real content folder/);
  });
});
