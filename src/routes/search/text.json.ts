import type { APIRoute } from 'astro';
import { siteContent } from '../../content/query.ts';
import { siteSearchText } from '../../site/searchText.ts';

/**
 * The search dialog's words, fetched with the dialog's code the first time a reader opens search
 * on a page other than /search/ (which carries them in the page).
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(siteSearchText((await siteContent()).dimensions)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
