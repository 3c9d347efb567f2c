import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyDemoBriefs, copyOf, demoBriefs } from '../../scripts/lib/copyDemoBriefs.ts';

const NOW = new Date('2026-06-01T12:00:00Z');
const out = mkdtempSync(join(tmpdir(), 'assay-copied-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const split = (text: string): [Record<string, unknown>, string] => {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return [parse(match[1]!) as Record<string, unknown>, match[2]!];
};

describe('copyDemoBriefs', () => {
  it('takes only the published .md briefs of the demo', () => {
    const slugs = demoBriefs('content', NOW).map((brief) => brief.slug);
    expect(slugs).toContain('kachin-rare-earths-realpolitik');
    expect(slugs).not.toContain('draft-example');
    expect(slugs).not.toContain('future-example');
    expect(slugs).not.toContain('graphite-anode-gap');
  });

  it('writes N copies in turn, each with its own title and file name and otherwise its source', () => {
    const sources = demoBriefs('content', NOW);
    const count = sources.length + 2;
    copyDemoBriefs({ count, out, now: NOW });
    const names = readdirSync(join(out, 'briefs'));
    expect(names).toHaveLength(count);
    const first = sources[0]!;
    const [copy, body] = split(readFileSync(join(out, 'briefs', `${first.slug}-copy-2.md`), 'utf8'));
    const [source, sourceBody] = split(readFileSync(join('content/briefs', `${first.slug}.md`), 'utf8'));
    expect(copy).toEqual({ ...source, title: `${first.title} (copy 2)` });
    expect(body).toBe(sourceBody);
    expect(readdirSync(join(out, 'publishers')).length).toBeGreaterThan(0);
  });

  it('gives a copy the title it is asked for', () => {
    const [copy] = split(copyOf(demoBriefs('content', NOW)[0]!, 0, 'A new title'));
    expect(copy['title']).toBe('A new title');
  });
});
