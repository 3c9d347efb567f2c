import type { APIRoute } from 'astro';
import { siteContent } from '../content/query.ts';
import { feedEntries, feedMeta } from '../render/feeds.ts';
import { jsonFeed } from '../lib/feeds/items.ts';
import { site } from '../site/config.ts';
import { paths } from '../site/urls.ts';

export const GET: APIRoute = async () => {
  const content = await siteContent();
  const feed = jsonFeed(
    feedMeta(site.title, site.description, paths.home(), paths.jsonFeed()),
    await feedEntries(content.briefs),
  );
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  });
};
