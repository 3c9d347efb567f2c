import type { APIRoute } from 'astro';
import { siteContent } from '../content.ts';
import { feedMeta, rssResponse } from '../feeds.ts';
import { site } from '../site.ts';
import { paths } from '../urls.ts';

export const GET: APIRoute = async () => {
  const content = await siteContent();
  return rssResponse(feedMeta(site.title, site.description, paths.home(), paths.rss()), content.briefs);
};
