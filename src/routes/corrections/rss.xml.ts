import type { APIRoute } from 'astro';
import { correctionsFeed } from '../../render/feeds.ts';
import { rssItemXml, rssXml } from '../../lib/feeds/rss.ts';
import { paths } from '../../site/urls.ts';

export const GET: APIRoute = async () => {
  const { meta, items } = await correctionsFeed(paths.correctionsRss());
  const xml = rssXml(
    meta,
    items.map((item) =>
      rssItemXml({ title: item.title, link: item.url, pubDate: item.date, description: item.text, content: item.html }),
    ),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
