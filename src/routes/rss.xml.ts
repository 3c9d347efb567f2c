import type { APIRoute } from 'astro';
import { siteContent } from '../content/query.ts';
import { feedMeta, rssResponse } from '../render/feeds.ts';
import { site } from '../site/config.ts';
import { paths } from '../site/urls.ts';

export const GET: APIRoute = async () => {
  const content = await siteContent();
  return rssResponse(feedMeta(site.title, site.description, paths.home(), paths.rss()), content.briefs);
};
