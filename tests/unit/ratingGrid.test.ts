import { describe, expect, it } from 'vitest';
import { ratingGrid } from '../../src/lib/ratingGrid.ts';

const factDepth = { id: 'fact-depth', label: 'Fact Depth', scale: ['exceptional', 'high', 'thin'] };
const sourceBias = { id: 'source-bias', label: 'Source Bias', scale: ['minimal', 'moderate', 'severe', 'extreme'] };
const brief = (id: string, depth: string, bias: string) => ({
  id,
  data: {
    title: `Title ${id}`,
    biasMeter: {
      dimensions: [
        { dimension: 'source-bias', rating: bias },
        { dimension: 'fact-depth', rating: depth },
      ],
    },
  },
});
const briefs = [
  brief('a', 'high', 'minimal'),
  brief('b', 'high', 'minimal'),
  brief('c', 'thin', 'extreme'),
  brief('d', 'exceptional', 'moderate'),
];

describe('ratingGrid', () => {
  it('puts each brief in the cell of its two ratings, best first on both axes', () => {
    const grid = ratingGrid(briefs, factDepth, sourceBias);
    expect(grid.x).toEqual({ id: 'fact-depth', label: 'Fact Depth', ratings: ['Exceptional', 'High', 'Thin'] });
    expect(grid.y.ratings).toEqual(['Minimal', 'Moderate', 'Severe', 'Extreme']);
    expect(grid.cells).toHaveLength(4);
    expect(grid.cells.every((row) => row.length === 3)).toBe(true);
    const ids = grid.cells.map((row) => row.map((cell) => cell.map((p) => p.id).join(',')));
    expect(ids).toEqual([
      ['', 'a,b', ''],
      ['d', '', ''],
      ['', '', ''],
      ['', '', 'c'],
    ]);
    expect(grid.points[2]).toEqual({ id: 'c', title: 'Title c', x: 2, y: 3, xRating: 'Thin', yRating: 'Extreme' });
    expect(grid.total).toBe(4);
  });

  it('keeps the first briefs given up to the limit, and counts them all', () => {
    const grid = ratingGrid(briefs, factDepth, sourceBias, 2);
    expect(grid.points.map((p) => p.id)).toEqual(['a', 'b']);
    expect(grid.cells.flat(2).map((p) => p.id)).toEqual(['a', 'b']);
    expect(grid.total).toBe(4);
  });

  it('leaves out a brief missing a rating or rated off the scale', () => {
    const odd = [brief('e', 'bottomless', 'minimal'), { id: 'f', data: { title: 'F', biasMeter: { dimensions: [] } } }];
    const grid = ratingGrid(odd, factDepth, sourceBias);
    expect(grid.points).toEqual([]);
    expect(grid.total).toBe(0);
  });
});
