/**
 * A search result's Bias Meter: the same markup as MeterSummary.astro at card size, drawn from the
 * `meter` field the index carries (src/lib/meter.ts), with the same strips. Text only from the
 * index; the SVG's geometry comes from meterShape.
 */
import { decodeMeter, meterShape, type MeterRow } from '../../lib/meter.ts';
import { positionText, say, type SearchText } from '../../lib/searchText.ts';
import { h } from './dom.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** One strip, as MeterScale.astro draws it. */
function strip(row: MeterRow, text: SearchText): HTMLSpanElement {
  const shape = meterShape(row.index, row.steps, 'card');
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('viewBox', `0 0 ${shape.width} ${shape.height}`);
  svg.setAttribute('width', String(shape.width));
  svg.setAttribute('height', String(shape.height));
  for (const cell of shape.cells) {
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('class', cell.rated ? 'meter-mark' : 'meter-step');
    for (const [name, value] of Object.entries({ x: cell.x, y: cell.y, width: cell.width, height: cell.height }))
      rect.setAttribute(name, String(value));
    rect.setAttribute('rx', '1.5');
    svg.append(rect);
  }
  const meter = h(
    'span',
    { class: 'meter meter-card', 'data-band': shape.band },
    h('span', { class: 'visually-hidden' }, positionText(text, row.index, row.steps)),
  );
  meter.prepend(svg);
  return meter;
}

/**
 * The verdict and one row per dimension, or nothing when the result carries no readable meter. The
 * verdict stays text: the result's title already leads to the brief, whose top is the verdict, and
 * one link a result keeps the arrow keys and Tab moving from result to result.
 */
export function meterSummaryElement(field: string | undefined, text: SearchText): HTMLDivElement | null {
  const reading = decodeMeter(field);
  if (!reading) return null;
  return h(
    'div',
    { class: 'meter-summary meter-summary-card' },
    h(
      'p',
      { class: 'verdict' },
      h('span', { class: 'verdict-label' }, say(text, 'search.meter.verdict')),
      ' ',
      h('span', { class: 'verdict-text' }, reading.overall),
    ),
    h(
      'div',
      { class: 'meter-grid' },
      h(
        'p',
        { class: 'meter-key', 'aria-hidden': 'true' },
        h('span', {}, say(text, 'search.meter.best')),
        h('span', {}, say(text, 'search.meter.worst')),
      ),
      h(
        'dl',
        { class: 'meter-rows' },
        ...reading.rows.map((row) =>
          h(
            'div',
            { class: 'meter-row' },
            h('dt', {}, row.label),
            h('dd', {}, h('span', { class: 'meter-rating' }, row.rating), strip(row, text)),
          ),
        ),
      ),
    ),
  );
}
