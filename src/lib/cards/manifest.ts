/**
 * What the social cards step draws, as the pages' build hands it over (`og/cards.json`): each
 * published brief's title, verdict and meter rows, in the words its page shows.
 */
import { meterReading, type MeterRating, type MeterRow } from '../meter.ts';

export interface CardManifestBrief {
  slug: string;
  title: string;
  verdict: string;
  rows: Pick<MeterRow, 'label' | 'rating' | 'index' | 'steps'>[];
}

export interface CardManifest {
  briefs: CardManifestBrief[];
}

/** The manifest of the site's published briefs. */
export function cardManifest(
  briefs: readonly {
    id: string;
    data: { title: string; biasMeter: { overall: string } };
    ratings: readonly MeterRating[];
  }[],
): CardManifest {
  return {
    briefs: briefs.map((brief) => {
      const reading = meterReading(brief.data.biasMeter.overall, brief.ratings);
      return {
        slug: brief.id,
        title: brief.data.title,
        verdict: reading.overall,
        rows: reading.rows.map(({ label, rating, index, steps }) => ({ label, rating, index, steps })),
      };
    }),
  };
}
