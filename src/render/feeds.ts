/**
 * Feed entries for RSS, JSON Feed and the per-subject feeds. Each brief is rendered to HTML once
 * per build, and written as an RSS item once, however many feeds it appears in.
 */
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import FeedBrief from '../components/feed/FeedBrief.astro';
import { siteContent, type Brief, type SiteContent } from '../content/query.ts';
import { lastModified, siteAmendments } from '../lib/corrections.ts';
import { amendmentItems, type AmendmentItem } from '../lib/feeds/corrections.ts';
import { feedHtml } from '../lib/feeds/html.ts';
import { rssItemXml, rssXml, type RssItem } from '../lib/feeds/rss.ts';
import { BIAS_METER_NAMESPACE, rssBiasMeter, rssUpdated, type FeedEntry, type FeedMeta } from '../lib/feeds/items.ts';
import { primaryLabels } from '../site/taxonomies.ts';
import { site } from '../site/config.ts';
import { t } from '../site/strings.ts';
import { absolute, paths } from '../site/urls.ts';

const rendered = new Map<string, Promise<FeedEntry>>();
const rssItems = new Map<string, string>();
let container: Promise<AstroContainer> | undefined;

async function toEntry(brief: Brief): Promise<FeedEntry> {
  container ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const url = absolute(paths.brief(brief.id));
  const html = await (
    await container
  ).renderToString(FeedBrief, {
    props: { brief },
    locals: { briefCharts: brief.charts },
  });
  const { data } = brief;
  return {
    url,
    title: data.title,
    summary: data.summary,
    html: feedHtml(html, url),
    published: data.date,
    modified: lastModified(data),
    tags: primaryLabels(brief),
    reviewAuthors: data.review.authors,
    biasMeter: {
      overall: data.biasMeter.overall,
      ratings: brief.ratings.map(({ dimension, rating, position, note }) => ({
        dimension: dimension.id,
        label: dimension.label,
        rating,
        position,
        scaleLength: dimension.scale.length,
        note,
      })),
    },
  };
}

/** Feed entries for the newest `site.feedSize` of `briefs` (already newest first). */
export function feedEntries(briefs: readonly Brief[]): Promise<FeedEntry[]> {
  return Promise.all(
    briefs.slice(0, site.feedSize).map((brief) => {
      let entry = rendered.get(brief.id);
      if (!entry) rendered.set(brief.id, (entry = toEntry(brief)));
      return entry;
    }),
  );
}

/**
 * What a feed of `briefs` (newest first) shows, as its route's props: the newest `site.feedSize`,
 * and every publisher's name, since a reply may speak for any publisher. The route's cache key is
 * made from these props, so it changes whenever one of them does (src/content/pageKeys.ts).
 */
export function feedShows(
  briefs: readonly Brief[],
  content: Pick<SiteContent, 'publisherNames'>,
): { briefs: Brief[]; publisherNames: ReadonlyMap<string, string> } {
  return { briefs: briefs.slice(0, site.feedSize), publisherNames: content.publisherNames };
}

/** Feed metadata for a page at `path` whose feed lives at `feedPath` (both from src/urls.ts). */
export function feedMeta(title: string, description: string, path: string, feedPath: string): FeedMeta {
  return {
    title,
    description,
    homeUrl: absolute(path),
    feedUrl: absolute(feedPath),
    language: site.language,
    methodologyUrl: absolute(paths.methodology()),
  };
}

/** What the /corrections/ feeds carry: their metadata (with the feed at `feedPath`) and the newest amendments. */
export async function correctionsFeed(feedPath: string): Promise<{ meta: FeedMeta; items: AmendmentItem[] }> {
  const content = await siteContent();
  const meta = feedMeta(
    t('feed.corrections.title', { site: site.title }),
    t('feed.corrections.description', { site: site.title }),
    paths.corrections(),
    feedPath,
  );
  const items = amendmentItems(siteAmendments(content.briefs).slice(0, site.feedSize), {
    briefUrl: (id, anchor) => absolute(paths.amendment(id, anchor)),
    dimensionLabels: new Map(content.dimensions.map((d) => [d.id, d.label])),
    t,
  });
  return { meta, items };
}

function rssItem(entry: FeedEntry): RssItem {
  return {
    title: entry.title,
    link: entry.url,
    pubDate: entry.published,
    description: entry.summary,
    content: entry.html,
    categories: entry.tags,
    extensions: rssUpdated(entry.modified) + rssBiasMeter(entry.biasMeter),
  };
}

/**
 * One brief's `<item>`, written once per build. An item's XML does not depend on the feed it is in
 * (its links are absolute), and a brief is in up to a dozen feeds.
 */
function briefRssItem(entry: FeedEntry): string {
  let xml = rssItems.get(entry.url);
  if (xml === undefined) rssItems.set(entry.url, (xml = rssItemXml(rssItem(entry))));
  return xml;
}

/** An RSS 2.0 response with full content, categories and the Bias Meter in each item. */
export async function rssResponse(meta: FeedMeta, briefs: readonly Brief[]): Promise<Response> {
  const entries = await feedEntries(briefs);
  const xml = rssXml(meta, entries.map(briefRssItem), { assay: BIAS_METER_NAMESPACE });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
}
