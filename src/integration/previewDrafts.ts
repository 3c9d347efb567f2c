import type { AstroIntegration } from 'astro';

/**
 * Decides from the Astro command itself, not from environment variables, whether drafts and future
 * briefs are shown: only `astro dev` shows them, so no stray NODE_ENV or DEV can leak them into a
 * production build.
 */
export function previewDrafts(): AstroIntegration {
  return {
    name: 'assay:preview-drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.ASSAY_SHOW_UNPUBLISHED': JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}
