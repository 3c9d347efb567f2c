import { describe, expect, it } from 'vitest';
import { parseCsvDataSet, parseJsonDataSet } from '../../../src/lib/charts/dataSets.ts';

describe('data files', () => {
  it('parses CSV with quoted cells and several series', () => {
    const result = parseCsvDataSet('label,Spot,"Contract, avg"\n"Q1, 2024",10,12\nQ2 2024,9.5,11\n');
    expect(result).toEqual({
      ok: true,
      data: {
        labels: ['Q1, 2024', 'Q2 2024'],
        series: [
          { name: 'Spot', values: [10, 9.5] },
          { name: 'Contract, avg', values: [12, 11] },
        ],
      },
    });
  });

  it('names the line and column of a bad CSV cell', () => {
    expect(parseCsvDataSet('label,A\nx,1\ny,\n')).toMatchObject({
      ok: false,
      line: 3,
      expected: 'a number in column "A"',
    });
    expect(parseCsvDataSet('label,A\nx,1,2\n')).toMatchObject({ ok: false, line: 2, found: '3 cells' });
    expect(parseCsvDataSet('')).toMatchObject({ ok: false, found: 'an empty file' });
  });

  it('parses JSON and checks lengths', () => {
    expect(parseJsonDataSet('{"labels":[2021,2022],"series":[{"name":"A","values":[1,2]}]}')).toEqual({
      ok: true,
      data: { labels: ['2021', '2022'], series: [{ name: 'A', values: [1, 2] }] },
    });
    expect(parseJsonDataSet('{"labels":["a"],"series":[{"name":"A","values":[1,2]}]}')).toMatchObject({
      ok: false,
      expected: '1 values in series "A" (one per label)',
    });
    expect(parseJsonDataSet('{')).toMatchObject({ ok: false, expected: 'valid JSON' });
  });
});
