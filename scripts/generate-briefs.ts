// `npm run generate-briefs -- --count 1000 --out .bench/content-1000 [--seed 1] [--source content]`:
// writes that many synthetic, valid sample briefs (scripts/lib/generateBriefs.ts) for measuring.
// The same --count and --seed give the same files.
import { parseArgs } from 'node:util';
import { generateBriefs } from './lib/generateBriefs.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    source: { type: 'string', default: 'content' },
  },
});
if (values.count === undefined || values.out === undefined) {
  console.error('Usage: node scripts/generate-briefs.ts --count 1000 --out <folder> [--seed 1] [--source content]');
  process.exit(2);
}
try {
  const result = generateBriefs({
    count: Number(values.count),
    out: values.out,
    seed: Number(values.seed),
    source: values.source,
  });
  console.log(
    `Wrote ${result.briefs} briefs (${result.mdx} MDX, ${result.withCharts} with charts, about ${result.words} words) to ${values.out}`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
