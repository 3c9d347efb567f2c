import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyTidy, blockingMessages, checkEntry, entryText, tidyEntry } from '../../../src/lib/admin/entryCheck.ts';
import type { AdminPayload } from '../../../src/lib/admin/payload.ts';
import { biasMeterSchema } from '../../../src/schemas/biasMeter.ts';

const meter = biasMeterSchema.parse(parse(readFileSync('content/bias-meter.yaml', 'utf8')));
const check: AdminPayload['check'] = {
  contentDir: 'content',
  taxonomies: [{ id: 'topics', singular: 'Topic', plural: 'Topics', required: true }],
  fields: {},
  publisherIds: ['stimson-center'],
  dimensions: meter.dimensions,
  dataSets: [],
};
const now = new Date('2026-06-01T12:00:00Z');

/** The model brief as Decap hands it over: frontmatter fields and `body`. */
function modelBrief(): Record<string, unknown> {
  const text = readFileSync('content/briefs/kachin-rare-earths-realpolitik.md', 'utf8');
  const [, front, body] = text.split(/^---$/m);
  const data = parse(front!) as Record<string, unknown>;
  delete data['regions'];
  delete data['minerals'];
  return { ...data, body: body!.replace(/^\n/, '') };
}

describe('checkEntry', () => {
  it('passes the model brief as the editor would save it', () => {
    expect(blockingMessages(checkEntry('briefs', 'content/briefs/kachin.md', modelBrief(), check, now))).toEqual([]);
  });

  it('gives the check’s own message for a rating off the scale and an unknown publisher', () => {
    const brief = modelBrief();
    (brief['biasMeter'] as { dimensions: { rating: string }[] }).dimensions[0]!.rating = 'moderat';
    (brief['review'] as { publisher: string }).publisher = 'nobody';
    const messages = blockingMessages(checkEntry('briefs', 'content/briefs/kachin.md', brief, check, now)).join('\n');
    expect(messages).toContain('content/briefs/kachin.md');
    expect(messages).toMatch(/biasMeter\.dimensions\[0\]\.rating: expected .*moderate/);
    expect(messages).toContain('review.publisher');
  });

  it('checks publishers and the Bias Meter against their schemas', () => {
    const publisher = { name: 'X', url: 'javascript:alert(1)', about: 'A', country: 'B', kind: 'think-tank' };
    expect(
      blockingMessages(checkEntry('publishers', 'content/publishers/x.yaml', publisher, check, now)).join(),
    ).toContain('url: expected an absolute http:// or https:// URL');
    const broken = { dimensions: [{ id: 'a', label: 'A', question: 'Q?', scale: ['only'] }] };
    expect(blockingMessages(checkEntry('settings', 'content/bias-meter.yaml', broken, check, now)).join()).toContain(
      'at least two ratings',
    );
  });

  it('writes the file the check reads: frontmatter, then the body', () => {
    expect(entryText('briefs', { title: 'A', body: 'Text.\n' })).toBe('---\ntitle: A\n---\nText.\n');
    expect(entryText('publishers', { name: 'A' })).toBe('name: A\n');
  });
});

describe('tidyEntry', () => {
  it('trims text and leaves out empty optional values, never touching the body', () => {
    const data = {
      title: '  A title ',
      updated: '',
      review: { program: null, title: 'W' },
      highlights: ['one', '', ' two '],
      body: '  indented code\n',
    };
    expect(applyTidy(data, tidyEntry(data))).toEqual({
      title: 'A title',
      review: { title: 'W' },
      highlights: ['one', 'two'],
      body: '  indented code\n',
    });
  });

  it('changes nothing in a brief that needs nothing', () => {
    expect(tidyEntry(modelBrief())).toEqual([]);
  });
});
