// Quality gates over both built sites (the fixture, with its escaping payloads, and the demo):
// valid HTML, no broken internal links or anchors, a build log without warnings.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, page } from './buildSite.ts';

const SITES = { fixture: inject('fixtureDist'), demo: inject('demoDist') };
const SITE_ORIGIN = 'https://assay.example.org';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Titles are the editors' headlines; search engines truncate long ones, which is their call.
    'long-title': 'off',
    // Markdown writes table column alignment as style attributes (text-align); that is content.
    'no-inline-style': 'off',
    // Search facets are checkboxes sharing a name, the standard way to send several values.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'submit', 'button', 'reset'] }],
  },
});

for (const [name, dist] of Object.entries(SITES)) {
  const pages = listFiles(dist).filter((f) => f.endsWith('.html'));

  describe(`${name} site`, () => {
    it('has valid HTML on every page', async () => {
      const failures: string[] = [];
      for (const file of pages) {
        const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), file);
        for (const result of report.results)
          for (const m of result.messages) failures.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
      expect(failures).toEqual([]);
      expect(pages.length).toBeGreaterThan(10);
    });

    it('has no broken internal link or anchor', () => {
      const broken: string[] = [];
      const ids = new Map<string, Set<string>>();
      const idsOf = (file: string): Set<string> => {
        if (!ids.has(file)) ids.set(file, new Set([...page(dist, file).querySelectorAll('[id]')].map((el) => el.id)));
        return ids.get(file)!;
      };
      let checked = 0;
      for (const file of pages) {
        const doc = page(dist, file);
        const base = new URL(`/${file.replace(/index\.html$/, '')}`, SITE_ORIGIN);
        for (const el of doc.querySelectorAll('a[href], link[href], img[src], script[src]')) {
          const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
          const url = new URL(raw, base);
          if (url.origin !== SITE_ORIGIN) continue;
          checked++;
          const path = decodeURIComponent(url.pathname);
          const target = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
          if (!existsSync(join(dist, target))) broken.push(`${file}: ${raw} (no ${target})`);
          else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
            broken.push(`${file}: ${raw} (no #${url.hash.slice(1)} in ${target})`);
        }
      }
      expect(broken).toEqual([]);
      expect(checked).toBeGreaterThan(100);
      console.log(`${name} site: ${checked} internal links checked on ${pages.length} pages`);
    });
  });
}

describe('build log', () => {
  it('has no warnings from Astro, Vite or the bundler', () => {
    const output = inject('fixtureBuildOutput');
    expect(output).toContain('Built ');
    // The fixture keeps the placeholder address on purpose (the goldens use it), so Assay's own
    // one-line reminder about it is expected; anything else that warns is not.
    const placeholderReminder = /^.*\[WARN\] \[assay\] the site address is still the placeholder .*$/m;
    expect(output).toMatch(placeholderReminder);
    expect(output.replace(placeholderReminder, '')).not.toMatch(/\[WARN\]|\[vite\]|warning: /i);
  });
});
