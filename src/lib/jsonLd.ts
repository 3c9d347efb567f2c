/** schema.org structured data for a brief: a Review of the reviewed work. */
import { toIsoDate } from './calendarDate.ts';
import { inlineMarkdownText } from './inlineMarkdown.ts';
import { averageScore, ratingScore } from './scores.ts';

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
  /** Labels of the brief's terms of the site's first subject (the demo's topics). */
  keywords: string[];
  overall: string;
  /** The brief's ratings in dimension order, each with its 1-based position on the scale. */
  ratings: readonly { dimension: { label: string; scale: readonly string[] }; rating: string; position: number }[];
  corrections: readonly { date: Date; text: string }[];
  /** The right of reply, oldest first; `publisher` resolved to its name and site when the reply speaks for one. */
  replies?: readonly ReplyLd[] | undefined;
  review: { title: string; authors: string[]; url: string; date: Date; kind: string };
  publisher: { name: string; url: string };
  site: { title: string; url: string };
  /** BCP 47 tag of the brief's language: the site's. */
  language: string;
  /** The absolute URL of the brief's social card, when the site has cards. */
  image?: string | undefined;
}

/** A reply as the structured data needs it. */
export interface ReplyLd {
  date: Date;
  text: string;
  url?: string | undefined;
  answer?: string | undefined;
  name?: string | undefined;
  role?: string | undefined;
  publisher?: { name: string; url: string } | undefined;
}

/** Who speaks in a reply: the named person (with their role and organisation), or the organisation. */
function replyAuthorLd(reply: ReplyLd): Record<string, unknown> {
  const organization = reply.publisher && {
    '@type': 'Organization',
    name: reply.publisher.name,
    url: reply.publisher.url,
  };
  if (reply.name === undefined) return organization ?? {};
  return {
    '@type': 'Person',
    name: reply.name,
    ...(reply.role ? { jobTitle: reply.role } : {}),
    ...(organization ? { affiliation: organization } : {}),
  };
}

/**
 * Each reply as a `Comment` on the review (schema.org's `comment` of a CreativeWork), and the
 * editors' answer as a `Comment` on that reply, written by the site.
 */
function replyComments(input: ReviewLdInput): Record<string, unknown>[] {
  return (input.replies ?? []).map((reply, i) => {
    const id = `${input.url}#reply-${i + 1}`;
    return {
      '@type': 'Comment',
      '@id': id,
      url: reply.url ?? id,
      text: inlineMarkdownText(reply.text),
      datePublished: toIsoDate(reply.date),
      author: replyAuthorLd(reply),
      ...(reply.answer
        ? {
            comment: {
              '@type': 'Comment',
              text: inlineMarkdownText(reply.answer),
              author: { '@type': 'Organization', name: input.site.title, url: input.site.url },
            },
          }
        : {}),
    };
  });
}

/**
 * The overall verdict as a `Rating`: its text, and as `ratingValue` the site's score turned so that
 * higher is better, as schema.org and Google read ratings (`worstRating` ≤ value ≤ `bestRating`).
 * The site's score is the average over the dimensions of position / (scale length − 1), 0 at the
 * best end and 1 at the worst; here it is (1 − score) × 100, rounded: 100 best, 0 worst.
 */
function overallRating(input: ReviewLdInput): Record<string, unknown> {
  const scores = input.ratings
    .map((r) => ratingScore(r.dimension, r.rating))
    .filter((s): s is number => s !== undefined);
  const score = averageScore(scores) ?? 0;
  return {
    '@type': 'Rating',
    name: input.overall,
    ratingExplanation: input.overall,
    ratingValue: Math.round((1 - score) * 100),
    bestRating: 100,
    worstRating: 0,
  };
}

/**
 * Each dimension as a `Rating` of that aspect: its step on the scale counted from the worst end, so
 * that higher is better (a scale of n steps: the best rating is n, the worst 1).
 */
function aspectRatings(input: ReviewLdInput): Record<string, unknown>[] {
  return input.ratings.map((r) => ({
    '@type': 'Rating',
    reviewAspect: r.dimension.label,
    name: r.rating,
    ratingValue: r.dimension.scale.length - r.position + 1,
    bestRating: r.dimension.scale.length,
    worstRating: 1,
  }));
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
    inLanguage: input.language,
    ...(input.image ? { image: input.image } : {}),
    datePublished: toIsoDate(input.date),
    ...(input.updated ? { dateModified: toIsoDate(input.updated) } : {}),
    keywords: input.keywords.join(', '),
    reviewBody: input.summary,
    reviewRating: [overallRating(input), ...aspectRatings(input)],
    ...(input.corrections.length > 0
      ? {
          correction: input.corrections.map((c) => ({
            '@type': 'CorrectionComment',
            text: inlineMarkdownText(c.text),
            datePublished: toIsoDate(c.date),
          })),
        }
      : {}),
    ...(input.replies && input.replies.length > 0 ? { comment: replyComments(input) } : {}),
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
