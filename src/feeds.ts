/**
 * Feed entries for RSS, JSON Feed and the per-subject feeds. Each brief is rendered to HTML once
 * per build, however many feeds it appears in.
 */
import rss from '@astrojs/rss';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import FeedBrief from './components/feed/FeedBrief.astro';
import type { Brief } from './content.ts';
import { lastModified } from './lib/corrections.ts';
import { feedHtml } from './lib/feeds/html.ts';
import { BIAS_METER_NAMESPACE, rssBiasMeter, rssUpdated, type FeedEntry, type FeedMeta } from './lib/feeds/items.ts';
import { termLabel } from './lib/taxonomy.ts';
import { site } from './site.ts';
import { absolute, paths } from './urls.ts';

const rendered = new Map<string, Promise<FeedEntry>>();
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

/** An RSS 2.0 response with full content, categories and the Bias Meter in each item. */
export async function rssResponse(meta: FeedMeta, briefs: readonly Brief[]): Promise<Response> {
  const entries = await feedEntries(briefs);
  return rss({
    title: meta.title,
    description: meta.description,
    site: meta.homeUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', assay: BIAS_METER_NAMESPACE },
    customData: `<language>${meta.language}</language><atom:link href="${meta.feedUrl}" rel="self" type="application/rss+xml"/>`,
    items: entries.map((entry) => ({
      title: entry.title,
      link: entry.url,
      pubDate: entry.published,
      description: entry.summary,
      content: entry.html,
      categories: entry.tags,
      customData: rssUpdated(entry.modified) + rssBiasMeter(entry.biasMeter),
    })),
  });
}
