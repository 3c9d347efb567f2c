import { describe, expect, it } from 'vitest';
import { unsafeLinks } from '../../../src/lib/check/links.ts';

describe('unsafeLinks', () => {
  it('passes web links, site paths, anchors and mail', () => {
    expect(
      unsafeLinks(
        '[a](https://x.org) [b](/briefs/) [c](#top) [d](mailto:a@b.org) <https://x.org> [e](../x) [f](https://x.org/a_(b))',
      ),
    ).toEqual([]);
  });

  it('finds script and data links in every link syntax', () => {
    const body = [
      '[a](javascript:alert(1))',
      '[b]( JavaScript:void(0) )',
      '<a href="data:text/html,x">c</a>',
      "<a href='vbscript:x'>d</a>",
      '[ref]: javascript:alert(2)',
      '<javascript:alert(3)>',
      '<a href="jav&#x09;ascript:alert(4)">e</a>',
    ].join('\n\n');
    expect(unsafeLinks(body)).toHaveLength(7);
  });
});
