import { describe, expect, it } from 'vitest';
import { feedHtml } from '../../../src/lib/feeds/html.ts';

const BASE = 'https://assay.example.org/briefs/x/';

describe('feedHtml', () => {
  it('makes links and images absolute against the brief', () => {
    const html = feedHtml(
      '<p><a href="/topics/t/">t</a> <a href="#fn-1">1</a> <img src="chart.png" alt="c"></p>',
      BASE,
    );
    expect(html).toContain('href="https://assay.example.org/topics/t/"');
    expect(html).toContain('href="https://assay.example.org/briefs/x/#fn-1"');
    expect(html).toContain('src="https://assay.example.org/briefs/x/chart.png"');
  });

  it('drops scripts, handlers, canvases, SVG and unsafe links but keeps tables', () => {
    const html = feedHtml(
      '<p onclick="x()">a<script>alert(1)</script><a href="javascript:alert(1)">b</a></p><canvas></canvas><table><tr><th scope="row">h</th><td>1</td></tr></table><svg viewBox="0 0 10 10" role="img" aria-label="Position 1"><rect x="1" fill="currentColor"></rect></svg>',
      BASE,
    );
    expect(html).not.toMatch(/script|onclick|javascript|canvas/);
    expect(html).toContain('<th scope="row">h</th>');
    expect(html).not.toMatch(/<svg|<rect/);
  });
});
