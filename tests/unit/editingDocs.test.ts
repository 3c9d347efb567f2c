// docs/editing.md lists every Bias Meter scale; this keeps it in step with content/bias-meter.yaml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { biasMeterSchema } from '../../src/schemas/biasMeter.ts';
import { ROOT } from '../build/buildSite.ts';

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
