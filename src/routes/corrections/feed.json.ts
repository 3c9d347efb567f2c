import type { APIRoute } from 'astro';
import { correctionsFeed } from '../../feeds.ts';
import { amendmentsJsonFeed } from '../../lib/feeds/corrections.ts';
import { paths } from '../../urls.ts';

export const GET: APIRoute = async () => {
  const { meta, items } = await correctionsFeed(paths.correctionsJsonFeed());
  return new Response(JSON.stringify(amendmentsJsonFeed(meta, items), null, 2), {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  });
};
