import type { APIRoute } from 'astro';
import { siteContent } from '../../content.ts';
import { feedMeta } from '../../feeds.ts';
import { siteAmendments } from '../../lib/corrections.ts';
import { amendmentItems, amendmentsJsonFeed } from '../../lib/feeds/corrections.ts';
import { site } from '../../site.ts';
import { absolute, paths } from '../../urls.ts';

export const GET: APIRoute = async () => {
  const content = await siteContent();
  const meta = feedMeta(
    `${site.title}: corrections and rating changes`,
    `Every correction and rating change ${site.title} has published, newest first.`,
    paths.corrections(),
    paths.correctionsJsonFeed(),
  );
  const items = amendmentItems(siteAmendments(content.briefs).slice(0, site.feedSize), {
    briefUrl: (id, anchor) => absolute(paths.amendment(id, anchor)),
    dimensionLabels: new Map(content.dimensions.map((d) => [d.id, d.label])),
  });
  return new Response(JSON.stringify(amendmentsJsonFeed(meta, items), null, 2), {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  });
};
