/**
 * Feed entries for RSS, JSON Feed and the per-subject feeds. Each brief is rendered to HTML once
 * per build, and written as an RSS item once, however many feeds it appears in.
 */
import { getRssString, type RSSFeedItem, type RSSOptions } from '@astrojs/rss';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import FeedBrief from './components/feed/FeedBrief.astro';
import { siteContent, type Brief } from './content.ts';
import { lastModified, siteAmendments } from './lib/corrections.ts';
import { amendmentItems, type AmendmentItem } from './lib/feeds/corrections.ts';
import { feedHtml } from './lib/feeds/html.ts';
import { BIAS_METER_NAMESPACE, rssBiasMeter, rssUpdated, type FeedEntry, type FeedMeta } from './lib/feeds/items.ts';
import { termLabel } from './lib/taxonomy.ts';
import { site } from './site.ts';
import { absolute, paths } from './urls.ts';

const rendered = new Map<string, Promise<FeedEntry>>();
const rssItems = new Map<string, Promise<string>>();
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
    tags: data.topics.map((slug) => termLabel('topics', slug)),
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
    `${site.title}: corrections and rating changes`,
    `Every correction and rating change ${site.title} has published, newest first.`,
    paths.corrections(),
    feedPath,
  );
  const items = amendmentItems(siteAmendments(content.briefs).slice(0, site.feedSize), {
    briefUrl: (id, anchor) => absolute(paths.amendment(id, anchor)),
    dimensionLabels: new Map(content.dimensions.map((d) => [d.id, d.label])),
  });
  return { meta, items };
}

/** The channel of an RSS feed: everything but its items. */
function rssChannel(meta: FeedMeta, items: RSSFeedItem[]): RSSOptions {
  return {
    title: meta.title,
    description: meta.description,
    site: meta.homeUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', assay: BIAS_METER_NAMESPACE },
    customData: `<language>${meta.language}</language><atom:link href="${meta.feedUrl}" rel="self" type="application/rss+xml"/>`,
    items,
  };
}

function rssItem(entry: FeedEntry): RSSFeedItem {
  return {
    title: entry.title,
    link: entry.url,
    pubDate: entry.published,
    description: entry.summary,
    content: entry.html,
    categories: entry.tags,
    customData: rssUpdated(entry.modified) + rssBiasMeter(entry.biasMeter),
  };
}

/** The `<item>` element of a feed that has exactly one item. */
function onlyItem(xml: string): string {
  return xml.slice(xml.indexOf('<item>'), xml.lastIndexOf('</item>') + '</item>'.length);
}

/**
 * One brief's `<item>`, written by @astrojs/rss once per build. An item's XML does not depend on
 * the feed it is in (its links are absolute), and a brief is in up to a dozen feeds: writing each
 * item once saves most of the feeds' XML work (docs/performance.md).
 */
function rssItemXml(meta: FeedMeta, entry: FeedEntry): Promise<string> {
  let xml = rssItems.get(entry.url);
  if (!xml) rssItems.set(entry.url, (xml = getRssString(rssChannel(meta, [rssItem(entry)])).then(onlyItem)));
  return xml;
}

/** An RSS 2.0 response with full content, categories and the Bias Meter in each item. */
export async function rssResponse(meta: FeedMeta, briefs: readonly Brief[]): Promise<Response> {
  const entries = await feedEntries(briefs);
  const items = await Promise.all(entries.map((entry) => rssItemXml(meta, entry)));
  // The channel is written by @astrojs/rss around one stand-in item (so it declares the content
  // namespace, as for any feed with full content), which the briefs' items then replace.
  const standIn = '<item><title>-</title><content:encoded>-</content:encoded></item>';
  const channel = await getRssString(rssChannel(meta, items.length > 0 ? [{ title: '-', content: '-' }] : []));
  const at = channel.indexOf(standIn);
  if (items.length > 0 && at < 0)
    throw new Error(`RSS: the channel of ${meta.feedUrl} has no stand-in item to replace`);
  const xml = items.length > 0 ? channel.slice(0, at) + items.join('') + channel.slice(at + standIn.length) : channel;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
}
