// Every message the checker gives for the malformed fixtures speaks an editor's words: none of the
// code's terms, and each says what was expected, what was found and what to do.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentSources } from '../../../src/content/sources.ts';
import { formatProblem } from '../../../src/lib/check/problems.ts';
import { validateContent } from '../../../src/lib/check/validateContent.ts';
import { ROOT } from '../../build/buildSite.ts';
import { demoSite as site } from '../demoSite.ts';

const FIXTURE = 'tests/fixtures/site/content';
const MALFORMED = join(ROOT, 'tests/fixtures/malformed');
const CODE_WORDS = /\b(slugs?|schemas?|mappings?|enums?)\b/i;

describe("the checker's messages", () => {
  const names = readdirSync(MALFORMED).sort();
  for (const name of names) {
    it(`speak an editor's words for ${name}`, () => {
      const base = readContentSources(ROOT, FIXTURE);
      const file = `${FIXTURE}/briefs/${name}`;
      const { problems } = validateContent(
        {
          ...base,
          briefs: [...base.briefs, { file, bytes: new Uint8Array(readFileSync(join(MALFORMED, name))) }],
        },
        site,
      );
      const own = problems.filter((p) => p.file === file);
      expect(own.length).toBeGreaterThan(0);
      for (const found of own) {
        const text = formatProblem(found);
        expect(text).not.toMatch(CODE_WORDS);
        expect(found.expected.trim(), text).not.toBe('');
        expect(found.found.trim(), text).not.toBe('');
      }
      // What to do: every error says it in a hint.
      for (const found of own.filter((p) => p.severity === 'error'))
        expect(found.hint, formatProblem(found)).toBeTruthy();
    });
  }
});
