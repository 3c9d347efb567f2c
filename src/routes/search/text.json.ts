import type { APIRoute } from 'astro';
import { siteSearchText } from '../../site/searchText.ts';

/**
 * The search dialog's words, fetched with the dialog's code the first time a reader opens search
 * on a page other than /search/ (which carries them in the page).
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(siteSearchText), { headers: { 'content-type': 'application/json; charset=utf-8' } });
