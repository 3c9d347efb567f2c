/**
 * Feed items shaped once from briefs, then written as RSS 2.0 and JSON Feed 1.1. Pure: the
 * rendered HTML comes in as a string.
 */
import { escapeXml } from '../escape.ts';

/** Namespace of the Bias Meter elements in RSS items (documented in docs/feeds.md). */
export const BIAS_METER_NAMESPACE = 'urn:assay:bias-meter:1';

export interface FeedRating {
  dimension: string;
  label: string;
  rating: string;
  /** 1-based position on the scale, 1 being the best. */
  position: number;
  scaleLength: number;
  note: string | undefined;
}

export interface FeedEntry {
  /** Absolute URL of the brief; also its stable id. */
  url: string;
  title: string;
  summary: string;
  /** The full brief as sanitised HTML with absolute links. */
  html: string;
  published: Date;
  modified: Date | undefined;
  /** Topic labels. */
  tags: string[];
  /** Authors of the reviewed work. */
  reviewAuthors: string[];
  biasMeter: { overall: string; ratings: FeedRating[] };
}

export interface FeedMeta {
  title: string;
  description: string;
  /** Absolute URL of the page this feed follows. */
  homeUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  language: string;
  /** Absolute URL of the methodology page, which explains the Bias Meter. */
  methodologyUrl: string;
}

/**
 * An item's last change (a correction, a rating change or `updated`) as Atom's `updated` element,
 * which RSS 2.0 lacks; the guid stays the brief's URL, so readers do not show it as a new item.
 */
export function rssUpdated(modified: Date | undefined): string {
  return modified ? `<atom:updated>${modified.toISOString()}</atom:updated>` : '';
}

/** The Bias Meter as XML elements for an RSS item, every value escaped. */
export function rssBiasMeter(biasMeter: FeedEntry['biasMeter']): string {
  const ratings = biasMeter.ratings
    .map(
      (r) =>
        `<assay:rating dimension="${escapeXml(r.dimension)}" label="${escapeXml(r.label)}" position="${r.position}" scale-length="${r.scaleLength}"${
          r.note ? ` note="${escapeXml(r.note)}"` : ''
        }>${escapeXml(r.rating)}</assay:rating>`,
    )
    .join('');
  return `<assay:biasMeter><assay:overall>${escapeXml(biasMeter.overall)}</assay:overall>${ratings}</assay:biasMeter>`;
}

/** The top-level fields of a JSON Feed 1.1 document: everything but its items. */
export function jsonFeedTop(meta: FeedMeta): Record<string, string> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: meta.homeUrl,
    feed_url: meta.feedUrl,
    description: meta.description,
    language: meta.language,
  };
}

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/), with the Bias Meter in `_bias_meter`. */
export function jsonFeed(meta: FeedMeta, entries: readonly FeedEntry[]): Record<string, unknown> {
  return {
    ...jsonFeedTop(meta),
    items: entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      content_html: entry.html,
      summary: entry.summary,
      date_published: entry.published.toISOString(),
      ...(entry.modified ? { date_modified: entry.modified.toISOString() } : {}),
      tags: entry.tags,
      authors: entry.reviewAuthors.map((name) => ({ name })),
      _bias_meter: {
        about: meta.methodologyUrl,
        overall: entry.biasMeter.overall,
        dimensions: entry.biasMeter.ratings.map((r) => ({
          id: r.dimension,
          label: r.label,
          rating: r.rating,
          position: r.position,
          scale_length: r.scaleLength,
          ...(r.note ? { note: r.note } : {}),
        })),
      },
    })),
  };
}
