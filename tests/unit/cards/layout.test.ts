import { describe, expect, it } from 'vitest';
import {
  briefCardLayout,
  CARD_HEIGHT,
  CARD_WIDTH,
  siteCardLayout,
  type CardElement,
  type CardNode,
} from '../../../src/lib/cards/layout.ts';
import { briefInput, colours, rows } from './fixtures.ts';

function* walk(node: CardNode): Generator<CardNode> {
  yield node;
  if (typeof node !== 'string') for (const child of node.props.children ?? []) yield* walk(child);
}
const elements = (tree: CardElement): CardElement[] =>
  [...walk(tree)].filter((node): node is CardElement => typeof node !== 'string');
/** The element whose only child is exactly `text`. */
const holding = (tree: CardElement, text: string): CardElement | undefined =>
  elements(tree).find((node) => node.props.children?.length === 1 && node.props.children[0] === text);

describe('briefCardLayout', () => {
  it('is a 1200 x 630 frame', () => {
    const tree = briefCardLayout(briefInput());
    expect([tree.props.style['width'], tree.props.style['height']]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  });

  it('writes the site name, title, verdict and every dimension with its rating word as text', () => {
    const tree = briefCardLayout(briefInput());
    const texts = [...walk(tree)].filter((node) => typeof node === 'string');
    expect(texts).toEqual(
      expect.arrayContaining([
        'Assay Briefings',
        'Kachin’s rare-earth boom',
        'Verdict',
        'Policy-Oriented, Regionally Balanced Analysis',
        'best',
        'worst',
        ...rows.flatMap((row) => [row.label, row.rating]),
      ]),
    );
  });

  it('keeps markup in a title as text: no element is made from it', () => {
    const title = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    const tree = briefCardLayout(briefInput({ title }));
    expect(holding(tree, title)).toBeDefined();
    expect(new Set(elements(tree).map((node) => node.type))).toEqual(new Set(['div']));
  });

  it('stops the title after three lines with an ellipsis, breaking a word longer than a line', () => {
    const tree = briefCardLayout(briefInput({ title: 'x'.repeat(200) }));
    const style = holding(tree, 'x'.repeat(200))!.props.style;
    expect(style).toMatchObject({ lineClamp: 3, wordBreak: 'break-word', overflow: 'hidden' });
    expect(style['width']).toBeLessThan(CARD_WIDTH);
  });

  it('shortens a long rating word with an ellipsis in a column of fixed width', () => {
    const long = 'Extraordinarily-significant-and-lengthy';
    const tree = briefCardLayout(briefInput({ rows: [{ label: 'Omissions', rating: long, index: 3, steps: 4 }] }));
    expect(holding(tree, long)!.props.style).toMatchObject({
      whiteSpace: 'nowrap',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      width: expect.any(Number) as number,
    });
  });

  it('draws each rating as a strip of its scale, best on the left, the rated cell filled and taller', () => {
    const tree = briefCardLayout(briefInput());
    const strips = elements(tree).filter(
      (node) => node.props.style['position'] === 'relative' && node.props.children?.length,
    );
    expect(strips).toHaveLength(rows.length);
    strips.forEach((strip, i) => {
      const row = rows[i]!;
      const cells = strip.props.children as CardElement[];
      expect(cells).toHaveLength(row.steps);
      const lefts = cells.map((cell) => cell.props.style['left'] as number);
      expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
      const filled = cells.filter((cell) => cell.props.style['border'] === undefined);
      expect(filled).toEqual([cells[row.index]]);
      // Shape, not colour alone: the rated cell is taller than the outlined ones.
      for (const cell of cells.filter((c) => c !== filled[0]))
        expect(cell.props.style['height']).toBeLessThan(filled[0]!.props.style['height'] as number);
    });
  });

  it('draws the worse end of a scale in deeper ink than the better end', () => {
    const tree = briefCardLayout(
      briefInput({
        rows: [
          { label: 'A', rating: 'Best', index: 0, steps: 5 },
          { label: 'B', rating: 'Worst', index: 4, steps: 5 },
        ],
      }),
    );
    const fills = elements(tree)
      .map((node) => node.props.style['backgroundColor'])
      .filter((fill) => fill === colours.meterBetter || fill === colours.meterWorse);
    expect(fills).toEqual([colours.meterBetter, colours.meterWorse]);
  });

  it('shows the logo before the name when the site has one', () => {
    const logo = 'data:image/svg+xml;base64,PHN2Zy8+';
    const tree = briefCardLayout(briefInput({ site: { name: 'Climate Policy Review', logo } }));
    expect(elements(tree).find((node) => node.type === 'img')?.props.src).toBe(logo);
  });

  it('fits many dimensions by making their rows shorter', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ label: `D${i}`, rating: 'Low', index: 1, steps: 5 }));
    const tree = briefCardLayout(briefInput({ rows: many }));
    const heights = elements(tree)
      .filter((node) => node.props.children?.some((child) => child === 'D0' || child === 'D7'))
      .map((node) => node.props.style['fontSize'] as number);
    expect(heights.every((size) => size <= 24)).toBe(true);
  });
});

describe('siteCardLayout', () => {
  it('writes the name and the description as text in the same frame', () => {
    const tree = siteCardLayout({ site: { name: 'Assay' }, description: 'Briefs on <b>minerals</b>.', colours });
    expect(tree.props.style['width']).toBe(CARD_WIDTH);
    expect(holding(tree, 'Assay')).toBeDefined();
    expect(holding(tree, 'Briefs on <b>minerals</b>.')).toBeDefined();
  });
});
