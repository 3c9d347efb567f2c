import { describe, expect, it } from 'vitest';
import {
  latestReply,
  publisherReplies,
  publisherResponds,
  replyAuthor,
  type ReplyData,
} from '../../src/lib/replies.ts';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const reply = (over: Partial<ReplyData>): ReplyData => ({ date: day('2025-02-01'), text: 'A reply.', ...over });
const names = (id: string): string => ({ alpha: 'Alpha Institute' })[id] ?? id;

describe('replyAuthor', () => {
  it('names the publisher, the person and role, or the person, role and publisher', () => {
    expect(replyAuthor(reply({ publisher: 'alpha' }), names)).toEqual({
      kind: 'publisher',
      publisher: 'Alpha Institute',
    });
    expect(replyAuthor(reply({ name: 'A. Author', role: 'Lead author' }), names)).toEqual({
      kind: 'person',
      name: 'A. Author',
      role: 'Lead author',
    });
    expect(replyAuthor(reply({ name: 'A. Author', role: 'Director', publisher: 'alpha' }), names)).toEqual({
      kind: 'personOf',
      name: 'A. Author',
      role: 'Director',
      publisher: 'Alpha Institute',
    });
  });
});

describe('publisherResponds', () => {
  it('is true only when every reply speaks for the reviewed publisher', () => {
    const review = { publisher: 'alpha' };
    expect(publisherResponds({ review, replies: [reply({ publisher: 'alpha' })] })).toBe(true);
    expect(
      publisherResponds({ review, replies: [reply({ publisher: 'alpha' }), reply({ name: 'X', role: 'Y' })] }),
    ).toBe(false);
    expect(publisherResponds({ review, replies: [] })).toBe(false);
  });
});

describe('publisherReplies and latestReply', () => {
  const a = { id: 'a', data: { review: { publisher: 'alpha' }, replies: [reply({ publisher: 'alpha' })] } };
  const b = {
    id: 'b',
    data: {
      review: { publisher: 'beta' },
      replies: [
        reply({ date: day('2025-03-01'), publisher: 'alpha' }),
        reply({ date: day('2025-04-01'), publisher: 'beta' }),
      ],
    },
  };
  const c = {
    id: 'c',
    data: { review: { publisher: 'alpha' }, replies: [reply({ date: day('2025-05-01'), name: 'N', role: 'R' })] },
  };

  it('gathers the replies by the publisher or on briefs about its work, newest first, with their index', () => {
    expect(publisherReplies([a, b, c], 'alpha').map((r) => [r.brief.id, r.index])).toEqual([
      ['c', 0],
      ['b', 0],
      ['a', 0],
    ]);
    expect(publisherReplies([a, b, c], 'beta').map((r) => [r.brief.id, r.index])).toEqual([['b', 1]]);
  });

  it('finds the latest reply', () => {
    expect(latestReply(b.data)).toEqual(day('2025-04-01'));
    expect(latestReply({ replies: [] })).toBeUndefined();
  });
});
