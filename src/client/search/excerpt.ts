/**
 * Pagefind's excerpts are HTML: the page's text with entities encoded and the matched words
 * wrapped in `<mark>`. Rather than trusting that and inserting it as HTML, the search UI splits it
 * into plain text pieces and builds the DOM itself, so the only element an excerpt can ever
 * produce is `<mark>`, whatever a brief contains.
 */

/** A run of excerpt text, highlighted when it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind (or any HTML encoder) writes; anything else stays as written. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt into text runs. `<mark>` and `</mark>` switch highlighting on and off; every
 * other character, including any other tag, is text to be shown as written.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else if (piece !== '') {
      const text = decodeEntities(piece);
      const last = parts.at(-1);
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/** A section of a result, as Pagefind reports it (`sub_results`). */
export interface ExcerptSection {
  url: string;
  excerpt: string;
  /** Positions of the matched words in this section. */
  locations: readonly number[];
}

/**
 * The excerpt worth showing for a result. The part of a brief before its first section heading is
 * its title, summary and date, which results show anyway; so when the words also match inside the
 * brief, the section with the most matches gives the excerpt. Otherwise it is the page's own.
 */
export function chooseExcerpt(pageUrl: string, pageExcerpt: string, sections: readonly ExcerptSection[]): string {
  const inside = sections.filter((section) => section.url !== pageUrl && section.locations.length > 0);
  const best = inside.reduce<ExcerptSection | undefined>(
    (top, section) => (top === undefined || section.locations.length > top.locations.length ? section : top),
    undefined,
  );
  return best?.excerpt ?? pageExcerpt;
}
