import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toStarlightPage } from '../../scripts/lib/starlightBench.ts';

const BRIEF = `---
title: "Lithium: a brief"
summary: A short summary of the brief.
publisher: some-publisher
date: 2026-01-02
---

Body with <Chart id="prices" /> text.
`;

const frontmatterOf = (page: string): unknown => parse(/^---\n([\s\S]*?)---\n/.exec(page)![1]!);

describe('toStarlightPage', () => {
  it('keeps only the title and the summary as description, and the body unchanged', () => {
    const page = toStarlightPage(BRIEF, false);
    expect(frontmatterOf(page)).toEqual({ title: 'Lithium: a brief', description: 'A short summary of the brief.' });
    expect(page.endsWith('Body with <Chart id="prices" /> text.\n')).toBe(true);
    expect(page).not.toContain('import Chart');
  });

  it('imports the Chart component into an MDX page', () => {
    expect(toStarlightPage(BRIEF, true)).toContain("import Chart from '../../../components/Chart.astro';");
  });

  it('names the file when a brief has no frontmatter or no title', () => {
    expect(() => toStarlightPage('no frontmatter', false, 'a.md')).toThrow('a.md: expected YAML frontmatter');
    expect(() => toStarlightPage('---\nsummary: x\n---\nbody', false, 'b.md')).toThrow(
      'b.md: title: expected text, found undefined',
    );
  });
});
