#!/usr/bin/env node
/* global process, console */
// The `assay` command. Plain JavaScript so that any Node runs it far enough to say which it needs;
// the commands themselves are TypeScript, loaded through jiti because Node does not strip the
// types of files under node_modules, where a site installs Assay.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`assay needs Node.js 22.12 or later (Astro 7's floor); this is Node.js ${process.versions.node}.`);
  console.error('A site made by `assay init` brings Node 24 itself: run its npm scripts (npm run build) instead.');
  process.exit(1);
}
const { createJiti } = await import('jiti');
const jiti = createJiti(import.meta.url);
const { main } = await jiti.import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
