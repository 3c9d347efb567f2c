// The card as drawn: satori and resvg with the fonts a build uses, in the worker a build starts.
// Editors' hostile titles must stay text inside the frame: the margins around the title stay the
// page's colour, pixel for pixel.
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { briefCardLayout, CARD_HEIGHT, CARD_WIDTH, type CardElement } from '../../../src/lib/cards/layout.ts';
import { loadFonts, renderInWorker } from '../../../src/integration/socialCards.ts';
import { briefInput, colours } from './fixtures.ts';

const fonts = loadFonts();

async function pixels(tree: CardElement): Promise<Uint8Array> {
  // @ts-expect-error satori reads plain { type, props } objects as React elements.
  const svg = await satori(tree, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return new Resvg(svg).render().pixels;
}

const hex = (colour: string): number[] => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));

/** Whether every pixel of the box is the card's background colour. */
function blank(image: Uint8Array, x0: number, y0: number, x1: number, y1: number): boolean {
  const [r, g, b] = hex(colours.bg);
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * CARD_WIDTH + x) * 4;
      if (image[i] !== r || image[i + 1] !== g || image[i + 2] !== b) return false;
    }
  return true;
}

const TITLES = {
  '300 characters of words': 'The long report on rare earths and their supply chains '.repeat(6).slice(0, 300),
  'one unbroken word of 200 characters': 'Rareearthsupplychain'.repeat(10),
  markup: '<script>alert("x")</script><b>Bold</b> <img src=x onerror=alert(1)> &amp; <style>*{}</style>'.repeat(2),
};

describe('a drawn brief card', () => {
  for (const [name, title] of Object.entries(TITLES))
    it(`keeps a title of ${name} inside the frame`, async () => {
      const image = await pixels(briefCardLayout(briefInput({ title })));
      // The right margin and the bottom margin are untouched; the title's box has ink.
      expect(blank(image, CARD_WIDTH - 60, 20, CARD_WIDTH, CARD_HEIGHT)).toBe(true);
      expect(blank(image, 0, CARD_HEIGHT - 40, CARD_WIDTH, CARD_HEIGHT)).toBe(true);
      expect(blank(image, 64, 120, CARD_WIDTH - 64, 310)).toBe(false);
    });

  it('keeps a long rating word out of the margin', async () => {
    const rows = [{ label: 'Omissions', rating: 'Extraordinarily-significant-and-lengthy-word', index: 3, steps: 4 }];
    const image = await pixels(briefCardLayout(briefInput({ rows })));
    expect(blank(image, CARD_WIDTH - 60, 20, CARD_WIDTH, CARD_HEIGHT)).toBe(true);
  });

  it('comes from the worker as a 1200 x 630 PNG', async () => {
    const pngs: Uint8Array[] = [];
    await renderInWorker(
      1,
      () => briefCardLayout(briefInput()),
      fonts,
      (index, png) => (pngs[index] = png),
    );
    const bytes = Buffer.from(pngs[0]!);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(bytes.length).toBeLessThan(100_000);
  });

  it('comes back for the right brief when several workers draw batches at once', async () => {
    const trees = ['Lithium', 'Cobalt', 'Nickel', 'Copper', 'Graphite'].map((title) =>
      briefCardLayout(briefInput({ title })),
    );
    const treeAt = (index: number) => trees[index]!;
    const one: Uint8Array[] = [];
    await renderInWorker(trees.length, treeAt, fonts, (index, png) => (one[index] = png));
    const pooled: Uint8Array[] = [];
    // Two workers at once, two cards a worker: five cards in three batches, handed back out of order.
    await renderInWorker(trees.length, treeAt, fonts, (index, png) => (pooled[index] = png), {
      workers: 2,
      perWorker: 2,
    });
    expect(new Set(one.map((png) => Buffer.from(png).toString('base64'))).size).toBe(trees.length);
    expect(pooled.map((png) => Buffer.from(png))).toEqual(one.map((png) => Buffer.from(png)));

    // One worker until the step beside it ends (here: once the first card is back, and failing),
    // then two: every card still comes back once, for the right brief.
    let firstBack: (reason: Error) => void = () => {};
    const besideEnds = new Promise<never>((_, fail) => (firstBack = fail));
    const grown: Uint8Array[] = [];
    let handed = 0;
    await renderInWorker(
      trees.length,
      treeAt,
      fonts,
      (index, png) => {
        handed++;
        grown[index] = png;
        firstBack(new Error('the search index failed'));
      },
      { workers: 1, perWorker: 1, more: { workers: 2, after: besideEnds } },
    );
    expect(handed).toBe(trees.length);
    expect(grown.map((png) => Buffer.from(png))).toEqual(one.map((png) => Buffer.from(png)));
  });

  it('draws nothing beside the step it waits for, then draws every card', async () => {
    const trees = ['Lithium', 'Cobalt', 'Nickel'].map((title) => briefCardLayout(briefInput({ title })));
    let indexed: () => void = () => {};
    const indexing = new Promise<void>((finish) => (indexed = finish));
    const pngs: Uint8Array[] = [];
    const waiting = renderInWorker(
      trees.length,
      (index) => trees[index]!,
      fonts,
      (index, png) => (pngs[index] = png),
      {
        workers: 0,
        more: { workers: 2, after: indexing },
      },
    );
    // While another pool draws twice as many cards from start to end, the waiting one draws none
    // (a thread started at once would have drawn its three by then).
    await renderInWorker(
      2 * trees.length,
      () => trees[0]!,
      fonts,
      () => {},
    );
    expect(pngs.filter(Boolean)).toHaveLength(0);
    indexed();
    await waiting;
    expect(pngs.filter(Boolean)).toHaveLength(trees.length);
  });
});
