// The Starlight project `npm run bench` builds beside Assay: the peer a user would pick for a
// searchable Markdown site. Starlight is installed into .bench/starlight from the npm registry, not
// as a project dependency; its pages come from the same generated briefs, converted to the
// docs-style frontmatter Starlight expects.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** The Starlight release measured (the 0.42 line, for Astro 7) and the Astro it runs on. */
const PACKAGE = {
  name: 'assay-bench-starlight',
  private: true,
  type: 'module',
  dependencies: { '@astrojs/starlight': '0.42.4', astro: '7.3.5' },
};

/**
 * A brief as a Starlight page: only `title` and `description` (the brief's summary) in the
 * frontmatter, the body unchanged; an MDX brief also imports the empty Chart component its
 * `<Chart id>` tags need, as the bare project passes it.
 */
export function toStarlightPage(source: string, mdx: boolean, file = 'brief'): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: expected YAML frontmatter between --- lines, found none`);
  const data = parse(match[1]!) as { title?: unknown; summary?: unknown };
  if (typeof data.title !== 'string') throw new Error(`${file}: title: expected text, found ${typeof data.title}`);
  const frontmatter = stringify({
    title: data.title,
    description: typeof data.summary === 'string' ? data.summary : '',
  });
  const chartImport = mdx ? "import Chart from '../../../components/Chart.astro';\n\n" : '';
  return `---\n${frontmatter}---\n\n${chartImport}${match[2]}`;
}

/** Writes the project files (package.json, config, content collection) unless present. */
export function writeStarlightProject(dir: string): void {
  mkdirSync(join(dir, 'src/components'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(PACKAGE, null, 2)}\n`);
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';\nexport default { integrations: [starlight({ title: 'Bench', sidebar: [] })] };\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  writeFileSync(join(dir, 'src/components/Chart.astro'), '---\n---\n');
}

/** Replaces the project's pages with the briefs of `contentDir`, and clears its caches and output for a cold build. */
export function writeStarlightContent(dir: string, contentDir: string): void {
  const out = join(dir, 'src/content/docs/briefs');
  for (const stale of ['src/content/docs', 'dist', '.astro', 'node_modules/.astro']) {
    rmSync(join(dir, stale), { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
  const briefs = join(contentDir, 'briefs');
  if (!existsSync(briefs)) throw new Error(`${briefs}: expected a folder of briefs, found nothing`);
  for (const name of readdirSync(briefs)) {
    if (!/\.mdx?$/.test(name)) continue;
    const file = join(briefs, name);
    writeFileSync(join(out, name), toStarlightPage(readFileSync(file, 'utf8'), name.endsWith('.mdx'), file));
  }
}
