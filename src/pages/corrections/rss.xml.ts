import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { correctionsFeed } from '../../feeds.ts';
import { paths } from '../../urls.ts';

export const GET: APIRoute = async () => {
  const { meta, items } = await correctionsFeed(paths.correctionsRss());
  return rss({
    title: meta.title,
    description: meta.description,
    site: meta.homeUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${meta.language}</language><atom:link href="${meta.feedUrl}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.date,
      description: item.text,
      content: item.html,
    })),
  });
};
