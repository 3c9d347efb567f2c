/**
 * The corrections feeds (`/corrections/rss.xml`, `/corrections/feed.json`): one item per
 * correction or rating change, newest first. Pure: addresses and labels come in as arguments.
 */
import { toIsoDate } from '../calendarDate.ts';
import { amendmentAnchor, type SiteAmendment } from '../corrections.ts';
import { escapeXml } from '../escape.ts';
import { inlineMarkdown, inlineMarkdownText } from '../inlineMarkdown.ts';
import { ratingLabel } from '../scores.ts';
import { jsonFeedTop, type FeedMeta } from './items.ts';

export interface AmendmentItem {
  /** Absolute URL of the entry on its brief's page; also its stable id. */
  url: string;
  title: string;
  /** The entry as plain text. */
  text: string;
  /** The entry as safe HTML. */
  html: string;
  date: Date;
}

/** The interface strings (src/i18n/en.json) an item's title and text are made of. */
export type AmendmentWordKey = 'feed.correction.title' | 'feed.ratingChange.title' | 'feed.ratingChange.text';

/** What an item needs besides the amendment: its brief's URL, dimension labels and the site's words. */
export interface AmendmentItemContext {
  briefUrl: (id: string, anchor: string) => string;
  dimensionLabels: ReadonlyMap<string, string>;
  /** Looks up an interface string, as `t` from src/strings.ts does. */
  t: (key: AmendmentWordKey, vars: Readonly<Record<string, string>>) => string;
}

/** One feed item per entry of `entries` (already newest first). */
export function amendmentItems<B extends { id: string; data: { title: string } }>(
  entries: readonly SiteAmendment<B>[],
  context: AmendmentItemContext,
): AmendmentItem[] {
  return entries.map(({ brief, amendment }) => {
    const url = context.briefUrl(brief.id, amendmentAnchor(amendment));
    if (amendment.kind === 'correction') {
      return {
        url,
        title: context.t('feed.correction.title', { title: brief.data.title }),
        text: inlineMarkdownText(amendment.text),
        html: `<p>${inlineMarkdown(amendment.text)}</p>`,
        date: amendment.date,
      };
    }
    const label = context.dimensionLabels.get(amendment.dimension) ?? amendment.dimension;
    const change = context.t('feed.ratingChange.text', {
      dimension: label,
      from: ratingLabel(amendment.from),
      to: ratingLabel(amendment.to),
    });
    return {
      url,
      title: context.t('feed.ratingChange.title', { title: brief.data.title }),
      text: `${change} ${inlineMarkdownText(amendment.reason)}`,
      html: `<p>${escapeXml(change)} ${inlineMarkdown(amendment.reason)}</p>`,
      date: amendment.date,
    };
  });
}

/** The corrections as a JSON Feed 1.1 document. */
export function amendmentsJsonFeed(meta: FeedMeta, items: readonly AmendmentItem[]): Record<string, unknown> {
  return {
    ...jsonFeedTop(meta),
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      content_html: item.html,
      content_text: item.text,
      date_published: `${toIsoDate(item.date)}T00:00:00.000Z`,
    })),
  };
}
