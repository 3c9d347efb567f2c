import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteContent } from '../../content.ts';
import { feedMeta } from '../../feeds.ts';
import { siteAmendments } from '../../lib/corrections.ts';
import { amendmentItems } from '../../lib/feeds/corrections.ts';
import { site } from '../../site.ts';
import { absolute, paths } from '../../urls.ts';

export const GET: APIRoute = async () => {
  const content = await siteContent();
  const meta = feedMeta(
    `${site.title}: corrections and rating changes`,
    `Every correction and rating change ${site.title} has published, newest first.`,
    paths.corrections(),
    paths.correctionsRss(),
  );
  const items = amendmentItems(siteAmendments(content.briefs).slice(0, site.feedSize), {
    briefUrl: (id, anchor) => absolute(paths.amendment(id, anchor)),
    dimensionLabels: new Map(content.dimensions.map((d) => [d.id, d.label])),
  });
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
