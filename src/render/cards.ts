/**
 * Brief cards as HTML, each rendered once per build. A brief's card is listed on a dozen pages (the
 * archive, each of its subjects, its publisher, the related briefs of other briefs), and rendering
 * its meter strips again on each was a large part of building the listing pages
 * (docs/performance.md). Listings differ only in the level of the card's title, so the card is
 * rendered once with an h3 title and the h2 card is made from that markup. In `astro dev` content
 * changes while the server runs, so there every card is rendered afresh.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import BriefCard from '../components/BriefCard.astro';
import type { Brief } from '../content/query.ts';
import { showUnpublished } from '../env.ts';
import { withHeadingLevel, type HeadingLevel } from '../lib/cardHeading.ts';

/** The level each card is rendered at; the other is made from it. */
const RENDERED_LEVEL: HeadingLevel = 'h3';

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

async function render(brief: Brief, headingLevel: HeadingLevel): Promise<string> {
  container ??= AstroContainer.create();
  return (await container).renderToString(BriefCard, { props: { brief, headingLevel } });
}

/** The markup of `brief`'s card (components/BriefCard.astro) with its title at `headingLevel`. */
export function briefCardHtml(brief: Brief, headingLevel: HeadingLevel): Promise<string> {
  if (showUnpublished()) return render(brief, headingLevel);
  const key = `${headingLevel}:${brief.id}`;
  let html = rendered.get(key);
  if (!html) {
    html =
      headingLevel === RENDERED_LEVEL
        ? render(brief, headingLevel)
        : briefCardHtml(brief, RENDERED_LEVEL).then((card) => withHeadingLevel(card, RENDERED_LEVEL, headingLevel));
    rendered.set(key, html);
  }
  return html;
}
