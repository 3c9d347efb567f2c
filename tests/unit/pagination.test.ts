import { describe, expect, it } from 'vitest';
import { pageWindow } from '../../src/lib/pagination.ts';

describe('pageWindow', () => {
  it('shows every number when there are few pages', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 2)).toEqual([1, 2]);
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps the first, the last and two either side of the current page, with gaps between', () => {
    expect(pageWindow(1, 500)).toEqual([1, 2, 3, 'gap', 500]);
    expect(pageWindow(250, 500)).toEqual([1, 'gap', 248, 249, 250, 251, 252, 'gap', 500]);
    expect(pageWindow(500, 500)).toEqual([1, 'gap', 498, 499, 500]);
  });

  it('shows a lone missing number rather than a gap in its place', () => {
    expect(pageWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
    expect(pageWindow(6, 10)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 9, 10]);
  });
});
