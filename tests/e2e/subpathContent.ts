// Content for the sub-path deploy test: the demo briefs plus generated ones, enough that the
// archive and the larger subjects run to several pages, so their page links are followed too.
//
//   node tests/e2e/subpathContent.ts <content folder>
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateBriefs } from '../../scripts/lib/generateBriefs.ts';

const out = process.argv[2];
if (!out) throw new Error('usage: node tests/e2e/subpathContent.ts <content folder>');
// Publishers, the Bias Meter and data sets come from the demo content, so its briefs fit in.
generateBriefs({ count: 45, out, seed: 3 });
for (const name of readdirSync('content/briefs')) cpSync(join('content/briefs', name), join(out, 'briefs', name));
