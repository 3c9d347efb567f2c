// `assay <command>`: what a publication runs. Each command works on the site in the current folder.
// A command's module is loaded only when it runs: `assay build` waits beside Pagefind, the build's
// largest step, and loading Astro and the check there for nothing held 120 MB more (177 MB
// resident against 56 MB).

const USAGE = `Usage: assay <command>

  init <folder>   start a publication in a new folder: settings, a first brief, a deploy workflow
  dev             preview the site with live reload, drafts and scheduled briefs included
  check           check every brief, publisher, data file and the Bias Meter; list every problem
  new "Title" --publisher <id> [--<subject> a,b] [--mdx]
                  write a new brief with every field, as a draft
  build           check, build into dist.staging/, index for search, then replace dist/
  preview         serve the last build

Options after dev and preview go to Astro (e.g. assay dev --port 4000).`;

/** Runs one command; resolves to the process's exit status. */
export async function main(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args;
  const root = process.cwd();
  try {
    switch (command) {
      case 'init': {
        const { init } = await import('./init.ts');
        return init(rest) ? 0 : 1;
      }
      case 'dev':
      case 'preview': {
        const { runAstro } = await import('./astro.ts');
        return await runAstro(root, command, rest);
      }
      case 'check': {
        const { check } = await import('./check.ts');
        return (await check(root)) ? 0 : 1;
      }
      case 'new': {
        const { newBrief } = await import('./new.ts');
        return (await newBrief(root, rest)) ? 0 : 1;
      }
      case 'build': {
        const { build } = await import('./build.ts');
        return (await build(root)) ? 0 : 1;
      }
      // The Astro step of `assay build`, in a process of its own.
      case 'build-pages': {
        const { buildPages } = await import('./buildPages.ts');
        return rest[0] && (await buildPages(root, rest[0])) ? 0 : 1;
      }
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        console.log(USAGE);
        return command === undefined ? 1 : 0;
      default:
        console.error(`assay: unknown command "${command}".\n\n${USAGE}`);
        return 1;
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
