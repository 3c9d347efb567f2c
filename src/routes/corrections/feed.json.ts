import type { APIRoute } from 'astro';
import { correctionsFeed } from '../../render/feeds.ts';
import { amendmentsJsonFeed } from '../../lib/feeds/corrections.ts';
import { paths } from '../../site/urls.ts';

export const GET: APIRoute = async () => {
  const { meta, items } = await correctionsFeed(paths.correctionsJsonFeed());
  return new Response(JSON.stringify(amendmentsJsonFeed(meta, items), null, 2), {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  });
};
