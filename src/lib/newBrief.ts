/** The starting file that `npm run new` writes for an editor. */
import { toIsoDate } from './calendarDate.ts';
import { TODO, TODO_WORD } from './placeholder.ts';
import type { TaxonomySettings } from './taxonomy.ts';

export interface NewBriefOptions {
  title: string;
  publisher: string;
  /** The site's subjects, in its order: each gets its line. */
  taxonomies: readonly TaxonomySettings[];
  /** Terms given for each subject, by its id. */
  terms: Readonly<Record<string, readonly string[]>>;
  mdx: boolean;
  /** Today, for the brief's date. */
  today: Date;
}

interface ScaleInfo {
  id: string;
  label: string;
  scale: string[];
}

/** YAML text for a string, quoted so any character is safe. */
const yamlString = (value: string): string => JSON.stringify(value);
const yamlList = (values: readonly string[]): string => `[${values.join(', ')}]`;

/** The text of a new brief: every field present with a short comment, `draft: true`. */
export function newBriefText(options: NewBriefOptions, dimensions: readonly ScaleInfo[]): string {
  const date = toIsoDate(options.today);
  const ratings = dimensions
    .map((d) => {
      const middle = d.scale[Math.floor((d.scale.length - 1) / 2)]!;
      return [
        `    - dimension: ${d.id} # ${d.label}`,
        `      rating: ${middle} # one of: ${d.scale.join(', ')} (best to worst)`,
        `      note: "${TODO}: choose the rating, then replace this with a short qualifier or delete it"`,
      ].join('\n');
    })
    .join('\n');
  const subjects = options.taxonomies
    .map((taxonomy) => {
      const given = options.terms[taxonomy.id] ?? [];
      return taxonomy.required
        ? `${taxonomy.id}: ${yamlList(given.length ? given : [TODO_WORD])} # at least one, lowercase words with hyphens`
        : `${taxonomy.id}: ${yamlList(given)} # optional, lowercase words with hyphens`;
    })
    .join('\n');
  const chartNote = options.mdx
    ? '\nPlace a chart from the charts list inside the text with a line like: <Chart id="my-chart" />\n'
    : '';
  return `---
# A new brief. Every field is explained in docs/editing.md. Run \`npm run check\` as you go.
title: ${yamlString(options.title)} # the headline
summary: "${TODO}: one paragraph for cards, feeds and search results (at most 320 characters)"
date: ${date} # publication date, YYYY-MM-DD; the brief appears from this day on
# updated: ${date} # uncomment after a substantive update (not before date)
draft: true # set to false when the brief is ready to publish
sample: false # true only for fictional demo content
review: # the work under review
  title: "${TODO}: title of the reviewed work"
  authors: ["${TODO}: author name"] # as credited, one entry per author
  publisher: ${options.publisher} # the id of a file in content/publishers/
  # program: "Programme or project inside the publisher" # optional
  date: ${date} # when the work was published, YYYY-MM-DD
  url: https://example.org/${TODO} # where to read it; http(s) only
  kind: report # report, paper, article, book or dataset
highlights: # one to six short lines
  - "${TODO}: the first thing a reader should know"
biasMeter:
  dimensions: # rate every dimension of content/bias-meter.yaml exactly once
${ratings}
  overall: "${TODO}: the overall rating in a few words"
${subjects}
sources: # references the brief relies on
  - title: "${TODO}: the reviewed work"
    url: https://example.org/${TODO}
charts: [] # optional; see "Adding a chart" in docs/editing.md
---

## What the report says

${TODO}: summarise the work in your own words.
${chartNote}
## Our assessment

${TODO}: what the work gets right and what it misses.
`;
}
