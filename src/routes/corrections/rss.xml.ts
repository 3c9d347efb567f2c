import type { APIRoute } from 'astro';
import { correctionsFeed } from '../../feeds.ts';
import { rssItemXml, rssXml } from '../../lib/feeds/rss.ts';
import { paths } from '../../urls.ts';

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
