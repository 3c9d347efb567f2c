/**
 * The social cards' words for pages (`og:image:alt`), bound to the site's dictionary once; the
 * cards themselves are drawn after the build by src/integration/socialCards.ts.
 */
import type { CardAltWords } from '../lib/cards/alt.ts';
import { site } from './config.ts';
import { t } from './strings.ts';

/**
 * Whether pages link their social cards: only a build draws them, so under `astro dev` a page
 * links none rather than an image that is not there.
 */
export const cardsDrawn: boolean = site.cards && import.meta.env.PROD;

export const cardAltWords: CardAltWords = {
  card: (vars) => t('card.alt', vars),
  rating: (vars) => t('card.altRating', vars),
};

/** The site card's alternative: the publication's name and description, as the home page's title says them. */
export const siteCardAlt: string = t('site.about', { site: site.title, description: site.description });
