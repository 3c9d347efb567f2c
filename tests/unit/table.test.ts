import { describe, expect, it } from 'vitest';
import { formatTable } from '../../scripts/lib/table.ts';

describe('formatTable', () => {
  it('pads every column to its widest cell, so each line is as long as the header', () => {
    const table = formatTable(
      ['template', 'requests'],
      [
        ['home', '5'],
        ['brief (MDX, inline chart)', '12'],
      ],
    );
    expect(table.split('\n')).toEqual([
      '| template                  | requests |',
      '| ------------------------- | -------- |',
      '| home                      | 5        |',
      '| brief (MDX, inline chart) | 12       |',
    ]);
  });

  it('right-aligns figures and marks the columns so in Markdown', () => {
    const table = formatTable(
      ['briefs', 'wall s'],
      [
        ['1000', '19.6'],
        ['10000', '141.6'],
      ],
      'right',
    );
    expect(table.split('\n')).toEqual([
      '| briefs | wall s |',
      '| -----: | -----: |',
      '|   1000 |   19.6 |',
      '|  10000 |  141.6 |',
    ]);
  });

  it('aligns each column its own way when given one style per column', () => {
    const table = formatTable(['part', 'sent'], [['index chunks', '22.4 KB']], ['left', 'right']);
    expect(table.split('\n')).toEqual([
      '| part         |    sent |',
      '| ------------ | ------: |',
      '| index chunks | 22.4 KB |',
    ]);
  });
});
