// The Astro a site installed, for the commands that hand over to it (dev, preview).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The command-line entry of the site's Astro. */
export function astroBin(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  let manifest: string;
  try {
    manifest = require.resolve('astro/package.json');
  } catch {
    throw new Error(`No Astro installed in ${root}: run \`npm install\` there first.`);
  }
  return join(dirname(manifest), 'bin/astro.mjs');
}

/** Runs `astro <command> [...args]` in `root` with the terminal attached; resolves to its exit status. */
export function runAstro(root: string, command: string, args: readonly string[]): Promise<number> {
  const child = spawn(process.execPath, [astroBin(root), command, ...args], { cwd: root, stdio: 'inherit' });
  return new Promise((done) => child.on('close', (status) => done(status ?? 1)));
}
