// Every file in tests/fixtures/malformed/ is a brief with one problem, described by its
// `# expect:` lines. Each must fail `npm run check` and `npm run build` with that message, naming
// the file, and leave the published dist/ exactly as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  buildSite,
  cleanEnv,
  copyFixtureContent,
  publishedCopy,
  removeContent,
  ROOT,
  snapshotDir,
} from './buildSite.ts';

const MALFORMED = join(ROOT, 'tests/fixtures/malformed');
const cases = readdirSync(MALFORMED).sort();
let dist: string;
let before: Record<string, string>;
const copies: string[] = [];

beforeAll(() => {
  ({ dist, before } = publishedCopy(inject('fixtureDist')));
});

afterAll(() => {
  for (const dir of copies) removeContent(dir);
});

/** The fixture content plus one extra brief file. */
function contentWith(name: string, bytes: Buffer): string {
  const dir = copyFixtureContent();
  copies.push(dir);
  writeFileSync(join(ROOT, dir, 'briefs', name), bytes);
  return dir;
}

function check(contentDir: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['bin/assay.mjs', 'check'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...cleanEnv(), ASSAY_CONTENT_DIR: contentDir },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('malformed briefs', () => {
  it('has at least 15 fixtures, each saying what it expects', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of cases) {
    it(`rejects ${name} in npm run check and npm run build, leaving dist/ untouched`, () => {
      const bytes = readFileSync(join(MALFORMED, name));
      const expectations = [...bytes.toString('latin1').matchAll(/^# expect: (.*)$/gm)].map((m) =>
        Buffer.from(m[1]!, 'latin1').toString('utf8'),
      );
      expect(expectations.length, `${name} has no # expect: line`).toBeGreaterThan(0);
      const content = contentWith(name, bytes);
      const file = `${content}/briefs/${name}`;

      const checked = check(content);
      expect(checked.status, checked.output).toBe(1);
      expect(checked.output).toContain(file);
      for (const text of expectations) expect(checked.output).toContain(text);

      const built = buildSite(content, dist);
      expect(built.status, built.output).toBe(1);
      expect(built.output).toContain(file);
      for (const text of expectations) expect(built.output).toContain(text);
      expect(snapshotDir(dist)).toEqual(before);
    });
  }

  it('reports all five problems of five-problems.md in one npm run check, in line order', () => {
    const bytes = readFileSync(join(MALFORMED, 'five-problems.md'));
    const expectations = [...bytes.toString('utf8').matchAll(/^# expect: (.*)$/gm)].map((m) => m[1]!);
    expect(expectations).toHaveLength(5);
    const content = contentWith('five-problems.md', bytes);
    const checked = check(content);
    expect(checked.status, checked.output).toBe(1);
    const lines = checked.output.split('\n');
    const lineOf = (text: string): number => {
      const i = lines.findIndex((line) => line.includes(text));
      // The report line just above names file:line.
      return Number(/:(\d+)$/.exec(lines[i - 1] ?? '')?.[1] ?? NaN);
    };
    const positions = expectations.map((text) => checked.output.indexOf(text));
    for (const [i, at] of positions.entries()) expect(at, expectations[i]).toBeGreaterThan(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const fileLines = expectations.map(lineOf);
    expect([...fileLines].sort((a, b) => a - b)).toEqual(fileLines);
    expect(new Set(fileLines).size).toBe(5);
  });

  it('rejects a file past the size limit', () => {
    const padded = `${readFileSync(join(ROOT, 'tests/fixtures/site/content/briefs/alpha-one.md'), 'utf8')}\n${'Padding text. '.repeat(40_000)}`;
    const content = contentWith('huge.md', Buffer.from(padded));
    const checked = check(content);
    expect(checked.status).toBe(1);
    expect(checked.output).toMatch(/huge\.md\n {4}\(file\): expected a file of at most 512 KB; found \d+ KB/);
  });
});

describe('npm run new', () => {
  it('writes a draft that passes the check, and once filled in and undrafted is published by the build', () => {
    const content = copyFixtureContent();
    copies.push(content);
    const env = { ...cleanEnv(), ASSAY_CONTENT_DIR: content };
    const created = spawnSync(
      process.execPath,
      [
        'bin/assay.mjs',
        'new',
        'Cobalt: a fresh look',
        '--publisher',
        'beta',
        '--topics',
        'Supply chains',
        '--regions',
        'peru',
      ],
      { cwd: ROOT, encoding: 'utf8', env },
    );
    expect(created.status, created.stderr).toBe(0);
    const file = join(ROOT, content, 'briefs', 'cobalt-a-fresh-look.md');
    expect(check(content).status).toBe(0);

    const again = spawnSync(process.execPath, ['bin/assay.mjs', 'new', 'Cobalt: a fresh look', '--publisher', 'beta'], {
      cwd: ROOT,
      encoding: 'utf8',
      env,
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');

    // Publishing it unfinished is refused...
    const draft = readFileSync(file, 'utf8');
    writeFileSync(file, draft.replace('draft: true', 'draft: false'));
    expect(check(content).output).toContain(
      'expected finished text in a brief with draft: false; found a TODO placeholder',
    );

    // ...and once every TODO is filled in, it builds and is published.
    const filled = draft
      .replace('draft: true', 'draft: false')
      .replace(/date: \d{4}-\d{2}-\d{2}/g, 'date: 2026-01-15')
      .replace(/"TODO: choose the rating[^"]*"/g, 'fine')
      .replace(/https:\/\/example\.org\/TODO/g, 'https://example.org/cobalt')
      .replace(/"?TODO: ([^"\n]*)"?/g, '"Filled: $1"')
      .replace(/^TODO: (.*)$/gm, 'Filled: $1');
    writeFileSync(file, filled);
    expect(check(content).status).toBe(0);
    const built = buildSite(content);
    expect(built.status, built.output).toBe(0);
    const html = readFileSync(join(built.outDir, 'briefs/cobalt-a-fresh-look/index.html'), 'utf8');
    expect(html).toContain('Cobalt: a fresh look');
    expect(readFileSync(join(built.outDir, 'topics/supply-chains/index.html'), 'utf8')).toContain(
      '/briefs/cobalt-a-fresh-look/',
    );
  });

  it('with no optional arguments writes a draft that passes the check and does not stop the build', () => {
    const content = copyFixtureContent();
    copies.push(content);
    const env = { ...cleanEnv(), ASSAY_CONTENT_DIR: content };
    const created = spawnSync(process.execPath, ['bin/assay.mjs', 'new', 'Nickel notes', '--publisher', 'beta'], {
      cwd: ROOT,
      encoding: 'utf8',
      env,
    });
    expect(created.status, created.stderr).toBe(0);
    const text = readFileSync(join(ROOT, content, 'briefs', 'nickel-notes.md'), 'utf8');
    expect(text).toMatch(/^topics: \[todo\]/m);
    expect(check(content).status).toBe(0);
    const built = buildSite(content);
    expect(built.status, built.output).toBe(0);
    // The fixture builds with the placeholder address, which the build names once.
    expect(built.output.match(/the site address is still the placeholder/g)).toHaveLength(1);
    // The draft stays unpublished.
    expect(existsSync(join(built.outDir, 'briefs/nickel-notes/index.html'))).toBe(false);
    // Publishing it with the topic placeholder left in is refused.
    writeFileSync(join(ROOT, content, 'briefs', 'nickel-notes.md'), text.replace('draft: true', 'draft: false'));
    expect(check(content).output).toMatch(/topics\[0\]: expected finished text in a brief with draft: false/);
  });

  it('names the closest publisher id and writes nothing for an unknown one', () => {
    const content = copyFixtureContent();
    copies.push(content);
    const run = spawnSync(process.execPath, ['bin/assay.mjs', 'new', 'Nickel notes', '--publisher', 'alph'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...cleanEnv(), ASSAY_CONTENT_DIR: content },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Did you mean --publisher alpha?');
    expect(run.stderr).toContain('Usage: assay new "Title of the brief" --publisher <id> [--topics a,b]');
    expect(existsSync(join(ROOT, content, 'briefs', 'nickel-notes.md'))).toBe(false);
  });
});
