// docs/configuration.md gives every option of assay() a heading of its own; this keeps the headings
// and the options schema in step, both ways.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assayOptionsSchema, taxonomyOptionSchema } from '../../src/options.ts';
import { ROOT } from '../build/buildSite.ts';

const docs = readFileSync(join(ROOT, 'docs/configuration.md'), 'utf8');

/** The names in headings of `level` that are a name in backticks alone: ### `title`. */
const headings = (level: number): string[] =>
  [...docs.matchAll(new RegExp(`^${'#'.repeat(level)} \`([^\`]+)\`$`, 'gm'))].map((m) => m[1]!);

describe('docs/configuration.md', () => {
  it('has a level-3 heading for each option of assay(), and none for an option that does not exist', () => {
    expect(headings(3).sort()).toEqual(Object.keys(assayOptionsSchema.shape).sort());
  });

  it('has a level-4 heading for each field of a taxonomy, and none for a field that does not exist', () => {
    expect(headings(4).sort()).toEqual(
      Object.keys(taxonomyOptionSchema.shape)
        .map((field) => `taxonomies[].${field}`)
        .sort(),
    );
  });

  it('gives each option its heading once', () => {
    expect(headings(3).length).toBe(new Set(headings(3)).size);
    expect(headings(4).length).toBe(new Set(headings(4)).size);
  });
});
