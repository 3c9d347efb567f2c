// docs/architecture.md has a table of the modules in src/lib and one of those in src/client; this
// keeps each in step with the files, so a module added, moved or removed changes the doc too.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../build/buildSite.ts';

const DOC = 'docs/architecture.md';
const doc = readFileSync(join(ROOT, DOC), 'utf8');

/** Every TypeScript module under `src/<tree>`, by its path relative to that folder (`check/problems.ts`). */
function modulesOf(tree: string): string[] {
  return readdirSync(join(ROOT, 'src', tree), { recursive: true, encoding: 'utf8' })
    .map((path) => path.split(sep).join('/'))
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))
    .sort();
}

/**
 * The modules the doc lists under its heading `src/<tree>`: the first cell of each table row,
 * down to the next heading of the same or a higher level.
 */
function documentedIn(tree: string): string[] {
  const lines = doc.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^#{2,4} \`src/${tree}/?\`$`).test(line));
  if (start === -1) throw new Error(`${DOC}: expected a heading \`src/${tree}\`; found none`);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const after = lines.slice(start + 1);
  const end = after.findIndex((line) => new RegExp(`^#{1,${level}} `).test(line));
  const section = end === -1 ? after : after.slice(0, end);
  return section
    .map((line) => /^\| `([^`]+)` +\|/.exec(line)?.[1])
    .filter((cell): cell is string => cell !== undefined)
    .sort();
}

describe(DOC, () => {
  for (const tree of ['lib', 'client']) {
    it(`names every module under src/${tree}, and no other, in its src/${tree} table`, () => {
      const modules = modulesOf(tree);
      expect(modules.length).toBeGreaterThan(0);
      expect(documentedIn(tree)).toEqual(modules);
    });
  }
});
