import type { APIRoute } from 'astro';
import { absolute, paths } from '../site/urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: ${paths.home()}\n\nSitemap: ${absolute(paths.sitemapIndex())}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
