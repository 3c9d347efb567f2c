/**
 * What the page at /admin/ hands its script: Decap's configuration, where Decap's bundle is, and what
 * the content check needs to run in the browser on what an editor is about to save. Written into
 * the page as JSON at build time (src/routes/admin.astro) and read by src/client/admin/.
 */
import type { ExtraFieldSpec } from '../../schemas/brief.ts';
import type { Dimension } from '../../schemas/biasMeter.ts';
import type { DataSet } from '../charts/dataSets.ts';
import type { TaxonomySettings } from '../taxonomy.ts';
import type { AdminBackend, CmsConfig } from './cmsConfig.ts';

export interface AdminPayload {
  config: CmsConfig;
  /** Decap's bundle, served from the site (copied from node_modules by the build). */
  decapScript: string;
  /** `npm run dev` only: the path of the local backend that reads and writes the working copy. */
  localApi?: string | undefined;
  check: {
    contentDir: string;
    taxonomies: TaxonomySettings[];
    fields: Record<string, ExtraFieldSpec>;
    publisherIds: string[];
    dimensions: Dimension[];
    dataSets: [string, DataSet][];
  };
  words: {
    heading: string;
    passes: string;
    refused: string;
    /** The names of Decap's controls that have none (src/client/admin/a11y.ts). */
    body: string;
    toggle: string;
    remove: string;
    reorder: string;
  };
}

/** The origins the editor talks to for a backend: its CSP's connect-src besides the site itself. */
export function backendOrigins(backend: AdminBackend): string[] {
  const origins = [backend.apiRoot, backend.baseUrl].flatMap((url) => (url ? [new URL(url).origin] : []));
  if (backend.name === 'github' && !backend.apiRoot) origins.push('https://api.github.com');
  if (backend.name === 'gitlab' && !backend.apiRoot && !backend.baseUrl) origins.push('https://gitlab.com');
  return [...new Set(origins)];
}
