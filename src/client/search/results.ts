/** Search results as DOM, built from text: the only element taken from the index is `<mark>`. */
import { formatLongDate, parseCalendarDate } from '../../lib/calendarDate.ts';
import { say, type SearchText } from '../../lib/searchText.ts';
import { chooseExcerpt, excerptParts } from './excerpt.ts';
import { paths } from '../sitePaths.ts';
import { h } from './dom.ts';
import { meterSummaryElement } from './meter.ts';
import type { PagefindResultData } from './pagefind.ts';

export type HeadingLevel = 'h2' | 'h3';

/** A result's link target: a path on this site, under its base, never anything else. */
function sitePath(url: string): string {
  return paths.contains(url) && !url.startsWith('//') ? url : paths.home();
}

/** An excerpt with its matched words highlighted; everything else is text. */
export function excerptElement(excerpt: string): HTMLParagraphElement {
  const paragraph = h('p', { class: 'search-excerpt' });
  for (const part of excerptParts(excerpt)) paragraph.append(part.marked ? h('mark', {}, part.text) : part.text);
  return paragraph;
}

/**
 * A brief in the results: linked title, date, publisher, summary and, for a word search, the
 * excerpt; beside them its Bias Meter, drawn as on a card.
 */
export function briefResult(
  data: PagefindResultData,
  heading: HeadingLevel,
  withExcerpt: boolean,
  text: SearchText,
): HTMLLIElement {
  const { title, date = '', publisher, summary, meter } = data.meta;
  const day = parseCalendarDate(date);
  const href = sitePath(data.url);
  return h(
    'li',
    { class: 'search-result search-brief' },
    h(
      'div',
      { class: 'search-result-text' },
      h(heading, {}, h('a', { href }, title ?? data.url)),
      h(
        'p',
        { class: 'meta' },
        day ? h('time', { datetime: date }, formatLongDate(day, text.dates)) : null,
        publisher ? `${day ? ' · ' : ''}${say(text, 'search.result.reviews', { publisher })}` : null,
      ),
      summary ? h('p', { class: 'search-summary' }, summary) : null,
      withExcerpt && data.excerpt ? excerptElement(chooseExcerpt(data.url, data.excerpt, data.sub_results)) : null,
    ),
    meterSummaryElement(meter, text),
  );
}

/** Another page in the results (a publisher profile, the methodology): title, kind of page, excerpt. */
export function pageResult(data: PagefindResultData, heading: HeadingLevel): HTMLLIElement {
  const { title, section } = data.meta;
  return h(
    'li',
    { class: 'search-result' },
    h(heading, {}, h('a', { href: sitePath(data.url) }, title ?? data.url)),
    section ? h('p', { class: 'meta' }, section) : null,
    data.excerpt ? excerptElement(data.excerpt) : null,
  );
}
