// The content checks' unit tests edit the fixture's alpha-one.md (dated 2025-01-10, publisher
// alpha, source-bias rated minimal) in memory and run the whole content check on the result, so
// each problem reads as an editor sees it: file and line, field, expected, found.
import { readContentSources } from '../../../src/content/sources.ts';
import { formatProblem } from '../../../src/lib/check/problems.ts';
import { validateContent, type ContentSources } from '../../../src/lib/check/validateContent.ts';
import { ROOT } from '../../build/buildSite.ts';
import { demoSite as site } from '../demoSite.ts';

export const FIXTURE = 'tests/fixtures/site/content';
export const ALPHA = `${FIXTURE}/briefs/alpha-one.md`;
export const NOW = new Date('2026-06-01T12:00:00Z');

/** The fixture with `yaml` added to alpha-one's frontmatter before `sources:`, after `edit`. */
export function withAlpha(yaml: string, edit: (text: string) => string = (text) => text): ContentSources {
  const base = readContentSources(ROOT, FIXTURE);
  return {
    ...base,
    briefs: base.briefs.map((b) =>
      b.file === ALPHA
        ? {
            ...b,
            bytes: new TextEncoder().encode(
              edit(new TextDecoder().decode(b.bytes)).replace('sources:', `${yaml}sources:`),
            ),
          }
        : b,
    ),
  };
}

/** The check's errors on `content`, as `npm run check` prints them. */
export function errorsOf(content: ContentSources): string[] {
  return validateContent(content, site, NOW)
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);
}
