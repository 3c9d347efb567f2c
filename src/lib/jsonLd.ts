/** schema.org structured data for a brief: a Review of the reviewed work. */
import { toIsoDate } from './calendarDate.ts';

const WORK_TYPES: Record<string, string> = {
  report: 'Report',
  paper: 'ScholarlyArticle',
  article: 'Article',
  book: 'Book',
  dataset: 'Dataset',
};

export interface ReviewLdInput {
  url: string;
  title: string;
  summary: string;
  date: Date;
  updated: Date | undefined;
  topics: string[];
  overall: string;
  review: { title: string; authors: string[]; url: string; date: Date; kind: string };
  publisher: { name: string; url: string };
  site: { title: string; url: string };
}

/** A schema.org `Review` of the reviewed work, whose publisher is an `Organization`. */
export function reviewJsonLd(input: ReviewLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Review',
    '@id': `${input.url}#review`,
    url: input.url,
    name: input.title,
    headline: input.title,
    description: input.summary,
    datePublished: toIsoDate(input.date),
    ...(input.updated ? { dateModified: toIsoDate(input.updated) } : {}),
    keywords: input.topics.join(', '),
    reviewBody: input.summary,
    reviewRating: { '@type': 'Rating', ratingExplanation: input.overall, name: input.overall },
    author: { '@type': 'Organization', name: input.site.title, url: input.site.url },
    publisher: { '@type': 'Organization', name: input.site.title, url: input.site.url },
    itemReviewed: {
      '@type': WORK_TYPES[input.review.kind] ?? 'CreativeWork',
      name: input.review.title,
      url: input.review.url,
      datePublished: toIsoDate(input.review.date),
      author: input.review.authors.map((name) => ({ '@type': 'Person', name })),
      publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    },
  };
}
