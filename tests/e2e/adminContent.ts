// Content the editor test saves into: a fresh copy of the fixture site's content with the demo's
// model brief and its publisher added, so the repository's own content is never written.
//
//   node tests/e2e/adminContent.ts <content folder>
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) throw new Error('usage: node tests/e2e/adminContent.ts <content folder>');
rmSync(out, { recursive: true, force: true });
cpSync('tests/fixtures/site/content', out, { recursive: true });
cpSync('content/briefs/kachin-rare-earths-realpolitik.md', join(out, 'briefs', 'kachin-rare-earths-realpolitik.md'));
cpSync('content/publishers/stimson-center.yaml', join(out, 'publishers', 'stimson-center.yaml'));
