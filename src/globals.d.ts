// Types for the whole project: Astro.locals, the ASSAY_SHOW_UNPUBLISHED constant and .astro modules.
// Not named env.d.ts: TypeScript would take that for the declarations of src/env.ts and ignore it.
declare namespace App {
  interface Locals {
    /** The charts of the brief being rendered, for <Chart id> inside MDX. */
    briefCharts?: import('./lib/charts/resolve.ts').ResolvedChart[];
    /** The file of the brief being rendered, for messages about its inline charts. */
    briefFile?: string;
  }
}

interface ImportMetaEnv {
  /** True only under `astro dev`: drafts and future briefs are previewed there. */
  readonly ASSAY_SHOW_UNPUBLISHED: boolean;
}

// Plain `tsc` cannot read .astro files, so it sees them as components of this type; `astro check`
// type-checks the real files and every import of them.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
