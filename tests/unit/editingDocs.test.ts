// docs/editing.md lists every Bias Meter scale and every message the check gives; this keeps both in step.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentSources } from '../../src/content/sources.ts';
import { validateContent } from '../../src/lib/check/validateContent.ts';
import { biasMeterSchema } from '../../src/schemas/biasMeter.ts';
import { ROOT } from '../build/buildSite.ts';
import { demoSite as site } from './demoSite.ts';

describe('docs/editing.md', () => {
  it('lists each dimension of bias-meter.yaml with its scale in order', () => {
    const config = biasMeterSchema.parse(parse(readFileSync(join(ROOT, 'content/bias-meter.yaml'), 'utf8')));
    const documented = [
      ...readFileSync(join(ROOT, 'docs/editing.md'), 'utf8').matchAll(
        /^- `([a-z0-9-]+)`: ([a-z0-9-]+(?: → [a-z0-9-]+)+)$/gm,
      ),
    ].map((m) => [m[1], m[2]!.split(' → ')]);
    expect(documented).toEqual(config.dimensions.map((d) => [d.id, d.scale]));
  });
});

describe('the messages in docs/editing.md', () => {
  /** Text up to its first parenthesis or quote: what stays the same whatever the file holds. */
  const stem = (text: string): string => text.split(/ [("]/)[0]!;

  it('include every message the check gives for the malformed fixtures', () => {
    const docs = readFileSync(join(ROOT, 'docs/editing.md'), 'utf8');
    const fixture = 'tests/fixtures/site/content';
    const malformed = join(ROOT, 'tests/fixtures/malformed');
    const missing = new Set<string>();
    for (const name of readdirSync(malformed)) {
      const base = readContentSources(ROOT, fixture);
      const file = `${fixture}/briefs/${name}`;
      const bytes = new Uint8Array(readFileSync(join(malformed, name)));
      const { problems } = validateContent({ ...base, briefs: [...base.briefs, { file, bytes }] }, site);
      for (const found of problems.filter((p) => p.file === file)) {
        if (!docs.includes(stem(found.expected))) missing.add(`${name}: expected ${found.expected}`);
        // YAML mistakes share their expectation; each is told by what was found.
        if (found.expected === 'valid YAML' && !docs.includes(stem(found.found)))
          missing.add(`${name}: found ${found.found}`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
