// `assay init <folder>`: starts a publication: its settings, its content folder with a Bias Meter,
// a publisher and a first brief that pass the check, a README and a deploy workflow. It writes
// configuration and content only, never Assay's own code, so the site upgrades with `npm update`.
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { slugify } from '../lib/slug.ts';

const PACKAGE_ROOT = resolve(import.meta.dirname, '../..');
const TEMPLATE = join(PACKAGE_ROOT, 'template');

interface Manifest {
  name: string;
  version: string;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** Writes a new site into the folder named in `args`; false (with the reason printed) when nothing was written. */
export function init(args: readonly string[]): boolean {
  const [folder, ...extra] = args;
  if (!folder || extra.length > 0) {
    console.error('Usage: assay init <folder>   (the folder must be new or empty)');
    return false;
  }
  const target = resolve(folder);
  if (existsSync(target) && readdirSync(target).length > 0) {
    console.error(
      `${folder} is not empty: assay init writes a new site into a new or empty folder. Nothing was written.`,
    );
    return false;
  }
  const assay = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as Manifest;
  cpSync(TEMPLATE, target, { recursive: true });
  // npm leaves .gitignore files out of a package, so the template carries it without its dot.
  renameSync(join(target, 'gitignore'), join(target, '.gitignore'));
  const manifest = join(target, 'package.json');
  const versions: Record<string, string> = {
    ASSAY_VERSION: `^${assay.version}`,
    ASTRO_VERSION: assay.peerDependencies?.['astro'] ?? '*',
    NODE_VERSION: assay.devDependencies?.['node'] ?? '^24.0.0',
  };
  const text = readFileSync(manifest, 'utf8')
    .replace(/"(ASSAY_VERSION|ASTRO_VERSION|NODE_VERSION)"/g, (_, key: string) => JSON.stringify(versions[key]))
    .replace('"name": "my-briefing"', `"name": ${JSON.stringify(slugify(basename(target)) || 'my-briefing')}`);
  writeFileSync(manifest, text);
  const where = relative(process.cwd(), target) || '.';
  console.log(`A new publication in ${where}. Next:

  cd ${where}
  npm install
  npm run dev       # preview at http://localhost:4321/

Then set the title, language and subjects in astro.config.mjs, and write your first brief with
npm run new -- "Title" --publisher example-institute`);
  return true;
}
