// What the social cards step (src/integration/socialCards.ts) draws: written with the pages from the
// same content query, read and removed by the step once Astro has written the site.
import type { APIRoute } from 'astro';
import { siteContent } from '../../content/query.ts';
import { cardManifest } from '../../lib/cards/manifest.ts';

export const GET: APIRoute = async () => {
  const content = await siteContent();
  return new Response(JSON.stringify(cardManifest(content.briefs)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
