import { describe, expect, it } from 'vitest';
import {
  decodeMeter,
  encodeMeter,
  METER_SIZES,
  meterBand,
  meterReading,
  meterShape,
  ordinal,
  positionText,
} from '../../src/lib/meter.ts';

const dimensions = [
  { id: 'source-bias', label: 'Source Bias', scale: ['minimal', 'low', 'moderate', 'high', 'severe'] },
  { id: 'fact-depth', label: 'Fact Depth', scale: ['exceptional', 'high', 'moderate', 'limited', 'thin'] },
  { id: 'omissions', label: 'Omissions', scale: ['minimal', 'some', 'notable', 'significant'] },
];
const kachin = {
  overall: 'Policy-Oriented, Regionally Balanced Analysis',
  // Listed out of order, as an editor may write them.
  dimensions: [
    { dimension: 'omissions', rating: 'minimal' },
    { dimension: 'source-bias', rating: 'moderate' },
    { dimension: 'fact-depth', rating: 'high' },
  ],
};

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

describe('position in words', () => {
  it('writes ordinals as readers say them', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
  });

  it('says where a rating sits and which end is best', () => {
    expect(positionText(2, 5)).toBe('3rd of 5, where 1st is best');
    expect(positionText(0, 4)).toBe('1st of 4, where 1st is best');
  });
});

describe('meterReading', () => {
  it('lists the ratings in the order of bias-meter.yaml, with readable words and positions', () => {
    expect(meterReading(kachin, dimensions)).toEqual({
      overall: 'Policy-Oriented, Regionally Balanced Analysis',
      rows: [
        { id: 'source-bias', label: 'Source Bias', rating: 'Moderate', index: 2, steps: 5 },
        { id: 'fact-depth', label: 'Fact Depth', rating: 'High', index: 1, steps: 5 },
        { id: 'omissions', label: 'Omissions', rating: 'Minimal', index: 0, steps: 4 },
      ],
    });
  });

  it('leaves out a dimension the brief does not rate, or rates off its scale', () => {
    const partial = { overall: 'x', dimensions: [{ dimension: 'fact-depth', rating: 'bottomless' }] };
    expect(meterReading(partial, dimensions).rows).toEqual([]);
  });
});

describe('the meter in the search index', () => {
  it('reads back what it wrote, quotes and markup in the words included', () => {
    const reading = meterReading({ ...kachin, overall: 'A "quoted" <b>verdict</b>' }, dimensions);
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
