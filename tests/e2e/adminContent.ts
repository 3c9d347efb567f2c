// Content the editor test saves into: a fresh copy of the fixture site's content with the demo's
// model brief and its publisher added, so the repository's own content is never written.
//
//   node tests/e2e/adminContent.ts
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The folder the editor test's dev server edits. */
export const ADMIN_CONTENT = '.test-admin-content';

/** A fresh copy in `out`. */
export function copyAdminContent(out: string = ADMIN_CONTENT): void {
  rmSync(out, { recursive: true, force: true });
  cpSync('tests/fixtures/site/content', out, { recursive: true });
  cpSync('content/briefs/kachin-rare-earths-realpolitik.md', join(out, 'briefs', 'kachin-rare-earths-realpolitik.md'));
  cpSync('content/publishers/stimson-center.yaml', join(out, 'publishers', 'stimson-center.yaml'));
}

if (import.meta.main) copyAdminContent();
