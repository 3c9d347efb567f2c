// Two validators no one here wrote, over every built page of the fixture site (with its escaping
// payloads) and the demo site: the W3C Nu HTML Checker, and Adobe's structured-data validator
// with Google's rich-result rules over every page's JSON-LD. Both must report zero errors.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Validator from '@adobe/structured-data-validator';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, page } from './buildSite.ts';

const SITES = { fixture: inject('fixtureDist'), demo: inject('demoDist') };
const pagesOf = (dist: string): string[] => listFiles(dist).filter((f) => f.endsWith('.html'));

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

describe('W3C Nu HTML Checker', () => {
  it('finds no error on any page of either site', () => {
    const files = Object.values(SITES).flatMap((dist) => pagesOf(dist).map((f) => join(dist, f)));
    const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    // One Java process for every page: starting the checker costs more than checking a page.
    const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.error, 'java must be installed (Debian: default-jre-headless)').toBeUndefined();
    const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    const errors = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${m.url ?? ''}:${m.lastLine ?? ''} ${m.message}`);
    expect(errors).toEqual([]);
    expect(files.length).toBeGreaterThan(20);
  }, 180_000);
});

/** A page's JSON-LD in the shape the validator reads (web-auto-extractor's): items by root type. */
function jsonLdOf(dist: string, file: string): Record<string, Record<string, unknown>[]> {
  const byType: Record<string, Record<string, unknown>[]> = {};
  for (const script of page(dist, file).querySelectorAll('script[type="application/ld+json"]')) {
    const item = JSON.parse(script.textContent ?? '') as Record<string, unknown>;
    const type = String(item['@type']);
    (byType[type] ??= []).push(item);
  }
  return byType;
}

for (const [name, dist] of Object.entries(SITES)) {
  describe(`structured data of the ${name} site`, () => {
    it("passes Google's rich-result rules on every page, and every brief is a rated Review", async () => {
      // Without the schema.org vocabulary file (it would be downloaded) the validator applies
      // Google's rules per type, which are what rich results need.
      const validator = new Validator();
      const issues: string[] = [];
      let reviews = 0;
      for (const file of pagesOf(dist)) {
        const jsonld = jsonLdOf(dist, file);
        reviews += jsonld['Review']?.length ?? 0;
        if (Object.keys(jsonld).length === 0) continue;
        for (const issue of await validator.validate({ jsonld, microdata: {}, rdfa: {} }))
          if (issue.severity === 'ERROR') issues.push(`${file}: ${issue.issueMessage}`);
      }
      expect(issues).toEqual([]);
      expect(reviews).toBe(pagesOf(dist).filter((f) => /^briefs\/(?!\d+\/)[^/]+\/index\.html$/.test(f)).length);
      expect(reviews).toBeGreaterThan(3);
    });
  });
}
