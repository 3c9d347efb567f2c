import { describe, expect, it } from 'vitest';
import { decodeMeter, encodeMeter, METER_SIZES, meterBand, meterReading, meterShape } from '../../src/lib/meter.ts';

const dimensions = [
  { id: 'source-bias', label: 'Source Bias', scale: ['minimal', 'low', 'moderate', 'high', 'severe'] },
  { id: 'fact-depth', label: 'Fact Depth', scale: ['exceptional', 'high', 'moderate', 'limited', 'thin'] },
  { id: 'omissions', label: 'Omissions', scale: ['minimal', 'some', 'notable', 'significant'] },
];
const [sourceBias, factDepth, omissions] = dimensions as [
  (typeof dimensions)[number],
  (typeof dimensions)[number],
  (typeof dimensions)[number],
];
const overall = 'Policy-Oriented, Regionally Balanced Analysis';
// Resolved ratings, as src/lib/resolveBrief.ts gives them: in the Bias Meter's order, 1-based.
const ratings = [
  { dimension: sourceBias, rating: 'moderate', position: 3 },
  { dimension: factDepth, rating: 'high', position: 2 },
  { dimension: omissions, rating: 'minimal', position: 1 },
];

describe('meterShape', () => {
  for (const size of ['card', 'summary', 'full'] as const) {
    it(`gives every scale the same width at ${size} size, the rated cell tall and the rest short`, () => {
      for (const steps of [3, 4, 5, 7]) {
        const shape = meterShape(1, steps, size);
        expect(shape.width).toBe(METER_SIZES[size].width);
        expect(shape.cells).toHaveLength(steps);
        const first = shape.cells[0]!;
        const last = shape.cells.at(-1)!;
        // Outlined cells sit half a pixel inside their box: the strip still spans its whole width.
        expect(first.x).toBe(0.5);
        expect(last.x + last.width).toBe(shape.width - 0.5);
        expect(shape.cells.filter((c) => c.rated)).toEqual([shape.cells[1]]);
        const rated = shape.cells[1]!;
        expect(rated.height).toBe(shape.height);
        for (const cell of shape.cells.filter((c) => !c.rated)) {
          expect(cell.height).toBeLessThan(rated.height * 0.6);
          // Centred on the rated cell's middle, so the short cells read as one track.
          expect(cell.y + cell.height / 2).toBeCloseTo(rated.y + rated.height / 2, 0);
        }
        // In order left to right, best to worst, never overlapping.
        for (let i = 1; i < steps; i++)
          expect(shape.cells[i]!.x).toBeGreaterThan(shape.cells[i - 1]!.x + shape.cells[i - 1]!.width);
      }
    });
  }

  it('marks the position on the scale, not a fixed cell', () => {
    expect(meterShape(0, 4, 'card').cells.map((c) => c.rated)).toEqual([true, false, false, false]);
    expect(meterShape(4, 5, 'card').cells.map((c) => c.rated)).toEqual([false, false, false, false, true]);
  });

  it('shades the better third, the middle and the worse third apart', () => {
    expect([0, 1, 2, 3, 4].map((i) => meterBand(i, 5))).toEqual(['better', 'better', 'middle', 'worse', 'worse']);
    expect([0, 1, 2, 3].map((i) => meterBand(i, 4))).toEqual(['better', 'middle', 'middle', 'worse']);
    expect(meterShape(2, 5, 'full').band).toBe('middle');
  });
});

describe('meterReading', () => {
  it('gives a row per rating, in the order given, with readable words and 0-based positions', () => {
    expect(meterReading(overall, ratings)).toEqual({
      overall,
      rows: [
        { id: 'source-bias', label: 'Source Bias', rating: 'Moderate', index: 2, steps: 5 },
        { id: 'fact-depth', label: 'Fact Depth', rating: 'High', index: 1, steps: 5 },
        { id: 'omissions', label: 'Omissions', rating: 'Minimal', index: 0, steps: 4 },
      ],
    });
  });
});

describe('the meter in the search index', () => {
  it('reads back what it wrote, quotes and markup in the words included', () => {
    const reading = meterReading('A "quoted" <b>verdict</b>', ratings);
    const text = encodeMeter(reading);
    expect(text.length).toBeLessThan(160);
    expect(decodeMeter(text)).toEqual({
      overall: 'A "quoted" <b>verdict</b>',
      rows: reading.rows.map(({ label, rating, index, steps }) => ({ label, rating, index, steps })),
    });
  });

  it('gives nothing for a field that is missing or not its own, rather than a wrong meter', () => {
    for (const text of [
      undefined,
      '',
      'not json',
      'null',
      '[]',
      '{"o":1,"d":[]}',
      '{"o":"x","d":[["Source Bias","Low",5,5]]}',
      '{"o":"x","d":[["Source Bias","Low",-1,5]]}',
      '{"o":"x","d":[["Source Bias","Low",1.5,5]]}',
      '{"o":"x","d":[["Source Bias",3,1,5]]}',
      '{"o":"x","d":[["Source Bias","Low",1]]}',
    ])
      expect(decodeMeter(text), String(text)).toBeUndefined();
  });
});
